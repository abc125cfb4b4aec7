import { courseKey } from '../local.ts';
import type { Statement } from './types.ts';

/**
 * A State API document waiting to be written. Only the latest one matters (PUT replaces).
 * Kept without the agent it belongs to: the launch gives that (store the minimum on the
 * device; the learner's name and e-mail stay only inside statements still to be sent).
 */
export interface StateWrite {
  body: string;
}

export interface OutboxData {
  items: Statement[];
  state: StateWrite | null;
}

/**
 * The outbox lives in localStorage so statements survive a closed browser: on the next
 * launch they are sent first. One key per course, registration and LRS endpoint, so a
 * statement is only ever sent to the LRS it was made for.
 */
export function outboxKey(courseId: string, registration: string | null, endpoint: string): string {
  return courseKey(courseId, 'xapi-outbox', registration ?? 'no-registration', endpoint);
}

export function loadOutbox(win: Window, key: string): OutboxData {
  try {
    const raw = win.localStorage.getItem(key);
    if (!raw) return { items: [], state: null };
    const data = JSON.parse(raw) as { v?: unknown; items?: unknown; state?: unknown };
    if (data.v !== 1 || !Array.isArray(data.items)) return { items: [], state: null };
    const state = data.state as { body?: unknown } | null | undefined;
    return { items: data.items as Statement[], state: typeof state?.body === 'string' ? { body: state.body } : null };
  } catch {
    return { items: [], state: null };
  }
}

/** Returns false when the device would not store it (private mode, quota): we keep going in memory. */
export function saveOutbox(win: Window, key: string, data: OutboxData): boolean {
  try {
    if (!data.items.length && !data.state) win.localStorage.removeItem(key);
    else win.localStorage.setItem(key, JSON.stringify({ v: 1, ...data }));
    return true;
  } catch {
    return false;
  }
}
