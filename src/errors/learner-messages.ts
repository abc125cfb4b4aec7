import type { Locale } from '../../course/schema/text.ts';
import { catalogue, type ErrorName } from './catalogue.ts';

/** The catalogue entries a learner reads; only these are translated (authors and admins read English/bokmål). */
export type LearnerErrorName = { [K in ErrorName]: (typeof catalogue)[K]['audience'] extends 'learner' ? K : never }[ErrorName];

export interface Message {
  what: string;
  todo: string;
}

/**
 * The learner messages in nynorsk and English. Bokmål stays in catalogue.ts, so the names (the
 * permanent ids people search for in logs and tickets) and every existing caller are unchanged.
 * A learner entry missing here is a compile error.
 */
const translations: Record<LearnerErrorName, Record<Exclude<Locale, 'nb'>, Message>> = {
  NO_LMS: {
    nn: { what: 'Vi fann ikkje læringsplattforma, så framdrifta di blir ikkje registrert der.', todo: 'Du kan ta kurset, og framdrifta blir lagra på denne eininga. Start kurset frå læringsplattforma for å få det registrert.' },
    en: { what: 'We could not find the learning platform, so your progress is not recorded there.', todo: 'You can take the course, and your progress is saved on this device. Start the course from the learning platform to have it recorded.' },
  },
  SAVE_FAILING: {
    nn: { what: 'Framdrifta di blir ikkje lagra i læringsplattforma akkurat no.', todo: 'Vi prøver igjen automatisk og tek vare på svara dine på denne eininga. Ikkje lukk kurset før det står at alt er lagra.' },
    en: { what: 'Your progress is not being saved in the learning platform right now.', todo: 'We keep trying automatically and keep your answers on this device. Do not close the course until it says that everything is saved.' },
  },
  LMS_INIT_FAILED: {
    nn: { what: 'Kurset fekk ikkje kontakt med læringsplattforma.', todo: 'Vi prøver igjen automatisk. I mellomtida blir framdrifta og svara dine lagra på denne eininga, og dei blir sende til læringsplattforma så snart kontakten er i orden.' },
    en: { what: 'The course could not connect to the learning platform.', todo: 'We keep trying automatically. In the meantime, your progress and answers are saved on this device and sent to the learning platform as soon as the connection works.' },
  },
  STATE_RESET: {
    nn: { what: 'Den lagra framdrifta kunne ikkje lesast heilt.', todo: 'Vi har teke vare på det som var lesbart. Nokre svar må du kanskje gi på nytt.' },
    en: { what: 'Your saved progress could not be read in full.', todo: 'We have kept what could be read. You may need to give some answers again.' },
  },
  SCRIPT_BLOCKED: {
    nn: { what: 'Kurset har ikkje starta: nettlesaren fekk ikkje køyre programmet til kurset.', todo: 'Last inn sida på nytt. Hjelper ikkje det, sei frå til den som administrerer læringsplattforma: tryggleiksregelen (Content-Security-Policy) må tillate filene til kurset. Sporingsarket til kurset viser regelen kurset treng.' },
    en: { what: 'The course has not started: the browser was not allowed to run the course’s program.', todo: 'Reload the page. If that does not help, tell the person who runs the learning platform: the security rule (Content-Security-Policy) must allow the course’s own files. The course’s tracking sheet shows the rule the course needs.' },
  },
  POLICY_BLOCKED: {
    nn: { what: 'Tryggleiksreglane i nettlesaren (Content-Security-Policy) stoppa ein del av kurset.', todo: 'Kurset verkar kanskje ikkje som det skal, og framdrifta kan mangle. Sei frå til den som administrerer læringsplattforma; sporingsarket til kurset viser regelen kurset treng.' },
    en: { what: 'The browser’s security rules (Content-Security-Policy) stopped part of the course.', todo: 'The course may not work as it should, and some progress may be missing. Tell the person who runs the learning platform; the course’s tracking sheet shows the rule the course needs.' },
  },
  LAUNCH_INVALID: {
    nn: { what: 'Kurset blei starta utan alt det treng for å registrere framdrift.', todo: 'Lukk vindauget og start kurset på nytt frå læringsplattforma. Dersom det ikkje hjelper, kontakt den som administrerer plattforma.' },
    en: { what: 'The course was started without everything it needs to record progress.', todo: 'Close the window and start the course again from the learning platform. If that does not help, contact the person who runs the platform.' },
  },
};

const isLearner = (name: ErrorName): name is LearnerErrorName => catalogue[name].audience === 'learner';

/** What happened and what to do, in the learner's language; admin and author entries stay as written. */
export function errorMessage(name: ErrorName, locale: Locale): Message {
  const { what, todo } = catalogue[name];
  if (locale === 'nb' || !isLearner(name)) return { what, todo };
  return translations[name][locale];
}

/** The same message in every language, bokmål first: for index.html, which shows it before any script (or none) can choose. */
export function errorMessageAll(name: LearnerErrorName): { locale: Locale; message: Message }[] {
  return (['nb', 'nn', 'en'] as const).map((locale) => ({ locale, message: errorMessage(name, locale) }));
}
