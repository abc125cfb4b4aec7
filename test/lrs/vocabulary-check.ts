import type { Activity, Statement } from '../../src/tracking/xapi/types.ts';

/**
 * The IRIs the test LRS knows, written out in full here and NOT imported from src/: a verb or
 * activity type changed or misspelled in the course must show up as a problem, which a check
 * that compares only the last path segment would miss (issue 9, item 9).
 * Sources: ADL vocabulary (http://adlnet.gov/expapi/verbs/…, …/activities/…), cmi5 §9.3, §9.6.
 */
export const VERB = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
  waived: 'https://w3id.org/xapi/adl/verbs/waived',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  scored: 'http://adlnet.gov/expapi/verbs/scored',
  suspended: 'http://adlnet.gov/expapi/verbs/suspended',
  resumed: 'http://adlnet.gov/expapi/verbs/resumed',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  interacted: 'http://adlnet.gov/expapi/verbs/interacted',
} as const;

/** cmi5 §9.3: the verbs of cmi5 defined statements an AU sends. */
export const DEFINED_VERBS = [VERB.initialized, VERB.completed, VERB.passed, VERB.failed, VERB.terminated] as const;

export const ACTIVITY_TYPE = [
  'http://adlnet.gov/expapi/activities/course',
  'http://adlnet.gov/expapi/activities/module',
  'http://adlnet.gov/expapi/activities/lesson',
  'http://adlnet.gov/expapi/activities/objective',
  'http://adlnet.gov/expapi/activities/cmi.interaction',
  'http://adlnet.gov/expapi/activities/interaction',
  'http://adlnet.gov/expapi/activities/question',
  'http://adlnet.gov/expapi/activities/simulation',
  'http://adlnet.gov/expapi/activities/assessment',
] as const;

export const CMI5_CATEGORY = {
  cmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
} as const;

export const CMI5_EXT = {
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
} as const;

const KNOWN_VERBS = new Set<string>(Object.values(VERB));
const KNOWN_TYPES = new Set<string>(ACTIVITY_TYPE);

function activityProblems(a: Activity, where: string): string[] {
  const out: string[] = [];
  const d = a.definition;
  if (d?.type !== undefined && !KNOWN_TYPES.has(d.type)) out.push(`${where}: unknown activity type ${d.type}`);
  // Readable names for coordinators: never an id in place of words ("…: utvikle", "Refleksjon refleksjon-x").
  const last = a.id.split('/').pop() ?? '';
  const word = new RegExp(`(^|[\\s:])${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\s)`);
  for (const [lang, name] of Object.entries(d?.name ?? {})) {
    // An id-like segment (kebab-case or with digits) as a word, or any segment after a colon at the end.
    const idLike = /[-\d]/.test(last) && word.test(name);
    if (last && (idLike || name.endsWith(`: ${last}`))) out.push(`${where}: name.${lang} shows the id "${last}": ${name}`);
  }
  if (d?.type && d.type !== 'http://adlnet.gov/expapi/activities/cmi.interaction' && d.name === undefined) out.push(`${where}: no name`);
  return out;
}

/** Full-IRI vocabulary problems of one statement; [] when clean. */
export function vocabularyProblems(s: Statement): string[] {
  const out: string[] = [];
  if (!KNOWN_VERBS.has(s.verb.id)) out.push(`unknown verb IRI ${s.verb.id}`);
  if (!s.verb.display.nb || !s.verb.display.en) out.push(`verb ${s.verb.id}: display needs nb and en (${JSON.stringify(s.verb.display)})`);
  out.push(...activityProblems(s.object, 'object'));
  return out;
}
