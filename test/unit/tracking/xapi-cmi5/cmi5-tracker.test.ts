import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackingEvent } from '../../../../src/state/events.ts';
import { createCmi5Tracker } from '../../../../src/tracking/cmi5/cmi5-tracker.ts';
import type { Statement } from '../../../../src/tracking/xapi/types.ts';
import { CMI5 } from '../../../../src/tracking/xapi/vocabulary.ts';
import { statementWarnings } from '../../../lrs/validate-statement.ts';
import { fixtureCourse } from '../xapi/fixture-course.ts';
import { fakeWindow, memoryStorage, snapshotOf, trackerContext } from '../xapi/helpers.ts';
import { cmi5Search, fakeCmi5Lms, type LmsOptions } from './fake-cmi5-lms.ts';

const at = new Date('2026-01-05T10:00:00.000Z');
const verbs = (list: Statement[]) => list.map((s) => s.verb.id.split('/').pop());
const categories = (s: Statement | undefined) => (s?.context?.contextActivities?.category ?? []).map((c) => c.id);
const submitted = (score: number, passed: boolean, attempt = 1): TrackingEvent => ({
  type: 'assessment-submitted',
  attempt,
  passed,
  result: { score, byObjective: { 'kjenn-rammene': score, 'se-helheten': score }, draw: [] },
  at,
});
const snap = snapshotOf(fixtureCourse);

