import type { Verb } from './types.ts';

/**
 * Verbs, activity types and extensions from the ADL vocabulary and the cmi5 spec. The
 * statement language (context.language) is the language the learner sees (issue 13), bokmål
 * "nb" by default; verb displays carry nb, nn and en so an LRS report in any of the course's
 * languages reads well (xAPI 1.0.3 §2.4.3 display is a language map). The tracking sheets
 * (packaging/xapi/tracking-sheet.ts) are generated from these tables, and a unit test pins
 * every IRI literally.
 */
export const LANG = 'nb';

const ADL = 'http://adlnet.gov/expapi/';
/** An ADL verb: its IRI ends in its English display. */
const verb = (en: string, nb: string, nn: string): Verb => ({ id: `${ADL}verbs/${en}`, display: { nb, nn, en } });
const activityType = (name: string) => `${ADL}activities/${name}`;

export const VERBS = {
  // cmi5 §9.3.2–9.3.8 defined verbs (also the natural ADL verbs for plain xAPI).
  initialized: verb('initialized', 'startet', 'starta'),
  completed: verb('completed', 'fullførte', 'fullførte'),
  passed: verb('passed', 'bestod', 'bestod'),
  failed: verb('failed', 'bestod ikke', 'bestod ikkje'),
  terminated: verb('terminated', 'avsluttet', 'avslutta'),
  // cmi5 "allowed" statements use other ADL verbs (cmi5 §9.3: not subject to its usage rules).
  answered: verb('answered', 'svarte på', 'svarte på'),
  experienced: verb('experienced', 'gjennomgikk', 'gjekk gjennom'),
  progressed: verb('progressed', 'kom videre i', 'kom vidare i'),
  scored: verb('scored', 'fikk resultat i', 'fekk resultat i'),
  // Tin Can only: the window closed without «Avslutt» (the learner paused), and came back.
  suspended: verb('suspended', 'tok pause i', 'tok pause i'),
  resumed: verb('resumed', 'fortsatte', 'heldt fram'),
} as const;

export const ACTIVITY_TYPES = {
  course: activityType('course'),
  lesson: activityType('lesson'),
  objective: activityType('objective'),
  question: activityType('cmi.interaction'),
  simulation: activityType('simulation'),
  assessment: activityType('assessment'),
} as const;

const cmi5Iri = (path: string) => `https://w3id.org/xapi/cmi5/${path}`;

export const CMI5 = {
  // cmi5 §9.6.2.1 and §9.6.2.2.
  categoryCmi5: cmi5Iri('context/categories/cmi5'),
  categoryMoveOn: cmi5Iri('context/categories/moveon'),
  // cmi5 §9.6.3.1 and §9.6.3.2.
  sessionId: cmi5Iri('context/extensions/sessionid'),
  masteryScore: cmi5Iri('context/extensions/masteryscore'),
  // cmi5 §9.5.5.1: integer 0–100.
  progress: cmi5Iri('result/extensions/progress'),
} as const;
