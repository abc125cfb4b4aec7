import type { Locale, LocalizedText } from '../course/schema/index.ts';

/**
 * A learner-facing name for a tracking sheet in every language of the course (issue 13): the
 * administrator sees what the learner saw, whichever language they chose. Bokmål alone when
 * the course has only bokmål, so a one-language sheet reads as before.
 */
export function inAllLanguages(text: LocalizedText, languages: readonly Locale[]): string {
  const shown = languages.filter((l) => text[l] !== undefined);
  if (shown.length <= 1) return text.nb;
  return shown.map((l) => `${text[l] ?? ''} (${l})`).join(' / ');
}
