import type { Locale } from '../../../course/schema/index.ts';

/**
 * The first of a comma-separated list of language tags that the course has, or null. LMSs send
 * many forms: "nb", "nb-NO", "nb_NO", "no", "nob", "nn-NO", "nno", "en-GB" (SCORM 2004
 * cmi.learner_preference.language, SCORM 1.2 cmi.student_preference.language, cmi5
 * languagePreference, a list most preferred first, cmi5 §11.1).
 */
export function matchLocale(preferred: string | null, available: readonly Locale[]): Locale | null {
  for (const tag of (preferred ?? '').split(',')) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    const locale = base === 'no' || base === 'nob' ? 'nb' : base === 'nno' ? 'nn' : base === 'eng' ? 'en' : base;
    const hit = available.find((l) => l === locale);
    if (hit) return hit;
  }
  return null;
}

/** The learner's language if the course has it, else bokmål. */
export function chooseLocale(preferred: string | null, available: readonly Locale[]): Locale {
  return matchLocale(preferred, available) ?? 'nb';
}

export interface LocaleSources {
  /** The language the learner chose with the switch earlier, from the saved state (serialize.ts "P"). */
  chosen: Locale | null;
  /** The LMS's or launch's preference: SCORM learner/student preference, cmi5 languagePreference, Tin Can `lang`, web `?lang=`. */
  launch: string | null;
  /** navigator.languages, most preferred first. */
  browser: readonly string[];
}

/**
 * Order (issue 13): the learner's own earlier choice in this course, then the LMS's preference,
 * then the browser's, then bokmål. The learner's switch comes first because it is the most
 * specific thing they told us, and on SCORM it is written back to the preference element, so
 * the LMS agrees; an LMS preference still decides every first launch.
 */
export function initialLocale(sources: LocaleSources, available: readonly Locale[]): Locale {
  if (sources.chosen && available.includes(sources.chosen)) return sources.chosen;
  return matchLocale(sources.launch, available) ?? matchLocale(sources.browser.join(','), available) ?? 'nb';
}

/** The web version's and Tin Can's `lang` launch parameter (also how screenshots ask for a language). */
export function langParameter(search: string | undefined): string | null {
  const value = new URLSearchParams(search ?? '').get('lang');
  return value && /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$/.test(value) ? value : null;
}

/** navigator.languages without ever throwing (old browsers, test windows). */
export function browserLanguages(win: Window): readonly string[] {
  // Test windows and old browsers may lack either (hence the widened types).
  const nav = win.navigator as Navigator | undefined;
  const list = nav?.languages;
  const one = nav?.language;
  return list?.length ? list : one ? [one] : [];
}
