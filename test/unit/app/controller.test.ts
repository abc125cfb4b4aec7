import { describe, expect, it } from 'vitest';
import { createController } from '../../../src/app/controller.ts';
import { indexCourse } from '../../../src/state/course-index.ts';
import type { TrackingEvent } from '../../../src/state/events.ts';
import { legacyReflectionKey, reflectionKey } from '../../../src/state/reflection-store.ts';
import { LOCAL_LEARNER, learnerKey } from '../../../src/tracking/learner-key.ts';
import { deserialize, serialize } from '../../../src/state/serialize.ts';
import type { LaunchInfo, SaveStatus, Snapshot, Tracker } from '../../../src/tracking/tracker.ts';
import { sampleCourse } from '../../fixtures/sample-course.ts';
import { fullRun, run } from '../state/helpers.ts';

const course = sampleCourse();

/** A window with what the controller uses: events, visibility and localStorage. */
function fakeWindow() {
  const store = new Map<string, string>();
  const handlers = new Map<string, (() => void)[]>();
  const on = (type: string, fn: () => void) => handlers.set(type, [...(handlers.get(type) ?? []), fn]);
  const document = { visibilityState: 'visible', addEventListener: on };
  const win = {
    addEventListener: on,
    document,
    localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) },
  };
  return { win: win as unknown as Window, store, fire: (type: string) => handlers.get(type)?.forEach((fn) => fn()), document };
}

function fakeTracker() {
  const recorded: { events: readonly TrackingEvent[]; snapshot: Snapshot }[] = [];
  let flushes = 0;
  let status: ((s: SaveStatus) => void) | null = null;
  const tracker: Tracker = {
    start: () => Promise.reject(new Error('not used: the controller gets the launch')),
    record: (events, snapshot) => void recorded.push({ events, snapshot }),
    flush: () => void (flushes += 1),
    exit: () => Promise.resolve({ returnUrl: 'https://lms.example/back' }),
    onStatus: (listener) => {
      status = listener;
      listener('saved');
      return () => undefined;
    },
  };
  return { tracker, recorded, flushes: () => flushes, setStatus: (s: SaveStatus) => status?.(s) };
}

const launch = (over: Partial<LaunchInfo> = {}): LaunchInfo => ({ saved: null, learnerName: null, language: null, mode: 'normal', credit: true, masteryScore: null, notice: null, ...over });

