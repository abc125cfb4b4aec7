import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScorm12Tracker } from '../../../../src/tracking/scorm/scorm12.ts';
import { createScorm2004Tracker } from '../../../../src/tracking/scorm/scorm2004.ts';
import type { SaveStatus, TrackerContext } from '../../../../src/tracking/tracker.ts';
import { fakeScormApi } from './fake-scorm-api.ts';
import { answered, decided, OBJECTIVES, single, state, summary } from './scorm-fixtures.ts';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() { return m.size; },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

/** A top window with no LMS (discovery finds nothing) and timers that vitest fakes. */
function fakeWindow(): Window {
  const events = new EventTarget();
  const w = {
    localStorage: memoryStorage(),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    addEventListener: events.addEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
  } as unknown as Window & { parent: unknown };
  w.parent = w;
  return w;
}

function context(win = fakeWindow()): TrackerContext {
  return { courseId: 'https://x.example/c', courseTitle: 'C', courseVersion: '1.0.0', objectiveIds: OBJECTIVES, masteryScore: 80, trackReflectionText: false, window: win };
}

const snap = (serialized = 'g1~La', s = summary()) => ({ state: state(), summary: s, serialized });

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('SCORM tracker: start', () => {
  it('no API found → the local tracker with the NO_LMS notice; progress kept on the device', async () => {
    const win = fakeWindow();
    const tracker = createScorm12Tracker(context(win));
    const statuses: SaveStatus[] = [];
    tracker.onStatus((s) => statuses.push(s));
    const launch = await tracker.start();
    expect(launch.notice).toBe('NO_LMS');
    tracker.record([], snap('g1~Lxyz'));
    expect([...Array(win.localStorage.length).keys()].map((i) => win.localStorage.getItem(win.localStorage.key(i) ?? ''))).toContain('g1~Lxyz');
    expect(statuses.at(-1)).toBe('not-recorded');
  });

  it('reads launch data and seeds objectives the LMS already has (2004, from the manifest)', async () => {
    const fake = fakeScormApi({ version: '2004', data: { 'cmi.suspend_data': 'g1~Lq', 'cmi.mode': 'Normal', 'cmi.scaled_passing_score': 0.8, 'cmi.objectives.0.id': 'se-helheten' } });
    const tracker = createScorm2004Tracker(context(), { api: fake.api });
    const launch = await tracker.start();
    expect(launch).toMatchObject({ saved: 'g1~Lq', mode: 'normal', masteryScore: 80, notice: null });
    tracker.record([], snap());
    tracker.flush();
    const sets: Record<string, string | undefined> = Object.fromEntries(fake.sets().map(([k = '', v = '']) => [k, v]));
    expect(sets['cmi.objectives.0.completion_status']).toBeDefined(); // se-helheten kept its index 0
    expect(fake.store.get('cmi.objectives.0.id')).toBe('se-helheten');
    expect(fake.store.get('cmi.objectives.1.id')).toBe('kjenn-rammene');
    expect(fake.sets().some(([k]) => k === 'cmi.objectives.0.id')).toBe(false); // not re-sent
  });
});

