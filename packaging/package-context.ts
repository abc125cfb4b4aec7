import type { Course } from '../course/schema/index.ts';
import type { Target } from './targets.ts';

/**
 * What a packager receives. `stageDir` holds the built player for one target:
 *   index.html        the launch file; no inline code (strict CSP), classic scripts (runs from file://)
 *   assets/           the app's one script (course metadata on its first line) and one stylesheet
 *   course-data.js    the validated course (window.__COURSE__), loaded by the app
 * `files` lists them relative to stageDir, with forward slashes, sorted.
 * A packager writes its outputs under `distDir` and returns their paths.
 */
export interface PackageContext {
  target: Target;
  course: Course;
  root: string;
  stageDir: string;
  distDir: string;
  files: string[];
  log: (line: string) => void;
}

export type Packager = (ctx: PackageContext) => Promise<string[]>;
