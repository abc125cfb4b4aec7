import { readLocal, writeLocal } from '../local.ts';

/**
 * The State API document the course writes (stateId "bookmark", with the registration):
 * the compact saved state plus what the course already reported in this registration, so
 * "completed once" and "never failed after passed" hold across sessions (cmi5 §9.3).
 */
export interface SavedDoc {
  saved: string | null;
  completed: boolean;
  passed: boolean;
}

export const STATE_ID = 'bookmark';

export function encodeDoc(doc: SavedDoc): string {
  return JSON.stringify({ v: 1, ...doc });
}

export function decodeDoc(body: string | null | undefined): SavedDoc | null {
  if (!body) return null;
  try {
    const d = JSON.parse(body) as Partial<SavedDoc> & { v?: unknown };
    if (d.v !== 1) return null;
    return { saved: typeof d.saved === 'string' ? d.saved : null, completed: d.completed === true, passed: d.passed === true };
  } catch {
    return null;
  }
}

/** A device copy of the last document, used when the LRS cannot be read at launch (offline). */
export function mirrorKey(outboxKey: string): string {
  return `${outboxKey}:state-mirror`;
}

export function readMirror(win: Window, key: string): SavedDoc | null {
  return decodeDoc(readLocal(win, key));
}

export function writeMirror(win: Window, key: string, doc: SavedDoc): void {
  writeLocal(win, key, encodeDoc(doc));
}
