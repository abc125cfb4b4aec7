import { langParameter } from '../app/i18n/choose-locale.ts';
import type { ErrorName } from '../errors/catalogue.ts';
import { LOCAL_LEARNER } from './learner-key.ts';
import { createStatusHub } from './status-hub.ts';
import type { LaunchInfo, Tracker, TrackerContext } from './tracker.ts';

/** A localStorage key of this course: one namespace for everything the course keeps in the browser. */
export function courseKey(courseId: string, ...parts: string[]): string {
  return ['god-ledelse', courseId, ...parts].join(':');
}

export function storageKey(courseId: string): string {
  return courseKey(courseId, 'state');
}

/** Reads localStorage without ever throwing (private mode, disabled storage, quota). */
export function readLocal(win: Window, key: string): string | null {
  try {
    return win.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeLocal(win: Window, key: string, value: string): boolean {
  try {
    win.localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps state in localStorage. Used by the web target, and by the SCORM/xAPI targets as the
 * fallback when no LMS/LRS is found (then with notice NO_LMS, status "not-recorded").
 */
export function createLocalTracker(context: TrackerContext, options: { notice: ErrorName | null }): Tracker {
  const key = storageKey(context.courseId);
  const status = createStatusHub(options.notice ? 'not-recorded' : 'saved');
  let pending: string | null = null;
  const write = () => {
    if (pending === null) return;
    const ok = writeLocal(context.window, key, pending);
    if (!ok) console.warn('[course] could not write progress to localStorage');
    pending = null;
  };
  return {
    start(): Promise<LaunchInfo> {
      return Promise.resolve({
        saved: readLocal(context.window, key),
        learnerName: null,
        // The web version's `?lang=nn` (a link to the course in a language; the screenshots use it).
        language: langParameter((context.window.location as Location | undefined)?.search),
        mode: 'normal',
        credit: true,
        masteryScore: null,
        notice: options.notice,
        // Progress here is per browser, so the learner is whoever uses it.
        learnerKey: LOCAL_LEARNER,
      });
    },
    record(_events, snapshot) {
      // localStorage is synchronous and fast: write at once so a reload never loses an answer.
      pending = snapshot.serialized;
      write();
    },
    flush: write,
    exit() {
      write();
      return Promise.resolve({ returnUrl: null });
    },
    onStatus: (listener) => status.subscribe(listener),
  };
}
