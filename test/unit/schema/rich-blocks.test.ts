/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- the fixtures are changed on purpose through untyped access */
import { describe, expect, it } from 'vitest';
import { lessonDuration, type Lesson } from '../../../course/schema/index.ts';
import { formatProblem } from '../../../course/schema/problem.ts';
import { validateCourse } from '../../../course/schema/validate.ts';
import { sampleLessons, sampleMeta, sources } from '../../fixtures/sample-course.ts';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures are mutated freely

function validate(mutate: (meta: Mutable, lessons: Mutable[]) => void) {
  const meta = sampleMeta() as Mutable;
  const lessons = sampleLessons() as Mutable[];
  mutate(meta, lessons);
  return validateCourse(sources(meta, lessons));
}
/** Schema problems only: a lesson that fails its schema is left out, so references into it fail too (not what these tests are about). */
const problemsOf = (mutate: (meta: Mutable, lessons: Mutable[]) => void) => {
  const result = validate(mutate);
  return result.ok ? [] : result.problems.map(formatProblem).filter((p) => p.endsWith('[CONTENT_SCHEMA]'));
};
const addBlock = (lessons: Mutable[], block: unknown): void => {
  (lessons[0] as Mutable).pages[0].blocks.push(block);
};

const ALT = { nb: 'Tre ledere', nn: 'Tre leiarar', en: 'Three leaders' };

describe('illustration references (course/schema/illustration.ts)', () => {
  it('accepts a picture with alt text, or one marked decorative', () => {
    expect(problemsOf((meta, lessons) => {
      meta.cover = { src: 'cover-course.svg', alt: ALT };
      (lessons[0] as Mutable).cover = { src: 'cover-course.svg', decorative: true };
    })).toEqual([]);
  });

  it.each([
    ['no alt and not decorative', { src: 'a.svg' }],
    ['both alt and decorative', { src: 'a.svg', alt: ALT, decorative: true }],
  ])('refuses a picture with %s, naming file, lesson and field', (_what, cover) => {
    expect(problemsOf((_m, lessons) => { (lessons[1] as Mutable).cover = cover; })).toEqual([
      'course/lessons/01-test.ts → lesson-a → cover.alt: expected either alt: { nb, nn, en } (what the picture shows) or decorative: true, not both and not neither, found an object with keys ' +
        Object.keys(cover).join(', ') + ' [CONTENT_SCHEMA]',
    ]);
  });

  it('refuses a file name that could leave the illustrations folder', () => {
    const problems = problemsOf((_m, lessons) => { (lessons[1] as Mutable).cover = { src: '../secret.svg', decorative: true }; });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('lesson-a → cover.src: expected an SVG file name in course/illustrations/');
  });

  it('takes a scenario picture and a per-situation picture', () => {
    expect(problemsOf((_m, lessons) => {
      const scenario = (lessons[1] as Mutable).pages[2].blocks[0].scenario as Mutable;
      scenario.illustration = { src: 'scene-meeting.svg', alt: ALT };
      scenario.nodes[1].illustration = { src: 'scene-desk.svg', decorative: true };
    })).toEqual([]);
  });
});

describe('richer block kinds', () => {
  const titled = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Tittel ${i}`, body: `Tekst nummer ${i}` }));

  it('accepts accordion, reveal cards, steps and the model figure', () => {
    expect(problemsOf((_m, lessons) => {
      addBlock(lessons, { kind: 'accordion', title: 'Les mer', items: titled(2) });
      addBlock(lessons, { kind: 'cards', title: 'Kort', cards: [...titled(2), { title: 'Med bilde', body: 'x', illustration: { src: 'cover-course.svg', alt: ALT } }] });
      addBlock(lessons, { kind: 'steps', intro: 'Tre steg:', steps: titled(3) });
      addBlock(lessons, { kind: 'model-figure', centre: 'Målet', caption: 'I midten står **målet**.' });
    })).toEqual([]);
  });

  it.each([
    ['cards with one card', { kind: 'cards', title: 'Kort', cards: titled(1) }, 'pages[0].blocks[3].cards: expected at least 2 cards, found 1 items'],
    ['steps with one step', { kind: 'steps', steps: titled(1) }, 'pages[0].blocks[3].steps: expected at least 2 steps, found 1 items'],
    ['an accordion with no sections', { kind: 'accordion', items: [] }, 'pages[0].blocks[3].items: expected at least 1 section, found 0 items'],
    ['a model figure without caption', { kind: 'model-figure', centre: 'Målet' }, 'pages[0].blocks[3].caption: expected a text, or an object { nb, nn?, en? }, found nothing'],
  ])('refuses %s with a located message', (_what, block, expected) => {
    const problems = problemsOf((_m, lessons) => { addBlock(lessons, block); });
    expect(problems).toEqual([`course/lessons/00-test.ts → intro → ${expected} [CONTENT_SCHEMA]`]);
  });

  it('counts the bokmål words of every section, card and step (closed ones too) and the figure caption', () => {
    const result = validate((_m, lessons) => {
      (lessons[0] as Mutable).pages.push({ id: 'p-x', title: 'En', blocks: [
        { kind: 'accordion', title: 'To ord', items: [{ title: 'tre', body: 'fire fem' }] },
        { kind: 'cards', title: 'seks', cards: [{ title: 'sju', body: 'åtte' }, { title: 'ni', body: 'ti' }] },
        { kind: 'steps', title: 'elleve', intro: 'tolv', steps: [{ title: 'tretten', body: 'fjorten' }, { title: 'femten', body: 'seksten **sytten**' }] },
        { kind: 'model-figure', centre: 'ikke telt her', caption: 'atten nitten' },
      ] });
    });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const intro = result.course.lessons[0] as Lesson;
    const before = lessonDuration({ ...intro, pages: intro.pages.slice(0, -1) }).words;
    expect(lessonDuration(intro).words - before).toBe(1 + 19); // the page title, then «To ord» … «nitten»
  });
});
