import { CourseInvalidError, loadValidCourse } from './validate-course.ts';

/** `npm run validate`: check the content only. Exit 1 with every problem listed. */
try {
  const course = await loadValidCourse(process.cwd());
  const pages = course.lessons.reduce((n, l) => n + l.pages.length, 0);
  console.log(`✓ course "${course.meta.slug}" ${course.meta.version}: ${course.lessons.length} lessons, ${pages} pages — no problems`);
} catch (error) {
  if (!(error instanceof CourseInvalidError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
