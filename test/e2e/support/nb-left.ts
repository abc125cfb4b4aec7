import type { Course, Locale } from '../../../course/schema/index.ts';
import { uiText } from '../../../src/app/i18n/ui-text.ts';

/** White space of any kind (JS \s: no-break spaces too) as one plain space. */
const oneSpace = (s: string) => s.replace(/\s+/g, ' ');

/** Every string leaf of a value (rich-text trees flattened to their text pieces). */
function leaves(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 't' && k !== 'href') leaves(v, out);
  return out;
}

const isLocalized = (v: object): v is Record<string, unknown> & { nb: unknown } => 'nb' in v && Object.keys(v).every((k) => k === 'nb' || k === 'nn' || k === 'en');

/** The course's localised values, walked from the data the player renders. */
function localizedValues(value: unknown, out: (Record<string, unknown> & { nb: unknown })[] = []) {
  if (Array.isArray(value)) value.forEach((v) => localizedValues(v, out));
  else if (value && typeof value === 'object') {
    if (isLocalized(value)) out.push(value);
    else {
      // A quotation whose original is in another language (`lang: 'nn'`) holds that original in its nb slot: not bokmål.
      const foreign = (value as { kind?: unknown; lang?: unknown }).kind === 'quote' && typeof (value as { lang?: unknown }).lang === 'string' && (value as { lang: string }).lang !== 'nb';
      Object.entries(value).forEach(([k, v]) => (foreign && k === 'text' ? undefined : localizedValues(v, out)));
    }
  }
  return out;
}

/** The UI words of a language, functions called with sample arguments so their fixed words count too. */
function uiWords(locale: Locale): string[] {
  const sample = (fn: (...args: never[]) => unknown): unknown => {
    try {
      return (fn as (...a: unknown[]) => unknown)(3, 5, 80);
    } catch {
      return null; // a function that needs other arguments: its words are not sampled
    }
  };
  const all = (value: unknown): string[] => (typeof value === 'string' ? [value] : typeof value === 'function' ? all(sample(value as (...args: never[]) => unknown)) : value && typeof value === 'object' ? Object.values(value).flatMap(all) : []);
  return [...all(uiText(locale))];
}

/**
 * Bokmål texts that must not be seen in a `locale` view: the course's and the player's bokmål
 * that differ from the translation. A bokmål piece that also occurs in some `locale` text is
 * not a leftover (a name, the document's title kept in Norwegian inside an English sentence).
 * Pieces shorter than `min` characters are left out: single words are shared by the languages.
 */
export function bokmalCandidates(course: Course, locale: Locale, min = 12): string[] {
  const values = localizedValues(course);
  // Both sides with their white space as one plain space (a no-break space in «80 %» included), as the screen text is.
  const theirs = [...values.flatMap((v) => leaves(v[locale])), ...uiWords(locale)].map(oneSpace).join('\n');
  const ours = [...values.filter((v) => v[locale] !== undefined).flatMap((v) => leaves(v.nb)), ...uiWords('nb')];
  return [...new Set(ours.map((s) => oneSpace(s).trim()))].filter((s) => s.length >= min && !theirs.includes(s));
}

/** The pieces of `candidates` found in the text of a screen. */
export function leftovers(screenText: string, candidates: readonly string[]): string[] {
  const text = oneSpace(screenText);
  return candidates.filter((c) => text.includes(c));
}

/**
 * Runs in the page: the text of the screen a learner (or a screen reader) gets, apart from
 * elements marked lang="nb" (the quotations' originals, the document's title). Text nodes
 * and the attributes that are read out (aria-label, title, alt, placeholder).
 */
export function screenTextInPage(): string {
  const inNb = (el: Element | null) => {
    const marked = el?.closest('[lang]');
    return !!marked && marked !== document.documentElement && /^nb\b/i.test(marked.getAttribute('lang') ?? '');
  };
  const parts: string[] = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style') || inNb(parent)) continue;
    parts.push(node.textContent ?? '');
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    if (inNb(el)) continue;
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = el.getAttribute(name);
      if (value) parts.push(value);
    }
  }
  return parts.join('\n');
}