describe('course controller', () => {
  it('restores saved state and the reflection texts kept on this device', () => {
    const index = indexCourse(course);
    const { state } = run(index, fullRun(true));
    const w = fakeWindow();
    w.store.set(reflectionKey(course.meta.id, LOCAL_LEARNER), JSON.stringify({ 'ref-a': 'Min tanke', unknown: 'x' }));
    const c = createController(course, fakeTracker().tracker, launch({ saved: serialize(index, state) }), w.win);
    expect(c.get().state.attempts).toEqual(state.attempts);
    expect(c.get().state.reflections).toEqual({ 'ref-a': 'Min tanke' });
    expect(c.get().summary.success).toBe('passed');
  });

  it('hands every change to the tracker with a snapshot, and keeps reflection text on the device only', () => {
    const t = fakeTracker();
    const w = fakeWindow();
    const c = createController(course, t.tracker, launch(), w.win);
    c.dispatch({ type: 'goto', pageId: 'p-a4' });
    c.dispatch({ type: 'reflect', reflectionId: 'ref-a', text: 'Personlig' });
    expect(t.recorded.map((r) => r.events.map((e) => e.type))).toEqual([['page-viewed'], ['reflection-written']]);
    expect(t.recorded[1]?.snapshot.serialized).not.toContain('Personlig');
    expect(JSON.parse(w.store.get(reflectionKey(course.meta.id, LOCAL_LEARNER)) ?? '{}')).toEqual({ 'ref-a': 'Personlig' });
  });

  describe('reflections on a shared computer (one browser profile, several learners)', () => {
    const index = indexCourse(course);
    const saved = serialize(index, run(index, fullRun(true)).state); // lists ref-a as written
    const ola = learnerKey('scorm', 'ola');
    const kari = learnerKey('scorm', 'kari');

    it('shows each learner only their own reflection texts', () => {
      const w = fakeWindow();
      const a = createController(course, fakeTracker().tracker, launch({ learnerKey: ola }), w.win);
      a.dispatch({ type: 'goto', pageId: 'p-a4' });
      a.dispatch({ type: 'reflect', reflectionId: 'ref-a', text: 'Olas tanke' });
      // Kari, on the same computer, whose LMS state also lists a reflection (written elsewhere).
      const b = createController(course, fakeTracker().tracker, launch({ learnerKey: kari, saved }), w.win);
      expect(b.get().state.reflections).toEqual({ 'ref-a': '' });
      b.dispatch({ type: 'reflect', reflectionId: 'ref-a', text: 'Karis tanke' });
      const again = createController(course, fakeTracker().tracker, launch({ learnerKey: ola, saved }), w.win);
      expect(again.get().state.reflections).toEqual({ 'ref-a': 'Olas tanke' });
      expect(createController(course, fakeTracker().tracker, launch({ learnerKey: kari, saved }), w.win).get().state.reflections).toEqual({ 'ref-a': 'Karis tanke' });
    });

    it('restores only the reflections the saved state lists (a reset attempt shows none)', () => {
      const w = fakeWindow();
      w.store.set(reflectionKey(course.meta.id, ola), JSON.stringify({ 'ref-a': 'Fra forrige forsøk' }));
      expect(createController(course, fakeTracker().tracker, launch({ learnerKey: ola, saved: null }), w.win).get().state.reflections).toEqual({});
      expect(createController(course, fakeTracker().tracker, launch({ learnerKey: ola, saved }), w.win).get().state.reflections).toEqual({ 'ref-a': 'Fra forrige forsøk' });
    });

    it('keeps the texts of the time before per-learner keys for the local learner only', () => {
      const w = fakeWindow();
      w.store.set(legacyReflectionKey(course.meta.id), JSON.stringify({ 'ref-a': 'Gammel tekst' }));
      expect(createController(course, fakeTracker().tracker, launch({ learnerKey: LOCAL_LEARNER, saved }), w.win).get().state.reflections).toEqual({ 'ref-a': 'Gammel tekst' });
      expect(createController(course, fakeTracker().tracker, launch({ saved }), w.win).get().state.reflections).toEqual({ 'ref-a': 'Gammel tekst' });
      expect(createController(course, fakeTracker().tracker, launch({ learnerKey: kari, saved }), w.win).get().state.reflections).toEqual({ 'ref-a': '' });
    });
  });

  it('does not call the tracker for an action that changes nothing', () => {
    const t = fakeTracker();
    const c = createController(course, t.tracker, launch(), fakeWindow().win);
    c.dispatch({ type: 'answer', questionId: 'nope', response: ['x'], latencyMs: 1 });
    expect(t.recorded).toEqual([]);
  });

  it('flushes when the page is hidden or closed', () => {
    const t = fakeTracker();
    const w = fakeWindow();
    createController(course, t.tracker, launch(), w.win);
    w.fire('pagehide');
    w.document.visibilityState = 'hidden';
    w.fire('visibilitychange');
    expect(t.flushes()).toBe(2);
  });

  it('in review mode, lets the learner look but changes nothing', () => {
    const t = fakeTracker();
    const c = createController(course, t.tracker, launch({ mode: 'review' }), fakeWindow().win);
    c.dispatch({ type: 'goto', pageId: 'p-a2' });
    c.dispatch({ type: 'answer', questionId: 'qa-1', response: ['x'], latencyMs: 1 });
    expect(c.get().state.location).toBe('p-a2');
    expect(c.get().state.answers).toEqual({});
  });

  it('tells the learner once when saved progress was only partly readable', () => {
    const index = indexCourse(course);
    const saved = `${serialize(index, run(index, fullRun(true)).state)}~Azzzzz`;
    const c = createController(course, fakeTracker().tracker, launch({ saved }), fakeWindow().win);
    expect(c.get().launch.notice).toBe('STATE_RESET');
    expect(c.get().state.attempts).toHaveLength(1);
  });

  it('follows the save status and closes the session on exit', async () => {
    const t = fakeTracker();
    const c = createController(course, t.tracker, launch(), fakeWindow().win);
    t.setStatus('failing');
    expect(c.get().status).toBe('failing');
    await expect(c.exit()).resolves.toBe('https://lms.example/back');
    expect(c.get().exited).toBe(true);
    c.dispatch({ type: 'goto', pageId: 'p-a1' });
    expect(t.recorded).toEqual([]);
  });

  it('gives a new learner a seed without writing anything, and saves it with the first action', () => {
    const t = fakeTracker();
    const c = createController(course, t.tracker, launch(), fakeWindow().win);
    const seed = c.get().state.seed;
    expect(seed).not.toBeNull();
    expect(t.recorded).toEqual([]);
    c.dispatch({ type: 'goto', pageId: 'p-a1' });
    const index = indexCourse(course);
    expect(deserialize(index, t.recorded[0]?.snapshot.serialized).state.seed).toBe(seed);
  });

  it('keeps the seed of a resumed learner, and seeds one saved before seeds existed', () => {
    const index = indexCourse(course);
    const { state } = run(index, [{ type: 'seed', seed: 1234 }, { type: 'goto', pageId: 'p-a1' }]);
    expect(createController(course, fakeTracker().tracker, launch({ saved: serialize(index, state) }), fakeWindow().win).get().state.seed).toBe(1234);
    const old = serialize(index, { ...state, seed: null });
    const c = createController(course, fakeTracker().tracker, launch({ saved: old }), fakeWindow().win);
    expect(c.get().state.seed).not.toBeNull();
    expect(c.get().state.visited).toEqual(['p-a1']);
    expect(c.get().launch.notice).toBeNull();
  });

  it('keeps self-assessment answers on the device, restores them, and tracks only that it is done', () => {
    const t = fakeTracker();
    const w = fakeWindow();
    const c = createController(course, t.tracker, launch(), w.win);
    c.dispatch({ type: 'keep-personal', blockId: 'sa-start', value: '{"obj-a":2,"obj-b":3}' });
    expect(t.recorded.map((r) => r.events.map((e) => e.type))).toEqual([['personal-done']]);
    expect(t.recorded[0]?.snapshot.serialized).not.toContain('obj-a');
    expect(JSON.parse(w.store.get(reflectionKey(course.meta.id, LOCAL_LEARNER)) ?? '{}')).toEqual({ 'sa-start': '{"obj-a":2,"obj-b":3}' });
    const again = createController(course, fakeTracker().tracker, launch({ saved: t.recorded[0]?.snapshot.serialized ?? null }), w.win);
    expect(again.get().state.reflections['sa-start']).toBe('{"obj-a":2,"obj-b":3}');
  });
});
