import type { Locale } from '../../../course/schema/index.ts';

/**
 * The learner's language if the course has it, else bokmål. LMSs send many forms:
 * "nb", "nb-NO", "nb_NO", "no", "nob", "nn-NO", "nno", "en-GB" (SCORM 2004 cmi.learner_preference.language,
 * SCORM 1.2 cmi.student_preference.language, cmi5 languagePreference).
 */
export function chooseLocale(preferred: string | null, available: readonly Locale[]): Locale {
  for (const tag of (preferred ?? '').split(',')) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    const locale = base === 'no' || base === 'nob' ? 'nb' : base === 'nno' ? 'nn' : base === 'eng' ? 'en' : base;
    const hit = available.find((l) => l === locale);
    if (hit) return hit;
  }
  return 'nb';
}
