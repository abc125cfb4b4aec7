import type { Course } from '../../course/schema/index.ts';
import { COURSE_DATA_FILE } from '../vite/course-data-file.ts';
import { text, type PackageFiles } from './package-files.ts';

/**
 * The course the package carries: course-data.js beside the launch file, written by the build
 * as `window.__COURSE__=<json>;` (packaging/vite/course-plugin.ts): the course AFTER validation
 * (texts as language maps, markup parsed), which the input schema does not read again. So only
 * its shape is checked; a truncated or hand-edited file is caught here, not in a learner's browser.
 */
export function readCourseData(pkg: PackageFiles, launch: string | null): { course: Course } | { error: string } {
  const dir = launch && launch.includes('/') ? launch.slice(0, launch.lastIndexOf('/') + 1) : '';
  const name = `${dir}${COURSE_DATA_FILE}`;
  const source = text(pkg.files.get(name));
  if (source === null) return { error: `${name} finnes ikke i pakken` };
  // The course is the first line; the accessibility statement follows on its own line (course-plugin.ts).
  const m = /^\s*window\.__COURSE__\s*=\s*(.*?);?\s*(?:\n[\s\S]*)?$/.exec(source);
  if (!m) return { error: `${name} har ikke formen window.__COURSE__=…;` };
  let json: unknown;
  try {
    json = JSON.parse(m[1] ?? '');
  } catch (error) {
    return { error: `${name} er ikke gyldig JSON: ${(error as Error).message}` };
  }
  if (!isCourseShape(json)) return { error: `${name} mangler meta (id, title, objectives) eller lessons` };
  return { course: json };
}

function isCourseShape(value: unknown): value is Course {
  if (typeof value !== 'object' || value === null) return false;
  const { meta, lessons } = value as { meta?: Record<string, unknown>; lessons?: unknown };
  return typeof meta?.id === 'string' && typeof meta.title === 'object' && Array.isArray(meta.objectives) && Array.isArray(lessons) && lessons.every((l) => typeof l === 'object' && l !== null && Array.isArray((l as { pages?: unknown }).pages));
}
