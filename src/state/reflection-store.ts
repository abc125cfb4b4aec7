import { LOCAL_LEARNER } from '../tracking/learner-key.ts';
import { courseKey, readLocal, writeLocal } from '../tracking/local.ts';

/**
 * Reflection texts are personal: they stay in this browser (DESIGN.md, "Free-text
 * reflections are personal"), whatever the target. Tracking only learns that one was written.
 *
 * Kept per learner (`learner`: LaunchInfo.learnerKey, a hash of the LMS/LRS identity), because
 * several people may share one browser profile: keyed by course alone, learner B's action plan
 * showed learner A's reflections.
 */
export function reflectionKey(courseId: string, learner: string): string {
  return courseKey(courseId, 'reflections', learner);
}

/** Before reflections were kept per learner: one set per course and browser. */
export function legacyReflectionKey(courseId: string): string {
  return courseKey(courseId, 'reflections');
}

function parse(raw: string | null): Record<string, string> {
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

export function loadReflections(win: Window, courseId: string, learner: string): Record<string, string> {
  const own = readLocal(win, reflectionKey(courseId, learner));
  // The old per-course set can only be attributed where progress itself is per browser (web, no
  // LMS): there it was this learner's. For an LMS learner it may be anyone's, so it is not read.
  if (own === null && learner === LOCAL_LEARNER) return parse(readLocal(win, legacyReflectionKey(courseId)));
  return parse(own);
}

export function saveReflections(win: Window, courseId: string, learner: string, reflections: Record<string, string>): void {
  writeLocal(win, reflectionKey(courseId, learner), JSON.stringify(reflections));
}
