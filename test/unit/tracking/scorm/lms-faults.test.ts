import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyStrictProfile, type StrictProfile } from '../../../../packaging/lms-preview/strict-profile.ts';
import { journalKey } from '../../../../src/tracking/scorm/device-journal.ts';
import { createScorm12Tracker } from '../../../../src/tracking/scorm/scorm12.ts';
import { createScorm2004Tracker } from '../../../../src/tracking/scorm/scorm2004.ts';
import type { SaveStatus, Tracker } from '../../../../src/tracking/tracker.ts';
import { fakeScormApi } from './fake-scorm-api.ts';
import { answered, decided, multiple, single, summary } from './scorm-fixtures.ts';
import { context, fakeWindow, memoryStorage, paintTimers, snap } from './tracker-harness.ts';

/**
 * Issue 8, items 1–13: each fault as a real LMS showed it, against the strict LMS profile
 * (packaging/lms-preview/strict-profile.ts) wrapped around the in-memory API.
 */
type V = '1.2' | '2004';
const create = (v: V, win: Window, api: unknown, timers?: ReturnType<typeof paintTimers>): Tracker =>
  (v === '1.2' ? createScorm12Tracker : createScorm2004Tracker)(context(win), { api, ...(timers ? { timers } : {}) });

function lms(v: V, profile: Omit<StrictProfile, 'version'> = {}, data: Record<string, string> = {}) {
  const fake = fakeScormApi({ version: v, data: { [v === '1.2' ? 'cmi.core.student_id' : 'cmi.learner_id']: 'ola', ...data } });
  applyStrictProfile(fake.api, { version: v === '1.2' ? '12' : '2004', ...profile });
  return fake;
}

/** The SetValue calls with their answer, as the LMS saw them. */
const results = (fake: ReturnType<typeof fakeScormApi>) => fake.calls.filter((c) => c.method === 'set');
const ids = (fake: ReturnType<typeof fakeScormApi>) =>
  [...fake.store.entries()].filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k)).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([k, v]) => `${k.split('.')[2] ?? ''}:${String(v)}`);

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const hyphenated = { ...single, id: 'kr-q1', options: ['kr-q1-a', 'kr-q1-b'].map((id, i) => ({ id, text: { nb: id }, correct: i === 0, feedback: { nb: '' } })) };

