import { describe, expect, it } from 'vitest';
import { MarkupError, parseInline, parseRichText } from '../../../course/schema/rich-text.ts';
import { localizedRichTextSchema, localizedTextSchema } from '../../../course/schema/text.ts';

describe('rich text markup', () => {
  it('parses paragraphs, headings, lists, emphasis and links', () => {
    expect(parseRichText('## Tittel\n\nEn **sterk** og *myk* tekst\nover to linjer.\n\n- a\n- [b](https://x.no)\n\n1. en\n2. to')).toEqual([
      { t: 'h', level: 2, c: ['Tittel'] },
      { t: 'p', c: ['En ', { t: 'strong', c: ['sterk'] }, ' og ', { t: 'em', c: ['myk'] }, ' tekst over to linjer.'] },
      { t: 'ul', items: [['a'], [{ t: 'a', href: 'https://x.no', c: ['b'] }]] },
      { t: 'ol', items: [['en'], ['to']] },
    ]);
  });

  it('treats HTML as plain text', () => {
    expect(parseRichText('<script>alert(1)</script>')).toEqual([{ t: 'p', c: ['<script>alert(1)</script>'] }]);
  });

  it('marks words in another language (WCAG 3.1.2) and leaves other braces as text', () => {
    expect(parseInline('a director (*{nb|avdelingsdirektør}*) and {se|sámi} {x} {}')).toEqual([
      'a director (',
      { t: 'em', c: [{ t: 'lang', lang: 'nb', c: ['avdelingsdirektør'] }] },
      ') and ',
      { t: 'lang', lang: 'se', c: ['sámi'] },
      ' {x} {}',
    ]);
  });

  it('refuses language markup in a plain text, where the learner would see it as written, naming the language', () => {
    const text = { nb: 'Avdelingsdirektøren', en: 'The director ({nb|avdelingsdirektør})' };
    const plain = localizedTextSchema.safeParse(text);
    expect(plain.success).toBe(false);
    expect(plain.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['en', expect.stringContaining('{nb|…} marks a language only in rich text')]]);
    expect(localizedRichTextSchema.parse(text).en).toEqual([{ t: 'p', c: ['The director (', { t: 'lang', lang: 'nb', c: ['avdelingsdirektør'] }, ')'] }]);
  });

  it.each([
    ['{nb|unclosed', 'unclosed "{nb|"'],
    ['{nb-|ord}', '"nb-" is not a language tag'],
    ['**unclosed', 'unclosed "**"'],
    ['*unclosed', 'unclosed "*"'],
    ['[x](javascript:alert(1))', 'link address must be https:'],
    ['[x]', 'a link must look like'],
  ])('rejects %s', (src, message) => {
    expect(() => parseInline(src)).toThrow(MarkupError);
    expect(() => parseInline(src)).toThrow(message);
  });

  it('rejects a list glued to a paragraph', () => {
    expect(() => parseRichText('Tekst\n- punkt')).toThrow('must stand alone');
  });
});
