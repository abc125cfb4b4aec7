import type { Course } from '../../course/schema/index.ts';

export const COURSE_DATA_SRC = './course-data.js';

/**
 * Loads the lessons (course-data.js, a classic script: it also works from file://) after the
 * start page is up, so the first screen needs only the app (whose script carries the course metadata).
 */
export function loadCourseData(win: Window): Promise<Course> {
  const ready = () => win.__COURSE__;
  const already = ready();
  if (already) return Promise.resolve(already);
  return new Promise((resolve, reject) => {
    const script = win.document.createElement('script');
    script.src = COURSE_DATA_SRC;
    script.onload = () => {
      const course = ready();
      if (course) resolve(course);
      else reject(new Error('course-data.js loaded but defined no course'));
    };
    script.onerror = () => reject(new Error('course-data.js could not be loaded'));
    win.document.head.appendChild(script);
  });
}
