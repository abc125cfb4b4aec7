import type { Timers } from '../../../../src/tracking/scorm/commit-queue.ts';
import type { Snapshot, TrackerContext } from '../../../../src/tracking/tracker.ts';
import { OBJECTIVES, state, summary } from './scorm-fixtures.ts';

export function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

/** A window with no LMS in its frames, vitest-faked timers, and optionally an opener (a popup). */
export function fakeWindow(options: { storage?: Storage; opener?: boolean } = {}): Window & { closeCalls: number } {
  const events = new EventTarget();
  const w = {
    closeCalls: 0,
    localStorage: options.storage ?? memoryStorage(),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    addEventListener: events.addEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
    document: { visibilityState: 'visible' },
    opener: options.opener ? {} : null,
    close() {
      w.closeCalls += 1;
    },
  } as unknown as Window & { closeCalls: number; parent: unknown; top: unknown };
  w.parent = w;
  w.top = w;
  return w;
}

export function context(win: Window = fakeWindow()): TrackerContext {
  return { courseId: 'https://x.example/c', courseTitle: 'C', courseVersion: '1.0.0', objectiveIds: OBJECTIVES, masteryScore: 80, trackReflectionText: false, window: win };
}

export const snap = (serialized = 'g1~La', s = summary(), location = 'page-1'): Snapshot => ({ state: state({ location }), summary: s, serialized });

/** Timers whose "after paint" waits until the test paints a frame. */
export function paintTimers(): Timers & { paint(): void; frames: (() => void)[] } {
  const frames: (() => void)[] = [];
  return {
    frames,
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
    afterPaint: (fn) => void frames.push(fn),
    paint() {
      for (const fn of frames.splice(0)) fn();
    },
  };
}
