/**
 * The one catalogue of messages people read: authors at build time, learners at run time,
 * admins checking a launch. Each entry has a permanent name (safe to search for in logs and
 * support tickets), what happened and what to do. Learner-facing texts are bokmål here, with
 * nynorsk and English in learner-messages.ts (errorMessage(name, locale) picks the learner's).
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
  CONTENT_SOURCE_WORDING: { audience: 'author', what: 'A text marked fromDocument is not the source document\'s wording.', todo: 'Copy the point word for word from course/source-document.ts (bokmål), or drop fromDocument.' },
  CONTENT_LOAD: { audience: 'author', what: 'A course file could not be loaded.', todo: 'Fix the TypeScript error or the default export of the file.' },
  // Learners (run time): bokmål; nynorsk and English in learner-messages.ts.
  NO_LMS: { audience: 'learner', what: 'Vi fant ikke læringsplattformen, så fremdriften din blir ikke registrert der.', todo: 'Du kan ta kurset, og fremdriften lagres på denne enheten. Start kurset fra læringsplattformen for å få det registrert.' },
  SAVE_FAILING: { audience: 'learner', what: 'Fremdriften din blir ikke lagret i læringsplattformen akkurat nå.', todo: 'Vi prøver igjen automatisk og tar vare på svarene dine på denne enheten. Ikke lukk kurset før det står at alt er lagret.' },
  LMS_INIT_FAILED: { audience: 'learner', what: 'Kurset fikk ikke kontakt med læringsplattformen.', todo: 'Vi prøver igjen automatisk. Fremdriften og svarene dine lagres på denne enheten imens, og sendes til læringsplattformen så snart kontakten er i orden.' },
  STATE_RESET: { audience: 'learner', what: 'Den lagrede fremdriften kunne ikke leses helt.', todo: 'Vi har beholdt det som var lesbart. Noen svar må kanskje gis på nytt.' },
  // Shown by index.html itself (no script needed) when the course's script never ran, e.g. blocked by a Content-Security-Policy.
  SCRIPT_BLOCKED: { audience: 'learner', what: 'Kurset har ikke startet: nettleseren fikk ikke kjøre kursets program.', todo: 'Last inn siden på nytt. Hjelper ikke det, si fra til den som administrerer læringsplattformen: sikkerhetsregelen (Content-Security-Policy) må tillate kursets egne filer. Kursets sporingsark viser regelen kurset trenger.' },
  POLICY_BLOCKED: { audience: 'learner', what: 'Nettleserens sikkerhetsregler (Content-Security-Policy) stoppet en del av kurset.', todo: 'Kurset virker kanskje ikke som det skal, og fremdriften kan mangle. Si fra til den som administrerer læringsplattformen; kursets sporingsark viser regelen kurset trenger.' },
  LAUNCH_INVALID: { audience: 'learner', what: 'Kurset ble startet uten alt det trenger for å registrere fremdrift.', todo: 'Lukk vinduet og start kurset på nytt fra læringsplattformen. Hvis det ikke hjelper, kontakt den som administrerer plattformen.' },
  // Administrators (in the browser console at launch): bokmål.
  RETURN_URL_IGNORED: { audience: 'admin', what: 'LMS.LaunchData.returnURL er ikke en http(s)-URL (for eksempel javascript: eller data:), så kurset ser bort fra den. Kursdeltakeren kan ta kurset som vanlig, men kommer ikke tilbake til LMS-et automatisk etter «Avslutt».', todo: 'Rett returnURL for kurset i LMS-et til en http(s)-adresse.' },
  // LMS administrators (npm run check-package, dist/check-package.mjs): bokmål, like the tracking sheets.
  PACKAGE_UNREADABLE: { audience: 'admin', what: 'Filen er ikke en lesbar zip-fil (skadet, avkortet eller ikke en zip).', todo: 'Last ned eller bygg pakken på nytt (npm run build) og sjekk den igjen før du laster den opp.' },
  PACKAGE_UNSAFE_PATH: { audience: 'admin', what: 'Pakken har en fil med en sti som går utenfor pakken (absolutt sti, «..» eller bakoverskråstrek).', todo: 'Ikke last opp pakken. Bygg den på nytt med npm run build.' },
  PACKAGE_KIND_UNKNOWN: { audience: 'admin', what: 'Pakken har verken imsmanifest.xml (SCORM), cmi5.xml (cmi5) eller tincan.xml (xAPI) i roten.', todo: 'Bruk en av de fire zip-filene fra dist/ uendret; ikke pakk dem ut og inn igjen (filene må ligge i roten av zip-filen, ikke i en mappe).' },
  PACKAGE_SCHEMA_INVALID: { audience: 'admin', what: 'Manifestet eller beskrivelsen stemmer ikke med det offisielle skjemaet, så LMS-et kan avvise pakken.', todo: 'Bygg pakken på nytt med npm run build; er feilen der fortsatt, meld den til dem som vedlikeholder kurset med linjen som er nevnt.' },
  PACKAGE_FILE_MISSING: { audience: 'admin', what: 'Manifestet viser til en fil som ikke finnes i pakken.', todo: 'Bygg pakken på nytt med npm run build; ikke fjern filer fra zip-filen.' },
  PACKAGE_FILE_UNLISTED: { audience: 'admin', what: 'Pakken har en fil som manifestet ikke lister, og som noen LMS-er derfor ikke tar med.', todo: 'Bygg pakken på nytt med npm run build; ikke legg filer til i zip-filen.' },
  PACKAGE_LAUNCH_MISSING: { audience: 'admin', what: 'Startfilen som manifestet eller beskrivelsen peker på, finnes ikke i pakken (eller ingen startfil er oppgitt).', todo: 'Bygg pakken på nytt med npm run build; kurset kan ikke startes slik pakken er.' },
  PACKAGE_REMOTE_REFERENCE: { audience: 'admin', what: 'Pakken henter noe fra en annen server når kurset kjører; det blokkeres ofte av LMS-et og lekker hvem som tar kurset.', todo: 'Ikke last opp pakken. Bygg den på nytt fra uendret kildekode med npm run build.' },
  PACKAGE_IDENTIFIER: { audience: 'admin', what: 'En id i pakken bryter reglene til de strengeste LMS-ene vi kjenner (f.eks. Moodle 4.5 for SCORM 2004-svar-id-er), så svar eller resultater kan bli avvist.', todo: 'Bruk en annen pakketype (f.eks. SCORM 1.2) i dette LMS-et, eller be dem som vedlikeholder kurset om en rettet pakke; id-en og regelen står i meldingen.' },
  PACKAGE_TOO_LARGE: { audience: 'admin', what: 'Pakken er større enn grensen som ble gitt (--max-size), og kan bli avvist ved opplasting.', todo: 'Øk opplastingsgrensen i LMS-et (i Moodle: maks filstørrelse for kurs og PHP upload_max_filesize), eller kjør sjekken med --max-size for ditt LMS.' },
  PACKAGE_COURSE_DATA: { audience: 'admin', what: 'Kursdataene i pakken (course-data.js) mangler eller kan ikke leses, så kurset vil ikke starte.', todo: 'Bygg pakken på nytt med npm run build; ikke endre filene i zip-filen.' },
  // Training coordinators and LMS administrators (npm run report -- --moodle-interactions): bokmål.
  REPORT_MOODLE_EXPORT: { audience: 'admin', what: 'Filen kan ikke leses som Moodles SCORM-interaksjonsrapport (nedlastingen «CSV»/tekst).', todo: 'Last ned rapporten på nytt i Moodle: SCORM-aktiviteten → Rapporter → Interaksjonsrapport, kryss av for «Summary of question» (spørsmålene) og helst svar og resultat, og velg tekstformatet (CSV). Ikke rediger filen før du kjører rapporten.' },
} as const satisfies Record<string, { audience: 'author' | 'learner' | 'admin'; what: string; todo: string }>;

export type ErrorName = keyof typeof catalogue;
