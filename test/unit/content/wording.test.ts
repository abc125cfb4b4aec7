import { describe, it, expect } from 'vitest';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import type { Block, Course, Inline, RichBlock } from '../../../course/schema/index.ts';

/**
 * Issue 10: attributions as the document makes them, and the wording fixes the editor asked for.
 * Quotations are checked verbatim in course-content.test.ts; here: who they are credited to, and
 * the words the rest of the course must (not) use.
 */

const course: Course = await loadValidCourse(process.cwd());
const blocks: Block[] = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks));

const inlineText = (inline: Inline): string => (typeof inline === 'string' ? inline : inline.c.map(inlineText).join(''));
function richText(block: RichBlock): string {
  switch (block.t) {
    case 'p':
    case 'h':
      return block.c.map(inlineText).join('');
    case 'ul':
    case 'ol':
      return block.items.map((item) => item.map(inlineText).join('')).join('\n');
  }
}
/** Keys whose values are identifiers or codes, not words a learner reads. */
const NOT_TEXT = new Set(['id', 'next', 'start', 'kind', 'objective', 'rating', 'outcome', 'lang', 'reflections', 'src', 'svg']);
const isRich = (v: unknown): v is RichBlock[] => Array.isArray(v) && v.every((b) => b !== null && typeof b === 'object' && 't' in b);
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (isRich(value)) out.push(...value.map(richText));
  else if (Array.isArray(value)) value.forEach((v) => texts(v, out));
  // The wording rules are bokmål rules: of a localised text only nb is checked (nynorsk says «fram»).
  else if (value && typeof value === 'object' && 'nb' in value) texts(value.nb, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!NOT_TEXT.has(k)) texts(v, out);
  return out;
}

/** Everything a learner reads except quotations (quoted words stay as the source wrote them). */
const ownText = texts(course.lessons.map((l) => ({ ...l, pages: l.pages.map((p) => ({ ...p, blocks: p.blocks.filter((b) => b.kind !== 'quote') })) })))
  .join('\n')
  // The document's own point keeps its verb: «Frem forsvarlig bruk og deling av data».
  .replaceAll(/Frem forsvarlig bruk og deling av data/gi, '');
const quotes = blocks.flatMap((b) => (b.kind === 'quote' ? [b] : []));
const creditOf = (start: string) => quotes.find((q) => q.text.nb.startsWith(start))?.by.nb;

describe('attributions', () => {
  it('credits «Ledere må ha ambisjoner…» to the input round, not to one leader (the document names no speaker)', () => {
    const by = creditOf('Ledere må ha ambisjoner');
    expect(by).toBeDefined();
    expect(by).not.toMatch(/^en (av )?leder/i);
    expect(by).toMatch(/innspillsrunden/i);
  });

  it('credits the two quotations the document gives to «en av lederne» to one of the leaders', () => {
    expect(creditOf('Som leder bør du bruke 50 %')).toBe('En av lederne i innspillsrunden');
    expect(creditOf('Altfor få ledere')).toBe('En av lederne i innspillsrunden');
  });

  it('does not put words in the document\'s mouth that it does not say', () => {
    expect(ownText).not.toMatch(/også i det daglige/);
    expect(ownText).not.toMatch(/kutt i tildelingsbrevet/i);
  });
});

describe('wording', () => {
  it('calls the scenarios «øvelse», never «case»', () => {
    expect(ownText).not.toMatch(/\bcase\b/i);
  });

  it('uses «frem», not «fram», outside quotations', () => {
    expect(ownText).not.toMatch(/\bfram(over|tid|me|legg|heve)?[a-zæøå]*\b/i);
  });

  it('writes «risiko- og sårbarhetsvurderinger» with its hyphen', () => {
    expect(ownText).not.toMatch(/risiko og sårbarhetsvurdering/);
  });

  it('does not make the generic leader a «hun»', () => {
    expect(ownText).not.toMatch(/lederen [^.]*\bhun\b/i);
    expect(ownText).not.toMatch(/hva hun lærte/);
  });
});
