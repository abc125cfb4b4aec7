import { z } from 'zod';

import { LOCALES, type Locale } from './locales.ts';

/** Languages the content model carries (locales.ts). bokmål is required; nynorsk and English may follow. */
export { LOCALES, type Locale };
export const localeSchema = z.enum(LOCALES);

const nbString = z.string({
  error: (issue) => (issue.input === undefined ? 'a bokmål (nb) text (missing nb string)' : 'a text'),
});

/**
 * Every string a learner sees. Authors may write a plain string (bokmål) or a map
 * `{ nb, nn?, en? }`; both become the map, so adding nynorsk later changes no structure.
 */
const textMapSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { nb: value } : value),
  z
    .object(
      {
        nb: nbString.trim().min(1, { error: 'a non-empty bokmål (nb) text' }),
        nn: z.string().trim().min(1).optional(),
        en: z.string().trim().min(1).optional(),
      },
      { error: 'a text, or an object { nb, nn?, en? }' },
    )
    .strict(),
);

/** `{nb|…}` (rich-text.ts) in a plain text would reach the learner as it is written. */
const LANGUAGE_MARKUP = /\{[a-z]{2,3}[-A-Za-z0-9]*\|/;

export const localizedTextSchema = textMapSchema.superRefine((text, ctx) => {
  for (const locale of LOCALES) {
    const src = text[locale];
    if (src !== undefined && LANGUAGE_MARKUP.test(src)) ctx.addIssue({ code: 'custom', message: 'a plain text: {nb|…} marks a language only in rich text (explanations, intros, scenario texts); write the words without it', input: src, path: [locale] });
  }
});

export type LocalizedText = z.output<typeof localizedTextSchema>;

import { MarkupError, parseRichText, type RichDoc } from './rich-text.ts';

/** Rich text (see rich-text.ts): localisable like plain text, parsed into a safe tree at build time. */
export const localizedRichTextSchema = textMapSchema.transform((text, ctx) => {
  const out: Partial<Record<Locale, RichDoc>> = {};
  for (const locale of LOCALES) {
    const src = text[locale];
    if (src === undefined) continue;
    try {
      out[locale] = parseRichText(src);
    } catch (error) {
      if (!(error instanceof MarkupError)) throw error;
      ctx.issues.push({ code: 'custom', message: `valid markup (${error.message})`, input: src, path: [locale] });
    }
  }
  return out as { nb: RichDoc } & Partial<Record<Locale, RichDoc>>;
});
export type LocalizedRichText = z.output<typeof localizedRichTextSchema>;
