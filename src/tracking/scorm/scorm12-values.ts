import type { Completion, Success, Summary } from '../../state/summary.ts';
import { finished, launchMode, norm, type Entry, type ScormDialect } from './scorm-dialect.ts';
import { SCORM12_METHODS } from './scorm-connection.ts';
import { clip, type InteractionRecord } from './scorm-interactions.ts';
import { cmiTime12, cmiTimespan12 } from './scorm-time.ts';

/**
 * SCORM 1.2 has ONE status for completion and success: cmi.core.lesson_status
 * (RTE 3.4.2.1.3: passed, completed, failed, incomplete, browsed, not attempted). Mapping:
 *
 *   assessment passed (score ≥ mastery)           → passed     (whatever else is done)
 *   assessment failed (best score < mastery)      → failed     (until a later attempt passes)
 *   no assessment result, all lessons done        → completed  (only if the assessment isn't required)
 *   anything else once launched                   → incomplete
 *
 * So a coordinator tells passed, failed and unfinished apart, and sees score.raw next to
 * failed. This is also what an LMS applying adlcp:masteryscore to score.raw would decide
 * (RTE 3.4.2.1.3 LMS behaviour with mastery_score and credit), so the two never disagree.
 */
export function lessonStatus(completion: Completion, success: Success): string {
  if (success === 'passed') return 'passed';
  if (success === 'failed') return 'failed';
  return completion === 'completed' ? 'completed' : 'incomplete';
}

/** Objective status (RTE 3.4.2.6.2), same vocabulary; an objective not begun stays "not attempted". */
export function objectiveStatus12(completion: Completion, success: Success): string {
  if (success === 'unknown' && completion === 'not-attempted') return 'not attempted';
  return lessonStatus(completion, success);
}

/** RTE 3.4.2.7.6: 1.2 says "wrong" where 2004 says "incorrect". */
export const result12 = { correct: 'correct', incorrect: 'wrong', neutral: 'neutral' } as const;

/**
 * RTE 3.4.2.7.5 choice / sequencing responses are single characters 0–9 and a–z, comma
 * separated. Each option (item, scenario choice) gets the character of its position in the
 * author's list: 1st → "0", 10th → "9", 11th → "a" … 36th → "z". Beyond 36 there is no character.
 */
export function positionChar(universe: readonly string[], id: string): string | null {
  const i = universe.indexOf(id);
  return i >= 0 && i < 36 ? i.toString(36) : null;
}

export function response12(record: InteractionRecord, ids: readonly string[]): string | null {
  if (record.kind === 'fill-in') return clip(ids.join(' '), 255); // CMIFeedback: CMIString255
  const chars = ids.map((id) => positionChar(record.universe, id));
  return chars.every((c): c is string => c !== null) ? chars.join(',') : null;
}

/** "Nordmann, Ola" (the 1.2 student_name convention, RTE 3.4.2.1.2) → "Ola Nordmann". */
export function displayName(name: string | null): string | null {
  const n = (name ?? '').trim();
  if (!n) return null;
  const [last, first, ...rest] = n.split(',').map((p) => p.trim());
  return first && rest.length === 0 ? `${first} ${last ?? ''}`.trim() : n;
}

export const scorm12: ScormDialect = {
  apiName: 'API',
  methods: SCORM12_METHODS,
  // 401 not implemented (optional elements such as student_preference.language), 201 invalid argument.
  quietGetCodes: [401, 201],
  // RTE 3.3.3.2: 201 invalid argument, 401 not implemented, 402 invalid set value (keyword), 403 read only, 405 incorrect data type.
  dropCodes: [201, 401, 402, 403, 405],
  learnerIdElement: 'cmi.core.student_id',
  readLaunch(read) {
    const suspend = read('cmi.suspend_data');
    // cmi.student_data.mastery_score comes from adlcp:masteryscore or the LMS admin; an LMS may judge
    // passed/failed against it (RTE 3.4.2.1.3), so the course uses the same threshold.
    const mastery = parseFloat(read('cmi.student_data.mastery_score') ?? '');
    return {
      saved: suspend ? suspend : null,
      learnerName: displayName(read('cmi.core.student_name')),
      language: read('cmi.student_preference.language')?.trim() || null,
      mode: launchMode(read('cmi.core.lesson_mode')),
      credit: norm(read('cmi.core.credit')) !== 'no-credit',
      masteryScore: Number.isFinite(mastery) && mastery >= 0 && mastery <= 100 ? mastery : null,
    };
  },
  stateValues({ location, summary, serialized, chosen }, objectiveIndex, _context, mode = 'normal') {
    const out: Entry[] = [];
    // RTE 3.4.2.5 cmi.student_preference.language (read/write, CMIString255, optional for an
    // LMS): the learner's choice with the switch, so the next launch opens in it (issue 13).
    if (chosen) out.push(['cmi.student_preference.language', chosen]);
    // RTE 3.4.2.1.5 exit "suspend": the learner means to come back; "" when finished.
    out.push(['cmi.core.exit', finished(summary) ? '' : 'suspend']);
    // RTE 3.4.2.1.4: lesson_location is CMIString255; page ids are ≤ 64 chars.
    if (location) out.push(['cmi.core.lesson_location', location]);
    // RTE 3.4.2.1 cmi.suspend_data: CMIString4096. serialize.ts keeps the worst case ≤ 2048.
    out.push(['cmi.suspend_data', serialized]);
    const status = lessonStatus(summary.completion, summary.success);
    // RTE 3.4.2.1.3: "browsed" marks an unfinished launch in browse mode (lesson_mode browse).
    out.push(['cmi.core.lesson_status', mode === 'browse' && status === 'incomplete' ? 'browsed' : status]);
    if (summary.score !== null) {
      // RTE 3.4.2.1.6: score.raw is normalised 0–100 when min/max are 0 and 100.
      out.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(Math.round(summary.score))]);
    }
    for (const o of summary.objectives) {
      const n = objectiveIndex(o.id);
      out.push([`cmi.objectives.${n}.id`, o.id]);
      out.push([`cmi.objectives.${n}.status`, objectiveStatus12(o.completion, o.success)]);
      if (o.score !== null) {
        out.push([`cmi.objectives.${n}.score.min`, '0'], [`cmi.objectives.${n}.score.max`, '100'], [`cmi.objectives.${n}.score.raw`, String(Math.round(o.score))]);
      }
    }
    return out;
  },
  interactionValues(n, record) {
    // RTE 3.4.2.7: interactions are write-only and appended at n = _count.
    const p = `cmi.interactions.${n}`;
    const out: Entry[] = [[`${p}.id`, record.id]];
    if (record.objective) out.push([`${p}.objectives.0.id`, record.objective]);
    out.push([`${p}.time`, cmiTime12(record.at)], [`${p}.type`, record.kind]);
    record.correct.forEach((pattern, i) => {
      const value = response12(record, pattern);
      if (value !== null) out.push([`${p}.correct_responses.${i}.pattern`, value]);
    });
    const response = response12(record, record.response);
    if (response !== null) out.push([`${p}.student_response`, response]);
    out.push([`${p}.result`, result12[record.result]]);
    if (record.latencyMs !== null) out.push([`${p}.latency`, cmiTimespan12(record.latencyMs)]);
    return out;
  },
  sessionTime: (ms) => ['cmi.core.session_time', cmiTimespan12(ms)],
  exitValues: (_summary: Summary) => [],
};
