import type { Course } from '../../course/schema/index.ts';
import { loadClassicScript } from './load-classic-script.ts';

export const COURSE_DATA_SRC = './course-data.js';

/**
 * Loads the lessons (course-data.js) after the start page is up, so the first screen needs only
 * the app (whose script carries the course metadata).
 */
export function loadCourseData(win: Window): Promise<Course> {
  return loadClassicScript(win, COURSE_DATA_SRC, () => win.__COURSE__, 'course');
}
