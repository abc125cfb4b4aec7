import { describe, expect, it } from 'vitest';
import { indexCourse, lessonStartOf } from '../../../src/state/course-index.ts';
import { sampleCourse } from '../../fixtures/sample-course.ts';

describe('lessonStartOf (the «Repeter» link of an expectation under mastery)', () => {
  const course = sampleCourse();
  const index = indexCourse(course);

  it('is the first page of the lesson that teaches the expectation', () => {
    const lesson = course.lessons.find((l) => l.objective === 'obj-a');
    expect(lesson?.pages.length).toBeGreaterThan(1);
    expect(lessonStartOf(index, 'obj-a')?.id).toBe('p-a1');
  });

  it('is nothing for an expectation no lesson teaches (obj-b is only tested), so no link is shown', () => {
    expect(course.lessons.some((l) => l.objective === 'obj-b')).toBe(false);
    expect(lessonStartOf(index, 'obj-b')).toBeUndefined();
    expect(lessonStartOf(index, 'no-such-objective')).toBeUndefined();
  });
});
