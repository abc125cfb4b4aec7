import { formatProblem } from '../course/schema/problem.ts';
import { validateCourse } from '../course/schema/validate.ts';
import type { Course } from '../course/schema/index.ts';
import { inlineIllustrations } from './illustrations/inline-illustrations.ts';
import { loadCourseSources, type Importer } from './load-course.ts';

export class CourseInvalidError extends Error {
  constructor(public readonly lines: string[]) {
    super(`The course has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.map((l) => `  ✗ ${l}`).join('\n')}`);
  }
}

/** Loads and validates course/; throws CourseInvalidError listing every problem. */
export async function loadValidCourse(root: string, importer?: Importer): Promise<Course> {
  const { sources, problems } = await loadCourseSources(root, importer);
  const result = validateCourse(sources);
  const fileOf = (lesson: string) =>
    lesson === 'course' ? sources.meta.file : (sources.lessons.find((l) => (l.data as { id?: unknown } | undefined)?.id === lesson)?.file ?? '?');
  // Illustrations are files beside the content: read, optimised and inlined once the content is valid.
  const pictures = result.ok ? inlineIllustrations(result.course, root, fileOf) : [];
  const all = [...problems, ...(result.ok ? [] : result.problems), ...pictures];
  if (all.length > 0 || !result.ok) throw new CourseInvalidError(all.map(formatProblem));
  return result.course;
}