describe('Moodle 4.5 (strict profile)', () => {
  it('1. every response is accepted: option ids are written as short identifiers without hyphens', async () => {
    const fake = lms('2004', { moodle: true });
    const t = create('2004', fakeWindow(), fake.api);
    await t.start();
    t.record([answered(hyphenated, ['kr-q1-a'], true), decided('c-strong')], snap());
    vi.runAllTimers();
    expect(fake.store.get('cmi.interactions.0.learner_response')).toBe('kr_q1_a');
    expect(fake.store.get('cmi.interactions.0.correct_responses.0.pattern')).toBe('kr_q1_a');
    expect(fake.store.get('cmi.interactions.1.learner_response')).toBe('c_strong');
    expect(console.warn).not.toHaveBeenCalled(); // not one refused call
  });

  it('2. «Avslutt» after passing ends the session in Moodle: no exitAll, Commit and Terminate succeed', async () => {
    const fake = lms('2004', { moodle: true });
    const t = create('2004', fakeWindow(), fake.api);
    const statuses: SaveStatus[] = [];
    t.onStatus((s) => statuses.push(s));
    await t.start();
    t.record([], snap('g1', summary({ completion: 'completed', success: 'passed', score: 100, progress: 1 })));
    await t.exit();
    expect(fake.store.get('cmi.exit')).toBe('normal');
    expect(statuses.at(-1)).toBe('saved');
    expect(console.warn).not.toHaveBeenCalled();
    expect(fake.count('terminate')).toBe(1);
  });

  it('2. «Avslutt» before finishing suspends with suspendAll, which Moodle accepts', async () => {
    const fake = lms('2004', { moodle: true });
    const t = create('2004', fakeWindow(), fake.api);
    await t.start();
    t.record([], snap());
    await t.exit();
    expect(fake.store.get('adl.nav.request')).toBe('suspendAll');
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('6. the final flush writes location and suspend_data again, with the current page', async () => {
    const fake = lms('1.2');
    const t = create('1.2', fakeWindow(), fake.api);
    await t.start();
    t.record([], snap('g1~x', summary(), 'kr-case'));
    vi.runAllTimers();
    const before = results(fake).length;
    t.flush();
    expect(results(fake).slice(before).map((c) => c.args)).toEqual(expect.arrayContaining([['cmi.core.lesson_location', 'kr-case'], ['cmi.suspend_data', 'g1~x']]));
  });

  it('6. «Avslutt» closes the popup the LMS opened, and only a popup', async () => {
    const popup = fakeWindow({ opener: true });
    const t = create('2004', popup, lms('2004').api);
    await t.start();
    t.record([], snap());
    await t.exit();
    vi.advanceTimersByTime(1000);
    expect(popup.closeCalls).toBe(1);
    const framed = fakeWindow();
    const u = create('2004', framed, lms('2004').api);
    await u.start();
    await u.exit();
    vi.advanceTimersByTime(1000);
    expect(framed.closeCalls).toBe(0);
  });
});

describe.each<V>(['1.2', '2004'])('faults, SCORM %s', (v) => {
  const responseElement = v === '1.2' ? 'student_response' : 'learner_response';

  it.each([
    ['no LMS', 'none'],
    ['a failed Initialize', 'init'],
    ['an LMS refusing every save', 'refuse'],
  ] as const)('7. answers kept on the device after %s reach the LMS on the next good launch, once, for that learner only', async (_name, fault) => {
    const storage = memoryStorage();
    const first = fault === 'none' ? null : lms(v, fault === 'init' ? { failInitialize: 1000 } : { refuse: '.' });
    const t = create(v, fakeWindow({ storage }), first?.api ?? null);
    await t.start();
    t.record([answered(single, ['a2'], true)], snap('g1~one'));
    t.record([answered(multiple, ['o0', 'o11'], true)], snap('g1~two', summary({ score: 90, success: 'passed' })));
    vi.advanceTimersByTime(3000);
    t.flush();
    await t.exit();

    const good = lms(v);
    const again = create(v, fakeWindow({ storage }), good.api);
    expect((await again.start()).saved).toBe('g1~two');
    vi.runAllTimers();
    expect(ids(good)).toEqual(['0:q-single', '1:q-multi']);
    expect(good.store.get(v === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe('passed');
    expect(good.store.get(v === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw')).toBe('90');
    expect(good.store.get('cmi.objectives.0.id')).toBe('kjenn-rammene');
    expect(good.store.get('cmi.suspend_data')).toBe('g1~two');
    await again.exit();

    // Once confirmed, nothing is sent again; another learner on this device never gets it.
    const third = lms(v, {}, { 'cmi.suspend_data': 'g1~two' });
    const later = create(v, fakeWindow({ storage }), third.api);
    await later.start();
    vi.runAllTimers();
    expect(ids(third)).toEqual([]);
    const kari = lms(v, {}, { [v === '1.2' ? 'cmi.core.student_id' : 'cmi.learner_id']: 'kari' });
    expect((await create(v, fakeWindow({ storage }), kari.api).start()).saved).toBeNull();
  });

  it.each(['response', 'suspend_data'])('8. a refused %s write is shown and retried until the LMS takes it', async (what) => {
    const fake = lms(v);
    const t = create(v, fakeWindow(), fake.api);
    const statuses: SaveStatus[] = [];
    t.onStatus((s) => statuses.push(s));
    await t.start();
    const element = what === 'response' ? `cmi.interactions.0.${responseElement}` : 'cmi.suspend_data';
    fake.fail.set.set(element, 3);
    fake.fail.setCode = v === '1.2' ? 405 : 351;
    t.record([answered(single, ['a2'], true)], snap('g1~answer'));
    vi.advanceTimersByTime(2002 + 1001 + 2001); // the first commit after 2 s of quiet, two retries
    expect(statuses).toContain('failing'); // SAVE_FAILING: the learner is told
    vi.advanceTimersByTime(4001);
    expect(statuses.at(-1)).toBe('saved');
    expect(fake.store.get(element)).toBe(what === 'response' ? (v === '1.2' ? '1' : 'a2') : 'g1~answer');
  });

  it('9. a failed Initialize: the same message in both versions, and Initialize is tried again for real', async () => {
    const fake = lms(v, { failInitialize: 2 });
    const t = create(v, fakeWindow(), fake.api);
    const statuses: SaveStatus[] = [];
    t.onStatus((s) => statuses.push(s));
    expect((await t.start()).notice).toBe('LMS_INIT_FAILED');
    expect(statuses.at(-1)).toBe('offline');
    t.record([answered(single, ['a2'], true)], snap('g1~meanwhile'));
    vi.advanceTimersByTime(2000);
    expect(fake.count('initialize')).toBe(0); // the 2nd try failed too
    vi.advanceTimersByTime(5000 + 2100);
    expect(fake.count('initialize')).toBe(1); // the 3rd worked
    expect(ids(fake)).toEqual(['0:q-single']);
    expect(fake.store.get('cmi.suspend_data')).toBe('g1~meanwhile');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('10. no LMS call runs before the next paint, even when the max wait is reached', async () => {
    const fake = lms(v, { commitDelayMs: 0 });
    const timers = paintTimers();
    const t = create(v, fakeWindow(), fake.api, timers);
    await t.start();
    const before = fake.calls.length;
    for (let i = 0; i < 100; i += 1) {
      t.record([answered(single, ['a2'], true)], snap(`g1~${i}`));
      vi.advanceTimersByTime(300);
    }
    expect(fake.calls.length).toBe(before); // 30 s of clicks: nothing ran in a click's task
    timers.paint();
    expect(fake.count('commit')).toBe(1);
  });

  it('11. each answer is on the device before any LMS call; a crash right after loses nothing', async () => {
    const storage = memoryStorage();
    const fake = lms(v);
    const t = create(v, fakeWindow({ storage }), fake.api);
    await t.start();
    const calls = fake.calls.length;
    t.record([answered(single, ['a2'], true)], snap('g1~answered'));
    expect(fake.calls.length).toBe(calls);
    expect(storage.getItem(journalKey('https://x.example/c', 'ola'))).toContain('q-single');
    // The tab crashes: no flush, no pagehide. Next launch, the LMS has nothing of it.
    const after = lms(v);
    expect((await create(v, fakeWindow({ storage }), after.api).start()).saved).toBe('g1~answered');
    vi.runAllTimers();
    expect(ids(after)).toEqual(['0:q-single']);
  });

  it('12. "false" with GetLastError 0 is success with a warning: no retries, no "saving fails"', async () => {
    const fake = lms(v, { falseWithZero: true });
    const t = create(v, fakeWindow(), fake.api);
    const statuses: SaveStatus[] = [];
    t.onStatus((s) => statuses.push(s));
    await t.start();
    t.record([answered(single, ['a2'], true)], snap());
    vi.advanceTimersByTime(60_000);
    expect(fake.count('commit')).toBe(1);
    expect(statuses.at(-1)).toBe('saved');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('error 0; taken as success'));
  });

  it('13. a refused cmi.interactions.n.id leaves no gap: the index is reused, order kept', async () => {
    const fake = lms(v, { moodle: true });
    const t = create(v, fakeWindow(), fake.api);
    await t.start();
    fake.fail.set.set('cmi.interactions.0.id', 1);
    fake.fail.setCode = v === '1.2' ? 405 : 351;
    t.record([answered(single, ['a2'], true)], snap());
    vi.advanceTimersByTime(800);
    t.record([decided('c-strong')], snap());
    vi.runAllTimers();
    expect(ids(fake)).toEqual(['0:q-single', '1:sc--n1']);
  });

  it('13. a no-credit launch changes nothing that counts (status, score, objectives) but keeps bookmark and answers', async () => {
    const fake = lms(v, {}, { [v === '1.2' ? 'cmi.core.credit' : 'cmi.credit']: 'no-credit' });
    const t = create(v, fakeWindow(), fake.api);
    expect((await t.start()).credit).toBe(false);
    t.record([answered(single, ['a2'], true)], snap('g1~nc', summary({ completion: 'completed', success: 'failed', score: 40 }, { success: 'failed', score: 40 })));
    vi.runAllTimers();
    const written = results(fake).map((c) => c.args[0] ?? '');
    expect(written.filter((e) => /status|score|progress_measure/.test(e))).toEqual([]);
    expect(fake.store.get('cmi.suspend_data')).toBe('g1~nc');
    expect(ids(fake)).toEqual(['0:q-single']);
  });
});