function setup(lms: LmsOptions = {}, search = cmi5Search(), localStorage = memoryStorage(), sessionStorage = memoryStorage()) {
  const l = fakeCmi5Lms(lms);
  const win = fakeWindow({ search, course: fixtureCourse, localStorage, sessionStorage });
  const logs: string[] = [];
  const tracker = createCmi5Tracker(trackerContext(fixtureCourse, win), { fetch: l.fetch, log: (m) => logs.push(m) });
  return { ...l, win, tracker, logs, localStorage, sessionStorage };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('cmi5 AU lifecycle', () => {
  it('fetch once, LaunchData and preferences before any statement; Initialized first; Terminated last; returnURL', async () => {
    const t = setup({ masteryScore: 0.75, returnURL: 'https://lms.example/kurs?done=1', languagePreference: 'nn-NO,nb' });
    const info = await t.tracker.start();
    expect(info).toMatchObject({ notice: null, mode: 'normal', language: 'nn-NO,nb', masteryScore: 75, learnerName: 'Kari Nordmann' });
    t.tracker.record([{ type: 'page-viewed', lessonId: 'leksjon-a', pageId: 'side-1', at }], snap);
    t.tracker.record([{ type: 'course-completed', at }], snap);
    t.tracker.record([submitted(80, true)], snap);
    const { returnUrl } = await t.tracker.exit();
    expect(returnUrl).toBe('https://lms.example/kurs?done=1');
    const firstStatement = t.log.findIndex((e) => e.startsWith('statement'));
    expect(t.log.slice(0, firstStatement)).toEqual(['fetch', 'GET state LMS.LaunchData', 'GET preferences', 'GET state bookmark']);
    expect(t.log.filter((e) => e === 'fetch')).toHaveLength(1);
    expect(t.log).not.toContain('PUT state LMS.LaunchData');
    expect(verbs(t.statements)).toEqual(['initialized', 'progressed', 'completed', 'scored', 'scored', 'scored', 'passed', 'terminated']);
    for (const s of t.statements) {
      expect(statementWarnings(s)).toEqual([]);
      expect(s.context?.extensions?.[CMI5.sessionId]).toBe('session-1');
      expect(s.context?.contextActivities?.grouping?.map((g) => g.id)).toContain('https://publisher.example/au');
      expect(s.context?.registration).toBe('6b1b9a59-4a63-4c6f-9d5e-0a1b2c3d4e5f');
    }
    const [init, progressed, completed, ...rest] = t.statements;
    const [passed, terminated] = rest.slice(3);
    expect(init?.object.id).toBe('https://lms.example/au/1');
    expect(categories(init)).toEqual([CMI5.categoryCmi5]);
    expect(categories(progressed)).toEqual([]);
    expect(progressed?.result?.extensions?.[CMI5.progress]).toBe(0);
    expect(completed?.result).toEqual({ completion: true, duration: expect.stringMatching(/^PT/) as string });
    expect(categories(completed)).toEqual([CMI5.categoryCmi5, CMI5.categoryMoveOn]);
    expect(passed?.result).toMatchObject({ success: true, score: { scaled: 0.8, raw: 80, min: 0, max: 100 } });
    expect(passed?.context?.extensions?.[CMI5.masteryScore]).toBe(0.75);
    expect(categories(passed)).toEqual([CMI5.categoryCmi5, CMI5.categoryMoveOn]);
    expect(terminated?.result?.duration).toMatch(/^PT/);
    expect(categories(terminated)).toEqual([CMI5.categoryCmi5]);
    // Nothing after Terminated.
    t.tracker.record([{ type: 'page-viewed', lessonId: 'leksjon-a', pageId: 'side-1', at }], snap);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(verbs(t.statements).at(-1)).toBe('terminated');
  });

  it('Completed only once, and no progress after it; state remembers it for the next session', async () => {
    const storage = memoryStorage();
    const t = setup({}, cmi5Search(), storage);
    await t.tracker.start();
    t.tracker.record([{ type: 'course-completed', at }], snap);
    t.tracker.record([{ type: 'course-completed', at }, { type: 'page-viewed', lessonId: 'leksjon-a', pageId: 'side-1', at }], snap);
    await t.tracker.exit();
    expect(verbs(t.statements)).toEqual(['initialized', 'completed', 'terminated']);
    expect(JSON.parse(t.state.get('bookmark') ?? '{}')).toMatchObject({ completed: true, passed: false, saved: 'g1' });
  });

  it('a failed attempt waits; a pass in the same session replaces it (one of Passed/Failed per session)', async () => {
    const t = setup({ masteryScore: 0.8 });
    await t.tracker.start();
    t.tracker.record([submitted(40, false)], snap);
    t.tracker.record([submitted(100, true, 2)], snap);
    await t.tracker.exit();
    expect(verbs(t.statements).filter((v) => v === 'passed' || v === 'failed')).toEqual(['passed']);
  });

  it('a failed attempt is sent before Terminated when no pass follows; Passed/Failed follow the LMS masteryScore', async () => {
    const t = setup({ masteryScore: 0.9 });
    await t.tracker.start();
    // The app said passed against its own mastery, but the LMS's masteryScore rules (§10).
    t.tracker.record([submitted(85, true)], snap);
    await t.tracker.exit();
    expect(verbs(t.statements)).toEqual(['initialized', 'scored', 'scored', 'scored', 'failed', 'terminated']);
    const failed = t.statements[4];
    expect(failed?.result).toMatchObject({ success: false, score: { scaled: 0.85 } });
    expect(failed?.context?.extensions?.[CMI5.masteryScore]).toBe(0.9);
    expect(categories(t.statements[1])).toEqual([]);
  });

  it('never Failed after Passed in an earlier session of the registration', async () => {
    const storage = memoryStorage();
    const first = setup({}, cmi5Search(), storage);
    await first.tracker.start();
    first.tracker.record([submitted(100, true)], snap);
    await first.tracker.exit();
    const second = setup({}, cmi5Search({ fetch: 'https://lms.example/fetch?s=2' }), storage);
    for (const [k, v] of first.state.entries()) second.state.set(k, v);
    await second.tracker.start();
    second.tracker.record([submitted(10, false, 2)], snap);
    await second.tracker.exit();
    expect(verbs(second.statements).filter((v) => v === 'passed' || v === 'failed')).toEqual([]);
    expect(second.logs.some((l) => l.includes('Failed must not follow Passed'))).toBe(true);
  });

  it.each(['Browse', 'Review'] as const)('%s mode sends only Initialized and Terminated and writes no state', async (launchMode) => {
    const t = setup({ launchMode });
    const info = await t.tracker.start();
    expect(info.mode).toBe(launchMode.toLowerCase());
    t.tracker.record([{ type: 'page-viewed', lessonId: 'leksjon-a', pageId: 'side-1', at }, { type: 'course-completed', at }, submitted(100, true)], snap);
    await t.tracker.exit();
    expect(verbs(t.statements)).toEqual(['initialized', 'terminated']);
    expect(t.log.filter((e) => e.startsWith('PUT'))).toEqual([]);
  });

  it('the window closing (pagehide) sends what is queued with keepalive, but not Terminated: a reload may follow', async () => {
    const t = setup();
    await t.tracker.start();
    t.tracker.record([{ type: 'page-viewed', lessonId: 'leksjon-a', pageId: 'side-1', at }], snap);
    t.win.fire('pagehide');
    await vi.advanceTimersByTimeAsync(0);
    expect(verbs(t.statements)).toEqual(['initialized', 'progressed']);
  });

  it('a reload after «Avslutt» sent Terminated is a launch problem, not a session that goes on', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const session = memoryStorage();
    const first = setup({}, cmi5Search(), memoryStorage(), session);
    await first.tracker.start();
    await first.tracker.exit();
    const again = setup({}, cmi5Search(), memoryStorage(), session);
    const info = await again.tracker.start();
    expect(info.notice).toBe('LAUNCH_INVALID');
    expect(info.adminDetail).toContain('Terminated er sendt');
    expect(again.statements).toEqual([]);
    error.mockRestore();
  });

  it('a reload reuses the token instead of calling the one-time fetch URL again (§8.2.3.1)', async () => {
    const session = memoryStorage();
    const first = setup({}, cmi5Search(), memoryStorage(), session);
    await first.tracker.start();
    const second = setup({ fetchReply: { 'error-code': '1', 'error-text': 'already used' } }, cmi5Search(), memoryStorage(), session);
    const info = await second.tracker.start();
    expect(info.notice).toBeNull();
    expect(second.log).not.toContain('fetch');
  });

  it.each<[string, LmsOptions, string, string]>([
    ['fetch URL refuses', { fetchReply: { 'error-code': '1', 'error-text': 'already used' } }, cmi5Search(), 'feilkode 1: already used'],
    ['LaunchData without session id', { launchData: { launchMode: 'Normal', contextTemplate: {} } }, cmi5Search(), 'session id'],
    ['LaunchData with a bad launchMode', { launchData: { launchMode: 'Fast', contextTemplate: {} } }, cmi5Search(), 'launchMode'],
    ['no fetch parameter', {}, cmi5Search({ fetch: '' }), '"fetch" mangler'],
  ])('bad launch (%s): LAUNCH_INVALID with the admin detail, nothing sent', async (_name, lms, search, detail) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const t = setup(lms, search);
    const info = await t.tracker.start();
    expect(info.notice).toBe('LAUNCH_INVALID');
    expect(info.adminDetail).toContain(detail);
    t.tracker.record([{ type: 'course-completed', at }], snap);
    await t.tracker.exit();
    expect(t.statements).toEqual([]);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
