import type { Completion, Success } from '../../state/summary.ts';
import { decimal, finished, launchMode, norm, type Entry, type ScormDialect } from './scorm-dialect.ts';
import { SCORM2004_METHODS } from './scorm-connection.ts';
import { clip, describeInteraction, type InteractionRecord } from './scorm-interactions.ts';
import { isoDuration, isoTimestamp } from './scorm-time.ts';

/** RTE 4.2.4 completion_status: completed, incomplete, not attempted, unknown. Launched = incomplete at least. */
export function completion2004(c: Completion, launched: boolean): string {
  if (c === 'completed') return 'completed';
  return c === 'incomplete' || launched ? 'incomplete' : 'not attempted';
}

/** RTE 4.2.22 success_status: passed, failed, unknown. */
export const success2004 = (s: Success): string => s;

/** RTE 4.2.9.1 result: 2004 says "incorrect" where 1.2 says "wrong". */
export const result2004 = { correct: 'correct', incorrect: 'incorrect', neutral: 'neutral' } as const;

/** RTE 4.2.9.1: fill-in would split on "[,]" and cap each part at 250; reflections are long-fill-in (one part, 4000). */
export const type2004 = { choice: 'choice', sequencing: 'sequencing', 'fill-in': 'long-fill-in' } as const;

/**
 * RTE 4.2.9.1 response formats: choice and sequencing are short_identifier_type values joined
 * by the reserved delimiter "[,]"; long-fill-in is a localized string (language prefixed so a
 * leading "{" in the text can't be read as a delimiter), SPM 4000.
 */
export function response2004(record: InteractionRecord, ids: readonly string[]): string {
  if (record.kind === 'fill-in') return `{lang=nb}${clip(ids.join(' '), 4000)}`;
  return ids.map(shortIdentifier).join('[,]');
}

/**
 * A content id (lower-case letters, digits, hyphens) as a response identifier every LMS takes.
 * RTE 4.2.9.1 allows short_identifier_type (URI characters, hyphens included), but Moodle 4.5
 * checks `^[\w\.]{1,250}$` (scorm_13.js CMIShortIdentifier) and refuses a hyphen with 406. Ids
 * never contain "_", so hyphen → underscore is one-to-one: `kr-q1-a` is written `kr_q1_a`
 * (the tracking sheet lists every code with its option id).
 */
export function shortIdentifier(id: string): string {
  return id.replace(/-/g, '_');
}

/** RTE 4.2.21 / 4.2.17: scaled −1..1, raw within min..max. */
const score2004 = (p: string, score: number): Entry[] => [[`${p}.score.scaled`, decimal(score / 100)], [`${p}.score.raw`, String(Math.round(score))], [`${p}.score.min`, '0'], [`${p}.score.max`, '100']];

