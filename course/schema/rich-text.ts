import { z } from 'zod';

/**
 * A small, safe markup for explanations. Authors write plain text with:
 *   blank line      → new paragraph
 *   "## " / "### "  → sub-heading (the page title is the only h1)
 *   "- item"        → bulleted list;  "1. item" → numbered list
 *   **strong**, *emphasis*, [link text](https://…)
 *   {nb|ord}       → words in another language than the text around them, e.g. a Norwegian
 *                    job title in the English text (WCAG 2.1 SC 3.1.2 Language of Parts)
 * It is parsed at build time into the tree below; the player renders the tree with
 * components, so raw HTML can never reach the page (a "<" is just a character).
 */
export type Inline = string | { t: 'em' | 'strong'; c: Inline[] } | { t: 'a'; href: string; c: Inline[] } | { t: 'lang'; lang: string; c: Inline[] };

/** A BCP 47 language tag as `lang` takes it: a primary language and optional subtags (nb, se, en-GB). */
const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const inlineSchema: z.ZodType<Inline> = z.lazy(() =>
  z.union([
    z.string(),
    z.object({ t: z.enum(['em', 'strong']), c: z.array(inlineSchema) }),
    z.object({ t: z.literal('a'), href: z.string(), c: z.array(inlineSchema) }),
    z.object({ t: z.literal('lang'), lang: z.string().regex(LANG_TAG), c: z.array(inlineSchema) }),
  ]),
);

export const richBlockSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('p'), c: z.array(inlineSchema) }),
  z.object({ t: z.literal('h'), level: z.union([z.literal(2), z.literal(3)]), c: z.array(inlineSchema) }),
  z.object({ t: z.enum(['ul', 'ol']), items: z.array(z.array(inlineSchema)) }),
]);
export type RichBlock = z.infer<typeof richBlockSchema>;
export type RichDoc = RichBlock[];

export class MarkupError extends Error {}

/** Links may go to https pages, mail addresses, or files inside the package. Never scripts. */
const SAFE_HREF = /^(https:\/\/[^\s]+|mailto:[^\s]+|(?!\w+:)[\w./#-]+)$/;

export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let buf = '';
  let i = 0;
  const flush = () => {
    if (buf) out.push(buf);
    buf = '';
  };
  while (i < src.length) {
    const rest = src.slice(i);
    if (rest.startsWith('**')) {
      const end = src.indexOf('**', i + 2);
      if (end < 0) throw new MarkupError(`unclosed "**" in «${src.slice(i, i + 30)}»`);
      flush();
      out.push({ t: 'strong', c: parseInline(src.slice(i + 2, end)) });
      i = end + 2;
    } else if (rest.startsWith('*')) {
      const end = src.indexOf('*', i + 1);
      if (end < 0) throw new MarkupError(`unclosed "*" in «${src.slice(i, i + 30)}»`);
      flush();
      out.push({ t: 'em', c: parseInline(src.slice(i + 1, end)) });
      i = end + 1;
    } else if (/^\{[a-z]{2,3}[-A-Za-z0-9]*\|/.test(rest)) {
      const bar = rest.indexOf('|');
      const end = src.indexOf('}', i);
      const lang = rest.slice(1, bar);
      if (end < 0) throw new MarkupError(`unclosed "{${lang}|" in «${src.slice(i, i + 30)}»: write {${lang}|words}`);
      if (!LANG_TAG.test(lang)) throw new MarkupError(`"${lang}" is not a language tag (nb, nn, en, se, en-GB …) in «${src.slice(i, i + 30)}»`);
      flush();
      out.push({ t: 'lang', lang, c: parseInline(src.slice(i + bar + 1, end)) });
      i = end + 1;
    } else if (rest.startsWith('[')) {
      const m = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
      if (!m || !m[1] || !m[2]) throw new MarkupError(`a link must look like [text](https://…), found «${rest.slice(0, 40)}»`);
      if (!SAFE_HREF.test(m[2])) throw new MarkupError(`link address must be https:, mailto: or a relative file, found «${m[2]}»`);
      flush();
      out.push({ t: 'a', href: m[2], c: parseInline(m[1]) });
      i += m[0].length;
    } else {
      buf += src.charAt(i);
      i += 1;
    }
  }
  flush();
  return out;
}

export function parseRichText(src: string): RichDoc {
  const doc: RichDoc = [];
  for (const chunk of src.trim().split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    const first = lines[0];
    if (!first) continue;
    const heading = /^(#{2,3}) (.+)$/.exec(first);
    if (heading?.[1] && heading[2] && lines.length === 1) {
      doc.push({ t: 'h', level: heading[1].length === 2 ? 2 : 3, c: parseInline(heading[2]) });
    } else if (lines.every((l) => /^- /.test(l))) {
      doc.push({ t: 'ul', items: lines.map((l) => parseInline(l.slice(2))) });
    } else if (lines.every((l) => /^\d+\. /.test(l))) {
      doc.push({ t: 'ol', items: lines.map((l) => parseInline(l.replace(/^\d+\. /, ''))) });
    } else if (lines.some((l) => /^(- |\d+\. |#{1,6} )/.test(l))) {
      throw new MarkupError(`a list or heading must stand alone, separated by a blank line: «${first.slice(0, 40)}»`);
    } else {
      doc.push({ t: 'p', c: parseInline(lines.join(' ')) });
    }
  }
  return doc;
}
