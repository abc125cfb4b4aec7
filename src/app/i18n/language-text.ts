import type { Locale } from '../../../course/schema/index.ts';

/**
 * The player's words for choosing the language and for marking translations (issue 13). Kept
 * apart from ui-text.ts so the UI-string translation and this code could be written at the
 * same time; each value is complete in all three languages, so none can fall back to bokmål.
 */
export interface LanguageText {
  /** Visible label of the language switch. */
  language: string;
  /** Accessible name of the switch's button, with the language in use. */
  languageButton: (current: string) => string;
  /** Marks a quotation's or the document's points' translation (the document exists in bokmål only). */
  courseTranslation: string;
  /** Marks a quotation's original (in `lang`, bokmål for all but one) beside its translation. */
  original: (lang: Locale) => string;
  /** After a link that opens in a new tab (WCAG 3.2.5). */
  opensInNewTab: string;
}

const texts: Record<Locale, LanguageText> = {
  nb: {
    language: 'Språk',
    languageButton: (current) => `Språk: ${current}`,
    courseTranslation: 'Kursets oversettelse',
    original: (lang) => (lang === 'nn' ? 'Originalen på nynorsk' : lang === 'en' ? 'Originalen på engelsk' : 'Originalen'),
    opensInNewTab: '(åpnes i ny fane)',
  },
  nn: {
    language: 'Språk',
    languageButton: (current) => `Språk: ${current}`,
    courseTranslation: 'Kurset si omsetjing',
    original: (lang) => (lang === 'nb' ? 'Originalen på bokmål' : lang === 'en' ? 'Originalen på engelsk' : 'Originalen'),
    opensInNewTab: '(blir opna i ny fane)',
  },
  en: {
    language: 'Language',
    languageButton: (current) => `Language: ${current}`,
    courseTranslation: "The course's translation",
    original: (lang) => (lang === 'nb' ? 'Original in Norwegian (Bokmål)' : lang === 'nn' ? 'Original in Norwegian (Nynorsk)' : 'Original'),
    opensInNewTab: '(opens in a new tab)',
  },
};

export function languageText(locale: Locale): LanguageText {
  return texts[locale];
}

/** Each language's name in that language: the switch shows them so, each with its own lang attribute. */
export const LANGUAGE_NAMES: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
