import { courseKey, readLocal, writeLocal } from '../tracking/local.ts';

/**
 * The name a web learner types for the certificate (the web version has no LMS/LRS to name
 * them: local.ts gives learnerName null). Personal like reflections (reflection-store.ts): it
 * stays in this browser and is never sent; the web version sends nothing at all. One per course
 * and browser, as the web version's progress is (whoever uses this browser is the learner).
 */
export function ownNameKey(courseId: string): string {
  return courseKey(courseId, 'name');
}

export function loadOwnName(win: Window, courseId: string): string {
  return readLocal(win, ownNameKey(courseId)) ?? '';
}

export function saveOwnName(win: Window, courseId: string, name: string): void {
  writeLocal(win, ownNameKey(courseId), name);
}
