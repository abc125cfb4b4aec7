import type { Locale } from '../../course/schema/locales.ts';
import { catalogue } from './catalogue.ts';
import { enErrors } from './learner-messages-en.ts';
import { errorMessage, type LearnerErrorName, type Message } from './learner-messages.ts';
import { nnErrors } from './learner-messages-nn.ts';

/** SCRIPT_BLOCKED in nynorsk and English: only ever in index.html (packaging/vite/boot-message.ts), written at build time. */
const scriptBlocked: Record<Exclude<Locale, 'nb'>, Message> = {
  nn: { what: 'Kurset har ikkje starta: nettlesaren fekk ikkje køyre programmet til kurset.', todo: 'Last inn sida på nytt. Hjelper ikkje det, sei frå til den som administrerer læringsplattforma: tryggleiksregelen (Content-Security-Policy) må tillate filene til kurset. Sporingsarket til kurset viser regelen kurset treng.' },
  en: { what: 'The course has not started: the browser was not allowed to run the course’s program.', todo: 'Reload the page. If that does not help, tell the person who runs the learning platform: the security rule (Content-Security-Policy) must allow the course’s own files. The course’s tracking sheet shows the rule the course needs.' },
};

const packs = { nn: nnErrors, en: enErrors } as const;

/**
 * The same message in every language, bokmål first: for index.html, which shows it before any
 * script (or none) can choose, and for Node tools and tests. Build time only: never imported
 * by the player, whose nynorsk and English come with the language packs.
 */
export function errorMessageAll(name: LearnerErrorName): { locale: Locale; message: Message }[] {
  const { what, todo } = catalogue[name];
  const other = (locale: Exclude<Locale, 'nb'>): Message => {
    if (name === 'SCRIPT_BLOCKED') return scriptBlocked[locale];
    if (name === 'LAUNCH_INVALID' || name === 'POLICY_BLOCKED') return errorMessage(name, locale);
    return packs[locale][name];
  };
  return [
    { locale: 'nb', message: { what, todo } },
    { locale: 'nn', message: other('nn') },
    { locale: 'en', message: other('en') },
  ];
}
