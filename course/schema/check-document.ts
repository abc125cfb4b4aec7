import type { Block } from './block.ts';
import type { Lesson } from './lesson.ts';
import type { Problem } from './problem.ts';
import type { Inline, RichDoc } from './rich-text.ts';
import type { SourceDocument } from './source-document.ts';

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const inlineText = (inline: Inline): string => (typeof inline === 'string' ? inline : inline.c.map(inlineText).join(''));
const richText = (doc: RichDoc): string =>
  doc.map((b) => ('items' in b ? b.items.map((item) => item.map(inlineText).join('')).join(' ') : b.c.map(inlineText).join(''))).join(' ');

/** The bokmål texts a block claims are the document's own, with their field paths. */
function quotedTexts(block: Block): { path: string; text: string }[] {
  switch (block.kind) {
    case 'key-points':
      return block.fromDocument ? block.points.map((p, i) => ({ path: `points[${i}].nb`, text: richText(p.nb) })) : [];
    case 'cards':
      return block.fromDocument ? block.cards.map((c, i) => ({ path: `cards[${i}].title.nb`, text: c.title.nb })) : [];
    case 'text':
    case 'quote':
    case 'reflection':
    case 'question':
    case 'scenario':
    case 'action-plan':
    case 'self-assessment':
    case 'assessment':
    case 'accordion':
    case 'steps':
    case 'model-figure':
      return [];
    default:
      return block satisfies never;
  }
}

/**
 * Texts marked `fromDocument` (the 18 points) must be the document's wording exactly, each a
 * point of the lesson's own expectation (any expectation in a lesson without one), and each
 * quoted at most once per lesson. The other languages are the course's translation and are
 * marked so in the player; only bokmål can be checked against the document.
 */
export function checkDocument(document: SourceDocument, documentFile: string, lessons: readonly Lesson[], fileOf: (l: Lesson) => string): Problem[] {
  const problems: Problem[] = [];
  const all = Object.values(document.points).flat();
  for (const lesson of lessons) {
    const own = lesson.objective ? document.points[lesson.objective] : undefined;
    const allowed = new Set((own ?? all).map(normalise));
    const under = lesson.objective && own ? `under "${lesson.objective}"` : 'of the document';
    const seen = new Map<string, string>();
    lesson.pages.forEach((page, p) => {
      page.blocks.forEach((block, b) => {
        for (const { path, text } of quotedTexts(block)) {
          const at = `pages[${p}].blocks[${b}].${path}`;
          const quoted = normalise(text);
          const problem = (expected: string, found: string) =>
            problems.push({ code: 'CONTENT_SOURCE_WORDING', file: fileOf(lesson), lesson: lesson.id, path: at, expected, found });
          if (!allowed.has(quoted)) problem(`a point ${under} word for word as in ${documentFile} (fromDocument)`, `"${quoted}"`);
          else if (seen.has(quoted)) problem('each point of the document once in the lesson', `"${quoted}" (also at ${seen.get(quoted) ?? '?'})`);
          else seen.set(quoted, at);
        }
      });
    });
  }
  return problems;
}
