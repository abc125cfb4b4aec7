import { readLocal, writeLocal } from '../tracking/local.ts';

/**
 * Reflection texts are personal: they stay in this browser (DESIGN.md, "Free-text
 * reflections are personal"), whatever the target. Tracking only learns that one was written.
 */
export function reflectionKey(courseId: string): string {
  return `god-ledelse:${courseId}:reflections`;
}

export function loadReflections(win: Window, courseId: string): Record<string, string> {
  const raw = readLocal(win, reflectionKey(courseId));
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

export function saveReflections(win: Window, courseId: string, reflections: Record<string, string>): void {
  writeLocal(win, reflectionKey(courseId), JSON.stringify(reflections));
}
