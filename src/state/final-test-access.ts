import type { Lesson } from '../../course/schema/index.ts';
import type { CourseIndex } from './course-index.ts';
import type { Summary } from './summary.ts';

/** The required lessons other than the final test's own that are not done yet. */
export function lessonsBeforeTest(index: CourseIndex, summary: Summary): Lesson[] {
  const testLesson = index.assessment ? index.lessonOf.get(index.assessment.id) : undefined;
  return index.course.lessons.filter((l, i) => l.required && l !== testLesson && !summary.lessons[i]?.done);
}

/**
 * The course's rule for the final test (course.ts → finalTestAccess): open from the start (the
 * player warns while lessons are left) or locked until every other required lesson is done.
 */
export function finalTestOpen(index: CourseIndex, summary: Summary): boolean {
  return index.course.meta.finalTestAccess !== 'after-lessons' || lessonsBeforeTest(index, summary).length === 0;
}
