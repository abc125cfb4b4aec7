import { describe, expect, it } from 'vitest';
import { countWords, lessonDuration, type LessonInput } from '../../../course/schema/index.ts';
import { validateCourse } from '../../../course/schema/validate.ts';
import { sampleCourse, sampleLessons, sampleMeta, sources } from '../../fixtures/sample-course.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');

function lesson(blocks: unknown[]): LessonInput {
  return { id: 'l', title: 'T', pages: [{ id: 'p', title: 'T', blocks }] } as LessonInput;
}
const minutesOf = (l: LessonInput) => {
  const result = validateCourse(sources(sampleMeta(), [l]));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.course.lessons[0]?.minutes;
};

describe('duration computed from content (course/schema/duration.ts)', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('Hei – du, «leder» i staten 2025.')).toBe(6);
  });

  it('reads 200 words a minute', () => {
    // 1 + 1999 words + 1 (page title) ≈ 2001 words ≈ 10 minutes.
    expect(minutesOf(lesson([{ kind: 'text', body: words(1999) }]))).toBe(10);
  });

  it('adds 30 s a question and 1 min a decision on the longest path, plus writing allowances', () => {
    const course = sampleCourse();
    const a = course.lessons.find((l) => l.id === 'lesson-a');
    if (!a) throw new Error('fixture');
    const d = lessonDuration(a);
    expect(d.questions).toBe(3);
    // sc-a: the longest path is n1 → c1 → n2 → end (2 decisions), not n1 → c2 → end (1).
    expect(d.decisions).toBe(2);
    expect(d.allowanceSeconds).toBe(120);
    expect(d.seconds).toBe(Math.round((d.words / 200) * 60 + 3 * 30 + 2 * 60 + 120));
    expect(a.minutes).toBe(Math.round(d.seconds / 60));
  });

  it('counts the final test as the questions one attempt draws', () => {
    const t = sampleCourse().lessons.find((l) => l.id === 'test');
    if (!t) throw new Error('fixture');
    expect(lessonDuration(t).questions).toBe(4);
  });

  it('makes the course duration the sum of the lessons, shown on the start page', () => {
    const course = sampleCourse();
    expect(course.meta.minutes).toBe(course.lessons.reduce((n, l) => n + l.minutes, 0));
  });

  it('refuses a hand-written duration, in a lesson or the course', () => {
    const withLesson = sampleLessons().map((l, i) => (i === 0 ? { ...l, minutes: 5 } : l));
    const r1 = validateCourse(sources(sampleMeta(), withLesson));
    expect(r1.ok).toBe(false);
    const r2 = validateCourse(sources({ ...sampleMeta(), minutes: 59 }));
    expect(r2.ok).toBe(false);
  });
});
