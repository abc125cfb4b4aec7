import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../course/schema/problem.ts';
import { validateCourse } from '../../../course/schema/validate.ts';
import { sampleLessons, sampleMeta, sources } from '../../fixtures/sample-course.ts';
import { fillMissing } from '../../fixtures/translate-fixture.ts';

describe('language completeness (course.ts languages is the only switch)', () => {
  it('a bokmål-only course needs no other language', () => {
    expect(validateCourse(sources()).ok).toBe(true);
  });

  it('listing nn and en requires every text and rich text in them, named by file, lesson and field', () => {
    const meta = { ...sampleMeta(), languages: ['nb', 'nn', 'en'] as const };
    const result = validateCourse(sources({ ...meta, languages: [...meta.languages] }, sampleLessons()));
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toContain('course/course.ts → course → title.nn: expected a nynorsk (nn) text, since course.ts lists languages nb, nn, en, found nothing [CONTENT_TRANSLATION]');
    expect(lines).toContain('course/course.ts → course → objectives[1].description.en: expected an English (en) text, since course.ts lists languages nb, nn, en, found nothing [CONTENT_TRANSLATION]');
    // Rich text (a key point), a quote, an option's feedback, a scenario choice, a plan hint, a bank question.
    expect(lines).toContain('course/lessons/01-test.ts → lesson-a → pages[0].blocks[0].points[1].nn: expected a nynorsk (nn) text, since course.ts lists languages nb, nn, en, found nothing [CONTENT_TRANSLATION]');
    expect(lines).toContain('course/lessons/00-test.ts → intro → pages[0].blocks[1].text.en: expected an English (en) text, since course.ts lists languages nb, nn, en, found nothing [CONTENT_TRANSLATION]');
    expect(lines).toContain('course/lessons/01-test.ts → lesson-a → pages[1].blocks[0].question.options[2].feedback.nn: expected a nynorsk (nn) text, since course.ts lists languages nb, nn, en, found nothing [CONTENT_TRANSLATION]');
    expect(lines.some((l) => /→ lesson-a → pages\[2\]\.blocks\[0\]\.scenario\.nodes\[0\]\.choices\[0\]\.consequence\.en:/.test(l))).toBe(true);
    expect(lines.some((l) => /\.fields\.withWhom\.hint\.nn:/.test(l))).toBe(true);
    expect(lines.some((l) => /\.bank\[4\]\.options\[1\]\.text\.en:/.test(l))).toBe(true);
    // Ids, kinds and other non-texts are never asked for.
    expect(lines.some((l) => /\.(id|kind|correct|rating|next)\.(nn|en):/.test(l))).toBe(false);
  });

  it('a course complete in nb, nn and en passes; one missing text fails again', () => {
    const meta = { ...sampleMeta(), languages: ['nb', 'nn', 'en'] as ('nb' | 'nn' | 'en')[] };
    const lessons = sampleLessons();
    const first = validateCourse(sources(meta, lessons));
    fillMissing(meta, first.ok ? [] : first.problems.filter((p) => p.lesson === 'course'));
    lessons.forEach((lesson) => fillMissing(lesson, first.ok ? [] : first.problems.filter((p) => p.lesson === lesson.id)));
    const complete = validateCourse(sources(meta, lessons));
    expect(complete.ok ? [] : complete.problems.map(formatProblem)).toEqual([]);

    const broken = structuredClone(lessons);
    const page = broken[1]?.pages[0];
    if (page?.blocks[0]?.kind !== 'key-points') throw new Error('fixture changed');
    page.blocks[0].title = { nb: 'Punkter', nn: 'Punkt' };
    const again = validateCourse(sources(meta, broken));
    expect(again.ok ? [] : again.problems.map(formatProblem)).toEqual([
      'course/lessons/01-test.ts → lesson-a → pages[0].blocks[0].title.en: expected an English (en) text, since course.ts lists languages nb, nn, en, found nothing [CONTENT_TRANSLATION]',
    ]);
  });
});
