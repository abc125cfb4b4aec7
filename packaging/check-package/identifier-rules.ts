import type { Course } from '../../course/schema/index.ts';
import type { TrackingEvent } from '../../src/state/events.ts';
import { indexCourse } from '../../src/state/course-index.ts';
import type { Entry } from '../../src/tracking/scorm/scorm-dialect.ts';
import { interactionFor } from '../../src/tracking/scorm/scorm-interactions.ts';
import { scorm12 } from '../../src/tracking/scorm/scorm12-values.ts';
import { scorm2004 } from '../../src/tracking/scorm/scorm2004-values.ts';
import type { Descriptor, PackageKind } from './descriptor.ts';

/**
 * The strictest identifier rules we know, each with where it comes from. Moodle's rules are
 * its SCORM player's data model checks (mod/scorm/datamodels/scorm_12.js, scorm_13.js,
 * Moodle 4.5): a value that fails one is refused, and everything after it in that interaction.
 */
export const RULES = {
  // Moodle scorm_13.js CMIShortIdentifier; SCORM 2004 RTE 4.1.1.3 short_identifier_type (SPM 250).
  shortId2004: { pattern: /^[\w.]{1,250}$/, says: 'Moodle 4.5, SCORM 2004 short identifier (svar-id): ^[\\w.]{1,250}$ (bokstaver a–z, sifre, _ og .; ikke bindestrek)' },
  // Moodle scorm_13.js CMILongIdentifier; RTE 4.1.1.3 long_identifier_type (SPM 4000, a URN needs a namespace id).
  longId2004: { pattern: /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/, says: 'Moodle 4.5, SCORM 2004 long identifier: 1–4000 tegn uten mellomrom' },
  // Moodle scorm_12.js CMIIdentifier; SCORM 1.2 RTE 3.4.1 CMIIdentifier (≤ 255, no spaces).
  id12: { pattern: /^[\u0021-\u007E]{1,255}$/, says: 'Moodle 4.5, SCORM 1.2 CMIIdentifier: 1–255 synlige ASCII-tegn' },
  // CAM 3.4.1.x: identifier attributes are xs:ID (the XSD checks that); LMSs keep them in
  // 255-character database columns (Moodle scorm_scoes.identifier), and not all handle non-ASCII.
  manifestToken: { pattern: /^[A-Za-z_][A-Za-z0-9_.-]{0,254}$/, says: 'manifest-id: ASCII-NCName, høyst 255 tegn' },
  // xAPI 1.0.3 §4.1.4.1 / cmi5 §13.1: activity, AU and objective ids are absolute IRIs.
  iri: { pattern: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/, says: 'xAPI/cmi5: en absolutt IRI uten mellomrom' },
} as const;

export interface IdentifierProblem {
  value: string;
  where: string;
  rule: string;
}

const check = (value: string, where: string, rule: keyof typeof RULES): IdentifierProblem[] =>
  RULES[rule].pattern.test(value) ? [] : [{ value, where, rule: RULES[rule].says }];

/** Identifier tokens in the manifest or descriptor itself. */
export function descriptorIdentifierProblems(d: Descriptor): IdentifierProblem[] {
  const rule = d.kind === 'scorm12' || d.kind === 'scorm2004' ? 'manifestToken' : 'iri';
  return d.identifiers.flatMap((i) => check(i.value, `${d.file} ${i.where}`, rule));
}

/**
 * Every interaction the course can send, one record per option (so every id that can appear in a
 * response is seen), turned into data-model values by the SAME dialect code the package runs.
 * So an identifier is flagged only where it is really sent: SCORM 1.2 sends options as position
 * characters (0–9a–z), SCORM 2004 sends their ids.
 */
export function sentValues(course: Course, kind: 'scorm12' | 'scorm2004'): Entry[] {
  const index = indexCourse(course);
  const at = new Date(0);
  const events: TrackingEvent[] = [];
  const bank = new Set(index.assessment?.bank.map((q) => q.id) ?? []);
  for (const [id, question] of index.questions) {
    const lessonId = index.lessonOf.get(id)?.id ?? '';
    const context = bank.has(id) ? ({ kind: 'assessment', attempt: 1 } as const) : ({ kind: 'lesson' } as const);
    const responses = question.kind === 'ordering' ? [question.items.map((i) => i.id)] : question.options.map((o) => [o.id]);
    for (const response of responses) events.push({ type: 'question-answered', question, lessonId, response, correct: false, latencyMs: 1000, at, context });
  }
  for (const scenario of index.scenarios.values()) {
    const lessonId = index.lessonOf.get(scenario.id)?.id ?? '';
    for (const node of scenario.nodes) {
      if (node.kind !== 'situation') continue;
      for (const choice of node.choices) events.push({ type: 'scenario-decision', scenario, lessonId, node, choice, step: 1, latencyMs: 1000, at });
    }
  }
  for (const [id] of index.reflections) events.push({ type: 'reflection-written', reflectionId: id, lessonId: index.lessonOf.get(id)?.id ?? '', text: 'tekst', at });
  const dialect = kind === 'scorm12' ? scorm12 : scorm2004;
  const values: Entry[] = course.meta.objectives.map((o, n) => [`cmi.objectives.${n}.id`, o.id]);
  for (const event of events) {
    const record = interactionFor(event, course.meta.trackReflectionText);
    if (record) values.push(...dialect.interactionValues(0, record));
  }
  return values;
}

/** Checks each sent value that is an identifier against the strictest rule for its element. */
export function sentIdentifierProblems(course: Course, kind: PackageKind): IdentifierProblem[] {
  if (kind !== 'scorm12' && kind !== 'scorm2004') return [];
  const problems: IdentifierProblem[] = [];
  const generic = (element: string) => element.replace(/\.\d+\./g, '.n.');
  let interaction = { id: '', type: '' };
  for (const [element, value] of sentValues(course, kind)) {
    if (/^cmi\.interactions\.\d+\.id$/.test(element)) interaction = { id: value, type: '' };
    if (element.endsWith('.type')) interaction.type = value;
    if (/\.(id|objectives\.\d+\.id)$/.test(element)) problems.push(...check(value, generic(element), kind === 'scorm12' ? 'id12' : 'longId2004'));
    // RTE 4.2.9.1: choice and sequencing responses are short identifiers joined by "[,]".
    const isResponse = /\.(learner_response|correct_responses\.\d+\.pattern)$/.test(element);
    if (kind === 'scorm2004' && isResponse && (interaction.type === 'choice' || interaction.type === 'sequencing')) {
      for (const id of value.split('[,]')) problems.push(...check(id, `${generic(element)} i interaksjonen ${interaction.id}`, 'shortId2004'));
    }
  }
  // One line per offending value and place is enough for an admin.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.value}§${p.where}`;
    return !seen.has(key) && !!seen.add(key);
  });
}
