import type { AuthoredMeta } from './course.ts';
import type { Lesson } from './lesson.ts';
import { formatPath, type Problem } from './problem.ts';
import { LOCALES, type Locale } from './text.ts';

const NAMES: Record<Locale, string> = { nb: 'bokmål', nn: 'nynorsk', en: 'English' };

/**
 * A localised text after parsing: an object whose keys are only locales, bokmål among them
 * (text.ts turns a plain string into `{ nb }`). Rich text has the same shape with parsed trees.
 */
function isLocalized(value: object): value is Partial<Record<Locale, unknown>> & { nb: unknown } {
  const keys = Object.keys(value);
  return keys.includes('nb') && keys.every((k) => (LOCALES as readonly string[]).includes(k));
}

/**
 * Every localised text under `value` that lacks one of `languages`, with its field path. One
 * generic walk over the parsed content, so a new block kind or field is covered without
 * listing it here (the schema decides what is a text; this only asks whether it is complete).
 */
function missing(value: unknown, languages: readonly Locale[], path: PropertyKey[], out: { path: PropertyKey[]; locale: Locale }[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => missing(item, languages, [...path, i], out));
    return;
  }
  if (!value || typeof value !== 'object') return;
  if (isLocalized(value)) {
    for (const locale of languages) if (value[locale] === undefined) out.push({ path, locale });
    return;
  }
  for (const [key, child] of Object.entries(value)) missing(child, languages, [...path, key], out);
}

/**
 * `languages` in course.ts is the one switch: listing nn or en there makes every learner-facing
 * text of the course (metadata and every lesson) required in that language.
 */
export function checkLanguages(meta: AuthoredMeta, lessons: readonly Lesson[], fileOf: (lesson: Lesson) => string, metaFile: string): Problem[] {
  const languages = meta.languages.filter((l) => l !== 'nb');
  if (languages.length === 0) return [];
  const listed = meta.languages.join(', ');
  const problem = (file: string, lesson: string) => (found: { path: PropertyKey[]; locale: Locale }): Problem => ({
    code: 'CONTENT_TRANSLATION',
    file,
    lesson,
    path: formatPath([...found.path, found.locale]),
    expected: `${found.locale === 'en' ? 'an' : 'a'} ${NAMES[found.locale]} (${found.locale}) text, since course.ts lists languages ${listed}`,
    found: 'nothing',
  });
  const problems: Problem[] = [];
  const inMeta: { path: PropertyKey[]; locale: Locale }[] = [];
  missing(meta, languages, [], inMeta);
  problems.push(...inMeta.map(problem(metaFile, 'course')));
  for (const lesson of lessons) {
    const found: { path: PropertyKey[]; locale: Locale }[] = [];
    // `id`, `objective` and computed `minutes` are not texts; the walk skips them by shape.
    missing(lesson, languages, [], found);
    problems.push(...found.map(problem(fileOf(lesson), lesson.id)));
  }
  return problems;
}