export const scorm2004: ScormDialect = {
  apiName: 'API_1484_11',
  methods: SCORM2004_METHODS,
  // 403 "data model element value not initialized": normal for location/suspend_data on a first launch.
  // 401 "undefined data model element": an LMS without an optional element.
  quietGetCodes: [403, 401],
  // RTE 3.1.7.6: 351 general set failure, 401 undefined element, 404 read only, 406 type mismatch, 407 value out of range, 408 dependency not established.
  dropCodes: [351, 401, 404, 406, 407, 408],
  learnerIdElement: 'cmi.learner_id',
  readLaunch(read) {
    const suspend = read('cmi.suspend_data');
    // RTE 4.2.20 scaled_passing_score, -1..1, from the manifest's primary objective (or the LMS).
    const scaled = parseFloat(read('cmi.scaled_passing_score') ?? '');
    return {
      saved: suspend ? suspend : null,
      learnerName: read('cmi.learner_name')?.trim() || null,
      language: read('cmi.learner_preference.language')?.trim() || null,
      mode: launchMode(read('cmi.mode')),
      credit: norm(read('cmi.credit')) !== 'no-credit',
      masteryScore: Number.isFinite(scaled) && scaled >= 0 && scaled <= 1 ? Math.round(scaled * 100) : null,
    };
  },
  stateValues(facts, objectiveIndex, context) {
    const { location, summary, serialized } = facts;
    const out: Entry[] = [];
    // RTE 4.2.13.2 learner_preference.language (read/write, language_type): the learner's choice
    // with the switch, so the LMS and the next launch agree with it (issue 13).
    if (facts.chosen) out.push(['cmi.learner_preference.language', facts.chosen]);
    // RTE 4.2.8 exit: "suspend" keeps the attempt open; "normal" ends it when completed and passed.
    out.push(['cmi.exit', finished(summary) ? 'normal' : 'suspend']);
    if (location) out.push(['cmi.location', location]); // RTE 4.2.14: SPM 1000
    out.push(['cmi.suspend_data', serialized]); // RTE 4.2.23: SPM 64000
    out.push(['cmi.completion_status', completion2004(summary.completion, true)]);
    out.push(['cmi.success_status', success2004(summary.success)]);
    out.push(['cmi.progress_measure', decimal(summary.progress)]); // RTE 4.2.18: real(10,7) 0..1
    if (summary.score !== null) {
      // RTE 4.2.21: scaled −1..1, raw within min..max.
      out.push(...score2004('cmi', summary.score));
    }
    for (const o of summary.objectives) {
      const n = objectiveIndex(o.id);
      const p = `cmi.objectives.${n}`;
      out.push([`${p}.id`, o.id]);
      // RTE 4.2.17.x objectives.n.description: localized_string_type, SPM 250. Shows the coordinator the expectation's name.
      const lang = facts.locale ?? 'nb';
      const given = context.objectiveTitles?.[o.id];
      const names = typeof given === 'string' ? { nb: given } : given;
      const title = names?.[lang];
      const named = title === undefined ? { lang: 'nb', text: names?.nb } : { lang, text: title };
      // In the learner's language (issue 13), marked with it; bokmål when the title lacks it.
      if (named.text) out.push([`${p}.description`, `{lang=${named.lang}}${clip(named.text, 240)}`]);
      out.push([`${p}.completion_status`, completion2004(o.completion, false)]);
      out.push([`${p}.success_status`, success2004(o.success)]);
      if (o.score !== null) {
        out.push(...score2004(p, o.score));
      }
    }
    return out;
  },
  interactionValues(n, record) {
    const p = `cmi.interactions.${n}`;
    // RTE 4.2.9: id first, then type before the responses that depend on it.
    const out: Entry[] = [[`${p}.id`, record.id], [`${p}.type`, type2004[record.kind]]];
    if (record.objective) out.push([`${p}.objectives.0.id`, record.objective]);
    out.push([`${p}.timestamp`, isoTimestamp(record.at)]);
    record.correct.forEach((pattern, i) => out.push([`${p}.correct_responses.${i}.pattern`, response2004(record, pattern)]));
    out.push([`${p}.learner_response`, response2004(record, record.response)]);
    out.push([`${p}.result`, result2004[record.result]]);
    if (record.latencyMs !== null) out.push([`${p}.latency`, isoDuration(record.latencyMs)]);
    // Optional (RTE 4.2.9.1). A record journaled by the 1.2 package of this course has none: then
    // none is written, rather than an empty text for the coordinator's report.
    if (record.description) out.push([`${p}.description`, `{lang=${record.lang ?? 'nb'}}${clip(record.description, 240)}`]);
    return out;
  },
  describe: describeInteraction,
  sessionTime: (ms) => ['cmi.session_time', isoDuration(ms)],
  // adl.nav.request (SCORM 2004 SN / RTE 4.4.2). Unfinished: suspendAll, so the LMS keeps the
  // attempt to resume and takes the learner back. Finished: none, only cmi.exit "normal". Moodle
  // 4.5's datamodel.php runs every request except suspendAll through its sequencing library,
  // which fails with a PHP error: the Commit and Terminate carrying exitAll (or exit) returned
  // "false" and the session never ended. Without a request the LMS applies cmi.exit and its
  // own navigation; the course says the learner may close the window.
  exitValues: (summary) => (finished(summary) ? [] : [['adl.nav.request', 'suspendAll']]),
};
