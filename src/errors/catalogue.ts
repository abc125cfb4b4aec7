/**
 * The one catalogue of messages people read: authors at build time, learners at run time,
 * admins checking a launch. Each entry has a permanent name (safe to search for in logs and
 * support tickets), what happened and what to do. Learner-facing texts are bokmål.
 */
export const catalogue = {
  // Authors (build time): English, for the build log.
  CONTENT_SCHEMA: { audience: 'author', what: 'A field does not match the content schema.', todo: 'Fix the field named in the path.' },
  CONTENT_DUPLICATE_ID: { audience: 'author', what: 'Two tracked things share an id.', todo: 'Give each lesson, page, question, scenario and reflection its own id. Never reuse an id once published.' },
  CONTENT_UNKNOWN_REFERENCE: { audience: 'author', what: 'A reference points to an id that does not exist.', todo: 'Use one of the ids listed.' },
  CONTENT_SCENARIO_GRAPH: { audience: 'author', what: 'A scenario graph is broken.', todo: 'Every node must be reachable from start, and every path must end in an ending without loops.' },
  CONTENT_ANSWER_KEY: { audience: 'author', what: 'The correct options do not fit the question kind.', todo: 'Single choice needs exactly one correct option; multiple choice at least one.' },
  CONTENT_ASSESSMENT: { audience: 'author', what: 'The final assessment cannot be drawn as configured.', todo: 'Add questions to the bank or lower drawPerObjective.' },
  CONTENT_TRANSLATION: { audience: 'author', what: 'A text lacks a language the course declares.', todo: 'Add the missing language or remove it from course.languages.' },
  CONTENT_LOAD: { audience: 'author', what: 'A course file could not be loaded.', todo: 'Fix the TypeScript error or the default export of the file.' },
  // Learners (run time): bokmål.
  NO_LMS: { audience: 'learner', what: 'Vi fant ikke læringsplattformen, så fremdriften din blir ikke registrert der.', todo: 'Du kan ta kurset, og fremdriften lagres på denne enheten. Start kurset fra læringsplattformen for å få det registrert.' },
  SAVE_FAILING: { audience: 'learner', what: 'Fremdriften din blir ikke lagret i læringsplattformen akkurat nå.', todo: 'Vi prøver igjen automatisk og tar vare på svarene dine på denne enheten. Ikke lukk kurset før det står at alt er lagret.' },
  STATE_RESET: { audience: 'learner', what: 'Den lagrede fremdriften kunne ikke leses helt.', todo: 'Vi har beholdt det som var lesbart. Noen svar må kanskje gis på nytt.' },
  // Shown by index.html itself (no script needed) when the course's script never ran, e.g. blocked by a Content-Security-Policy.
  SCRIPT_BLOCKED: { audience: 'learner', what: 'Kurset har ikke startet: nettleseren fikk ikke kjøre kursets program.', todo: 'Last inn siden på nytt. Hjelper ikke det, si fra til den som administrerer læringsplattformen: sikkerhetsregelen (Content-Security-Policy) må tillate kursets egne filer. Kursets sporingsark viser regelen kurset trenger.' },
  POLICY_BLOCKED: { audience: 'learner', what: 'Nettleserens sikkerhetsregler (Content-Security-Policy) stoppet en del av kurset.', todo: 'Kurset virker kanskje ikke som det skal, og fremdriften kan mangle. Si fra til den som administrerer læringsplattformen; kursets sporingsark viser regelen kurset trenger.' },
  LAUNCH_INVALID: { audience: 'learner', what: 'Kurset ble startet uten alt det trenger for å registrere fremdrift.', todo: 'Lukk vinduet og start kurset på nytt fra læringsplattformen. Hvis det ikke hjelper, kontakt den som administrerer plattformen.' },
} as const satisfies Record<string, { audience: 'author' | 'learner' | 'admin'; what: string; todo: string }>;

export type ErrorName = keyof typeof catalogue;
