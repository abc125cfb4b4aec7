import type { Course } from '../../../../course/schema/index.ts';
import { indexCourse } from '../../../../src/state/course-index.ts';
import { initialState } from '../../../../src/state/state.ts';
import { summarize, type Summary } from '../../../../src/state/summary.ts';
import type { Snapshot, TrackerContext } from '../../../../src/tracking/tracker.ts';

/** A Storage in memory, shared between "reloads" when the same instance is passed again. */
export function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

export interface FakeWindowOptions {
  search?: string;
  course?: Course;
  localStorage?: Storage;
  sessionStorage?: Storage;
  onLine?: boolean;
}

/** Just enough of a Window for the adapters: location, storage, events, navigator. */
export function fakeWindow(o: FakeWindowOptions = {}): Window & { fire(type: string): void } {
  const listeners = new Map<string, Set<() => void>>();
  const win = {
    location: { search: o.search ?? '', href: `https://lms.example/kurs/index.html${o.search ?? ''}` },
    localStorage: o.localStorage ?? memoryStorage(),
    sessionStorage: o.sessionStorage ?? memoryStorage(),
    navigator: { onLine: o.onLine ?? true },
    __COURSE__: o.course,
    addEventListener: (type: string, fn: () => void) => {
      const set = listeners.get(type) ?? new Set();
      set.add(fn);
      listeners.set(type, set);
    },
    removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn),
    fetch: () => Promise.reject(new Error('no fetch in this test')),
    fire: (type: string) => {
      for (const fn of listeners.get(type) ?? []) fn();
    },
  };
  return win as unknown as Window & { fire(type: string): void };
}

export function trackerContext(course: Course, win: Window): TrackerContext {
  return {
    courseId: course.meta.id,
    courseTitle: course.meta.title.nb,
    courseVersion: course.meta.version,
    objectiveIds: course.meta.objectives.map((o) => o.id),
    masteryScore: course.meta.masteryScore,
    trackReflectionText: course.meta.trackReflectionText,
    window: win,
  };
}

export function snapshotOf(course: Course, patch: Partial<Summary> = {}): Snapshot {
  const index = indexCourse(course);
  const state = initialState();
  return { state, summary: { ...summarize(index, state), ...patch }, serialized: 'g1' };
}
