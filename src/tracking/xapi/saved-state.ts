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

/**
 * Two versions of the document in one, for a write the LRS refused because the document
 * changed (409/412). The bookmark is the running session's (`ours`): it is what the learner
 * sees, and the next write would carry it anyway. What the course has reported in the
 * registration only ever grows, so completed and passed are the union of both.
 */
export function mergeDocs(ours: string, theirs: string): string {
  const a = decodeDoc(ours);
  const b = decodeDoc(theirs);
  if (!a) return theirs;
  if (!b) return ours;
  return encodeDoc({ saved: a.saved ?? b.saved, completed: a.completed || b.completed, passed: a.passed || b.passed });
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
