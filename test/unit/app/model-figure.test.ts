import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../course/schema/index.ts';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import { CENTRE_CHARS, NODE_CHARS, wrapWords } from '../../../src/app/blocks/model-figure.tsx';

describe('model figure labels (SVG text does not wrap by itself)', () => {
  it('wraps greedily at the given width, keeping a longer word whole', () => {
    expect(wrapWords('God ledelse i staten – løser samfunnsoppdraget', 16)).toEqual(['God ledelse i', 'staten – løser', 'samfunnsoppdraget']);
    expect(wrapWords('  Se   helheten ', 12)).toEqual(['Se helheten']);
    expect(wrapWords('', 12)).toEqual([]);
  });

  it('fits every language of the real course: the goal in at most 8 lines, each expectation in at most 3', async () => {
    const course = await loadValidCourse(process.cwd());
    const figures = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'model-figure' ? [b] : []))));
    expect(figures.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      for (const f of figures) {
        const centre = f.centre[locale];
        if (centre !== undefined) expect(wrapWords(centre, CENTRE_CHARS).length, `${locale}: ${centre}`).toBeLessThanOrEqual(8);
      }
      for (const o of course.meta.objectives) {
        const title = o.title[locale];
        if (title !== undefined) expect(wrapWords(title, NODE_CHARS).length, `${locale}: ${title}`).toBeLessThanOrEqual(3);
      }
    }
  }, 60_000);
});
