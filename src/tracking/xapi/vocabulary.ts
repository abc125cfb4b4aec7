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

const verb = (id: string, nb: string, nn: string, en: string): Verb => ({ id, display: { nb, nn, en } });

export const VERBS = {
  // cmi5 §9.3.2–9.3.8 defined verbs (also the natural ADL verbs for plain xAPI).
  initialized: verb('http://adlnet.gov/expapi/verbs/initialized', 'startet', 'starta', 'initialized'),
  completed: verb('http://adlnet.gov/expapi/verbs/completed', 'fullførte', 'fullførte', 'completed'),
  passed: verb('http://adlnet.gov/expapi/verbs/passed', 'bestod', 'bestod', 'passed'),
  failed: verb('http://adlnet.gov/expapi/verbs/failed', 'bestod ikke', 'bestod ikkje', 'failed'),
  terminated: verb('http://adlnet.gov/expapi/verbs/terminated', 'avsluttet', 'avslutta', 'terminated'),
  // cmi5 "allowed" statements use other ADL verbs (cmi5 §9.3: not subject to its usage rules).
  answered: verb('http://adlnet.gov/expapi/verbs/answered', 'svarte på', 'svarte på', 'answered'),
  experienced: verb('http://adlnet.gov/expapi/verbs/experienced', 'gjennomgikk', 'gjekk gjennom', 'experienced'),
  progressed: verb('http://adlnet.gov/expapi/verbs/progressed', 'kom videre i', 'kom vidare i', 'progressed'),
  scored: verb('http://adlnet.gov/expapi/verbs/scored', 'fikk resultat i', 'fekk resultat i', 'scored'),
  // Tin Can only: the window closed without «Avslutt» (the learner paused), and came back.
  suspended: verb('http://adlnet.gov/expapi/verbs/suspended', 'tok pause i', 'tok pause i', 'suspended'),
  resumed: verb('http://adlnet.gov/expapi/verbs/resumed', 'fortsatte', 'heldt fram', 'resumed'),
} as const;

export const ACTIVITY_TYPES = {
  course: 'http://adlnet.gov/expapi/activities/course',
  lesson: 'http://adlnet.gov/expapi/activities/lesson',
  objective: 'http://adlnet.gov/expapi/activities/objective',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
} as const;

export const CMI5 = {
  // cmi5 §9.6.2.1 and §9.6.2.2.
  categoryCmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  categoryMoveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  // cmi5 §9.6.3.1 and §9.6.3.2.
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
  // cmi5 §9.5.5.1: integer 0–100.
  progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
} as const;
