import type { Locale } from '../../../course/schema/locales.ts';

/**
 * The player's words that every learner may need before their language's pack is in
 * (language-pack.ts): the start page, the header's language switch, a launch or start that
 * fails, a pack that cannot be fetched. They are in the app script in all three languages, so
 * the start page paints at once in the learner's language; every other word comes in the pack
 * of one language (issue 12: app JS+CSS ≤ 40 KB gzip). Bokmål is the type of the others, so a
 * key missing in nynorsk or English is a compile error.
 */
const nb = {
  skipToContent: 'Hopp til innholdet',
  /** The header's menu: the language switch, and contents and exit once the lessons are in. */
  menuLabel: 'Kursmeny',
  minutes: (n: number) => `ca. ${n} minutter`,
  start: 'Start kurset',
  resume: 'Fortsett der du slapp',
  startOver: 'Se innholdsfortegnelsen',
  whatYouLearn: 'Dette lærer du',
  statementTitle: 'Tilgjengelighetserklæring',
  close: 'Lukk',
  adminDetail: 'Til administrator',
  startFailedTodo: 'Last inn siden på nytt, eller start kurset på nytt fra læringsplattformen.',
  expectationsCount: (n: number) => `${n} forventninger til ledere`,
  lessonsCount: (n: number) => `${n} leksjoner`,
  aboutCourse: 'Om kurset',
  aboutCourseText: 'Ta kurset i din egen takt. Fremdriften lagres, så du kan ta pauser og fortsette der du slapp.',
  startFailedTitle: 'Kurset kunne ikke starte',
  reload: 'Last inn på nytt',
  language: 'Språk',
  /** A language's pack (language-pack.ts) could not be fetched: said in the language still shown. */
  packFailed: (name: string) => `Fikk ikke hentet teksten på ${name}, så kurset vises fortsatt på bokmål. Prøv igjen, eller last inn siden på nytt.`,
};

export type StartText = typeof nb;

/** Nynorsk (course/nynorsk-termliste.md). */
const nn: StartText = {
  skipToContent: 'Hopp til innhaldet',
  menuLabel: 'Kursmeny',
  minutes: (n: number) => `ca. ${n} minutt`,
  start: 'Start kurset',
  resume: 'Hald fram der du slapp',
  startOver: 'Sjå innhaldslista',
  whatYouLearn: 'Dette lærer du',
  statementTitle: 'Tilgjengelegheitserklæring',
  close: 'Lukk',
  adminDetail: 'Til administratoren',
  startFailedTodo: 'Last inn sida på nytt, eller start kurset på nytt frå læringsplattforma.',
  expectationsCount: (n: number) => `${n} forventningar til leiarar`,
  lessonsCount: (n: number) => `${n} leksjonar`,
  aboutCourse: 'Om kurset',
  aboutCourseText: 'Ta kurset i ditt eige tempo. Framdrifta blir lagra, så du kan ta pausar og halde fram der du slapp.',
  startFailedTitle: 'Kurset kunne ikkje starte',
  reload: 'Last inn på nytt',
  language: 'Språk',
  packFailed: (name: string) => `Fekk ikkje henta teksten på ${name}, så kurset blir framleis vist på nynorsk. Prøv igjen, eller last inn sida på nytt.`,
};

/** English (course/english-glossary.md). */
const en: StartText = {
  skipToContent: 'Skip to content',
  menuLabel: 'Course menu',
  minutes: (n: number) => `about ${n} minutes`,
  start: 'Start the course',
  resume: 'Continue where you left off',
  startOver: 'See the contents',
  whatYouLearn: 'What you will learn',
  statementTitle: 'Accessibility statement',
  close: 'Close',
  adminDetail: 'For the administrator',
  startFailedTodo: 'Reload the page, or start the course again from the learning platform.',
  expectationsCount: (n: number) => `${n} expectations of leaders`,
  lessonsCount: (n: number) => `${n} lessons`,
  aboutCourse: 'About the course',
  aboutCourseText: 'Take the course at your own pace. Your progress is saved, so you can take breaks and carry on where you left off.',
  startFailedTitle: 'The course could not start',
  reload: 'Reload',
  language: 'Language',
  packFailed: (name: string) => `The text in ${name} could not be fetched, so the course is still shown in English. Try again, or reload the page.`,
};

const START: Record<Locale, StartText> = { nb, nn, en };

export function startText(locale: Locale): StartText {
  return START[locale];
}