describe('SCORM tracker: record, debounce, commit', () => {
  it('record() returns without calling the LMS; one commit follows after the debounce', async () => {
    const fake = fakeScormApi({ version: '1.2' });
    const tracker = createScorm12Tracker(context(), { api: fake.api });
    await tracker.start();
    const before = fake.calls.length;
    tracker.record([answered(single, ['a2'], true)], snap('g1~A1'));
    tracker.record([decided('c-strong')], snap('g1~A2'));
    expect(fake.calls.length).toBe(before);
    vi.advanceTimersByTime(1500);
    expect(fake.count('commit')).toBe(0);
    vi.advanceTimersByTime(600);
    expect(fake.count('commit')).toBe(1);
    expect(fake.store.get('cmi.suspend_data')).toBe('g1~A2');
    expect(fake.store.get('cmi.interactions.0.id')).toBe('q-single');
    expect(fake.store.get('cmi.interactions.1.id')).toBe('sc--n1');
  });

  it('keystroke-like bursts of changes commit once, at the latest after the max wait', async () => {
    const fake = fakeScormApi({ version: '2004' });
    const tracker = createScorm2004Tracker(context(), { api: fake.api });
    await tracker.start();
    for (let i = 0; i < 100; i += 1) {
      tracker.record([answered(single, ['a1'], false)], snap(`g1~${i}`));
      vi.advanceTimersByTime(200);
    }
    expect(fake.count('commit')).toBeLessThanOrEqual(2);
    expect(fake.count('commit')).toBeGreaterThanOrEqual(1);
  });

  it('only changed values are written again', async () => {
    const fake = fakeScormApi({ version: '2004' });
    const tracker = createScorm2004Tracker(context(), { api: fake.api });
    await tracker.start();
    tracker.record([], snap('g1~a'));
    vi.runAllTimers();
    const first = fake.sets().length;
    expect(first).toBeGreaterThan(10); // status, location, five objectives…
    tracker.record([], snap('g1~b'));
    vi.runAllTimers();
    expect(fake.sets().slice(first)).toEqual([['cmi.suspend_data', 'g1~b']]);
  });

  it('interactions are appended after those the LMS already has (n = _count)', async () => {
    const fake = fakeScormApi({ version: '1.2', data: { 'cmi.interactions.0.id': 'old', 'cmi.interactions.1.id': 'older' } });
    const tracker = createScorm12Tracker(context(), { api: fake.api });
    await tracker.start();
    tracker.record([answered(single, ['a2'], true)], snap());
    vi.runAllTimers();
    expect(fake.store.get('cmi.interactions.2.id')).toBe('q-single');
  });

  it('flush() writes and commits at once, with the session time', async () => {
    const fake = fakeScormApi({ version: '1.2' });
    const tracker = createScorm12Tracker(context(), { api: fake.api });
    await tracker.start();
    vi.advanceTimersByTime(65_000);
    tracker.record([], snap());
    tracker.flush();
    expect(fake.count('commit')).toBe(1);
    expect(fake.store.get('cmi.core.session_time')).toBe('0000:01:05.00');
  });

  it('pagehide (window closed without "Avslutt") commits and terminates, without a navigation request', async () => {
    const win = fakeWindow();
    const fake = fakeScormApi({ version: '2004' });
    const tracker = createScorm2004Tracker(context(win), { api: fake.api });
    await tracker.start();
    tracker.record([answered(single, ['a2'], true)], snap('g1~closing'));
    win.dispatchEvent(new Event('pagehide'));
    expect(fake.store.get('cmi.suspend_data')).toBe('g1~closing');
    expect(fake.store.get('cmi.exit')).toBe('suspend');
    expect(fake.store.has('adl.nav.request')).toBe(false);
    expect(fake.count('commit')).toBe(1);
    expect(fake.count('terminate')).toBe(1);
    await tracker.exit(); // a later exit() does not terminate twice
    expect(fake.count('terminate')).toBe(1);
  });

  it('exit() writes exit values, commits and terminates; nothing is written afterwards', async () => {
    const fake = fakeScormApi({ version: '2004' });
    const tracker = createScorm2004Tracker(context(), { api: fake.api });
    await tracker.start();
    tracker.record([], snap('g1', summary({ completion: 'completed', success: 'passed', score: 100, progress: 1 })));
    await expect(tracker.exit()).resolves.toEqual({ returnUrl: null });
    expect(fake.store.has('adl.nav.request')).toBe(false); // Moodle's datamodel.php fails on exitAll
    expect(fake.store.get('cmi.exit')).toBe('normal');
    const terminateAt = fake.calls.findIndex((c) => c.method === 'terminate');
    expect(fake.calls.findIndex((c) => c.method === 'commit')).toBeLessThan(terminateAt);
    const n = fake.calls.length;
    tracker.record([answered(single, ['a2'], true)], snap('g2'));
    tracker.flush();
    vi.runAllTimers();
    expect(fake.calls.length).toBe(n);
  });
});

