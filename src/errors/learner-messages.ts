import type { Locale } from '../../course/schema/text.ts';
import { loadedPack } from '../app/i18n/language-pack.ts';
import { catalogue, type ErrorName } from './catalogue.ts';

/** The catalogue entries a learner reads; only these are translated (authors and admins read English/bokmål). */
export type LearnerErrorName = { [K in ErrorName]: (typeof catalogue)[K]['audience'] extends 'learner' ? K : never }[ErrorName];

export interface Message {
  what: string;
  todo: string;
}

/** Learner messages only the running app shows: their nynorsk and English come with the language packs (learner-messages-nn.ts, -en.ts). */
export type PackErrorName = 'NO_LMS' | 'SAVE_FAILING' | 'LMS_INIT_FAILED' | 'STATE_RESET';
/** Learner messages that may be needed before any pack is in (a launch the course cannot run; a policy that blocks the pack itself). */
type AppErrorName = 'LAUNCH_INVALID' | 'POLICY_BLOCKED';
/** Shown by index.html alone, written at build time (learner-messages-all.ts). */
type PageErrorName = 'SCRIPT_BLOCKED';

/** Each learner message has its nynorsk and English in exactly one of the three places: else this is a compile error. */
type Covered = PackErrorName | AppErrorName | PageErrorName;
export const EVERY_LEARNER_MESSAGE_PLACED: [LearnerErrorName] extends [Covered] ? ([Covered] extends [LearnerErrorName] ? true : never) : never = true;

/**
 * The messages a learner may read before their language pack is in, in nynorsk and English (in
 * the app script). Bokmål stays in catalogue.ts, so the names (the permanent ids people search
 * for in logs and tickets) and every existing caller are unchanged.
 */
const inApp: Record<AppErrorName, Record<Exclude<Locale, 'nb'>, Message>> = {
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
const isInApp = (name: ErrorName): name is AppErrorName => name in inApp;

/** What happened and what to do, in the learner's language; admin and author entries stay as written. */
export function errorMessage(name: ErrorName, locale: Locale): Message {
  const { what, todo } = catalogue[name];
  if (locale === 'nb' || !isLearner(name)) return { what, todo };
  if (isInApp(name)) return inApp[name][locale];
  // The player shows a language only once its pack is in (boot.tsx), so bokmål here would be a bug's last resort, not a path.
  // A pack holds only PackErrorName entries, so a page message (SCRIPT_BLOCKED) finds none there. Its name is not spelled
  // here: the build ships a catalogue entry only when the code names it (packaging/vite/browser-catalogue.ts), and the
  // app never shows that one (index.html does).
  const fromPack: Partial<Record<LearnerErrorName, Message>> | undefined = loadedPack(locale)?.errors;
  return fromPack?.[name] ?? { what, todo };
}
