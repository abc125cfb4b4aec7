import type { Locale } from '../../../course/schema/locales.ts';
import type { Message, PackErrorName } from '../../errors/learner-messages.ts';
import type { PackText } from './ui-text.ts';

/**
 * All the player's words in one language but those of the start page (start-text.ts): each
 * language, bokmål too, ships as a small classic script of its own
 * (packaging/vite/language-packs.ts), fetched once the start page is painted, beside the
 * lessons; another language's pack only when the learner switches to it. So every learner
 * downloads the app and the words of one language (issue 12: app JS+CSS ≤ 40 KB gzip).
 * The parts are typed by their bokmål originals: a key missing in a pack is a compile error.
 */
export interface LanguagePack {
  ui: PackText;
  /** The learner messages only the running app shows, in nynorsk and English (bokmål is the catalogue's own text). */
  errors?: Record<PackErrorName, Message>;
}

declare global {
  interface Window {
    /** Set by each language pack script (assets/lang-<locale>-<hash>.js) when it runs. */
    __COURSE_LANGUAGE_PACKS__?: Partial<Record<Locale, LanguagePack>>;
    /** The packs' file names, on the app script's first line (packaging/page-assets.ts). */
    __COURSE_PACK_URLS__?: Partial<Record<Locale, string>>;
  }
}

const packs: Partial<Record<Locale, LanguagePack>> = {};

export function registerPack(locale: Locale, pack: LanguagePack): void {
  packs[locale] = pack;
}

/** The pack of a language, if it is in. */
export function loadedPack(locale: Locale): LanguagePack | undefined {
  return packs[locale];
}

/** Whether the player can show all its words in `locale` right now. */
export function hasWords(locale: Locale): boolean {
  return packs[locale] !== undefined;
}