describe('SCORM tracker: faults', () => {
  it('failed commits: retrying, then failing after 3, then saved when a commit succeeds; nothing thrown', async () => {
    const fake = fakeScormApi({ version: '1.2' });
    const tracker = createScorm12Tracker(context(), { api: fake.api });
    const statuses: SaveStatus[] = [];
    tracker.onStatus((s) => statuses.push(s));
    await tracker.start();
    fake.fail.commit = 3;
    tracker.record([answered(single, ['a2'], true)], snap());
    vi.advanceTimersByTime(2002); // first commit (after 2 s of quiet, then a paint) fails
    expect(statuses.at(-1)).toBe('retrying');
    vi.advanceTimersByTime(1001); // retry 1 fails
    expect(statuses.at(-1)).toBe('retrying');
    vi.advanceTimersByTime(2001); // retry 2 fails → 3 in a row
    expect(statuses.at(-1)).toBe('failing');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('LMSCommit failed: 101'));
    vi.advanceTimersByTime(4001); // retry 3 succeeds
    expect(statuses.at(-1)).toBe('saved');
    expect(fake.count('commit')).toBe(4);
    expect(statuses).toEqual(['saved', 'saving', 'retrying', 'failing', 'saved']);
  });

  it('while commits fail, the state is kept on the device and resumed if the LMS never got it', async () => {
    const win = fakeWindow();
    const fake = fakeScormApi({ version: '1.2', data: { 'cmi.suspend_data': 'g1~old', 'cmi.core.student_id': 'ola' } });
    const tracker = createScorm12Tracker(context(win), { api: fake.api });
    await tracker.start();
    fake.fail.commit = 1000;
    tracker.record([answered(single, ['a2'], true)], snap('g1~new'));
    vi.advanceTimersByTime(800);
    tracker.record([decided('c-strong')], snap('g1~newer'));
    await tracker.exit(); // the window closes while the LMS still refuses
    fake.store.set('cmi.suspend_data', 'g1~old'); // what the LMS persisted: the old state

    // Next launch, same learner: the copy on the device wins over the stale LMS data.
    const again = fakeScormApi({ version: '1.2', data: { 'cmi.suspend_data': 'g1~old', 'cmi.core.student_id': 'ola' } });
    const resumed = createScorm12Tracker(context(win), { api: again.api });
    expect((await resumed.start()).saved).toBe('g1~newer');
    // …and once a commit succeeds the copy is gone.
    resumed.record([], snap('g1~newer'));
    vi.runAllTimers();
    expect(again.store.get('cmi.suspend_data')).toBe('g1~newer');
    const third = fakeScormApi({ version: '1.2', data: { 'cmi.suspend_data': 'g1~old', 'cmi.core.student_id': 'ola' } });
    expect((await createScorm12Tracker(context(win), { api: third.api }).start()).saved).toBe('g1~old');
  });

  it('the device copy is never used for another learner or when the LMS has moved on', async () => {
    const win = fakeWindow();
    const fake = fakeScormApi({ version: '2004', data: { 'cmi.suspend_data': 'g1~old', 'cmi.learner_id': 'ola' } });
    const tracker = createScorm2004Tracker(context(win), { api: fake.api });
    await tracker.start();
    fake.fail.commit = 1000;
    tracker.record([answered(single, ['a2'], true)], snap('g1~new'));
    vi.advanceTimersByTime(800);
    await tracker.exit();
    const other = fakeScormApi({ version: '2004', data: { 'cmi.suspend_data': 'g1~old', 'cmi.learner_id': 'kari' } });
    expect((await createScorm2004Tracker(context(win), { api: other.api }).start()).saved).toBe('g1~old');
    const movedOn = fakeScormApi({ version: '2004', data: { 'cmi.suspend_data': 'g1~elsewhere', 'cmi.learner_id': 'ola' } });
    expect((await createScorm2004Tracker(context(win), { api: movedOn.api }).start()).saved).toBe('g1~elsewhere');
  });

  it('a value the course can do without, refused for good (2004 406 type mismatch), is dropped, not retried forever', async () => {
    const fake = fakeScormApi({ version: '2004' });
    const tracker = createScorm2004Tracker(context(), { api: fake.api });
    const statuses: SaveStatus[] = [];
    tracker.onStatus((s) => statuses.push(s));
    await tracker.start();
    fake.fail.set.set('cmi.progress_measure', 1);
    fake.fail.setCode = 406;
    tracker.record([], snap());
    vi.runAllTimers();
    expect(statuses.at(-1)).toBe('saved');
    expect(fake.sets().filter(([k]) => k === 'cmi.progress_measure')).toHaveLength(1);
  });

  it('a SetValue failing for a passing reason (101) is retried with the next commit', async () => {
    const fake = fakeScormApi({ version: '1.2' });
    const tracker = createScorm12Tracker(context(), { api: fake.api });
    const statuses: SaveStatus[] = [];
    tracker.onStatus((s) => statuses.push(s));
    await tracker.start();
    fake.fail.set.set('cmi.suspend_data', 1);
    fake.fail.setCode = 101;
    tracker.record([], snap('g1~keep'));
    vi.advanceTimersByTime(5001); // no event: the longer idle debounce, then a task after paint
    expect(statuses.at(-1)).toBe('retrying');
    vi.advanceTimersByTime(1002); // the retry, again in a task after paint
    expect(fake.store.get('cmi.suspend_data')).toBe('g1~keep');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('review mode writes nothing but still ends the session', async () => {
    const fake = fakeScormApi({ version: '2004', data: { 'cmi.mode': 'review' } });
    const tracker = createScorm2004Tracker(context(), { api: fake.api });
    await tracker.start();
    tracker.record([answered(single, ['a2'], true)], snap());
    vi.runAllTimers();
    await tracker.exit();
    expect(fake.count('set')).toBe(0);
    expect(fake.count('terminate')).toBe(1);
  });
});
