import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackingEvent } from '../../../../src/state/events.ts';
import type { SaveStatus } from '../../../../src/tracking/tracker.ts';
import { createXapiTracker } from '../../../../src/tracking/xapi/xapi-tracker.ts';
import type { Statement } from '../../../../src/tracking/xapi/types.ts';
import { statementWarnings } from '../../../lrs/validate-statement.ts';
import { fakeLrsFetch } from './fake-lrs-fetch.ts';
import { fixtureCourse } from './fixture-course.ts';
import { fakeWindow, memoryStorage, snapshotOf, trackerContext } from './helpers.ts';

const at = new Date('2026-01-05T10:00:00.000Z');
const search = `?${new URLSearchParams({
  endpoint: 'https://lrs.example/xapi/',
  auth: 'Basic dGVzdA==',
  actor: JSON.stringify({ name: ['Kari'], mbox: ['mailto:kari@example.no'] }),
  registration: '6b1b9a59-4a63-4c6f-9d5e-0a1b2c3d4e5f',
}).toString()}`;
const submitted = (score: number, passed: boolean): TrackingEvent => ({ type: 'assessment-submitted', attempt: 1, passed, result: { score, byObjective: {}, draw: [] }, at });

function setup(script: Parameters<typeof fakeLrsFetch>[0] = [], storage = memoryStorage()) {
  const lrs = fakeLrsFetch(script, 200);
  const win = fakeWindow({ search, course: fixtureCourse, localStorage: storage });
  const tracker = createXapiTracker(trackerContext(fixtureCourse, win), { fetch: lrs.fetch, log: () => undefined });
  const sent = () => lrs.calls.filter((c) => c.method === 'POST').flatMap((c) => JSON.parse(c.body ?? '[]') as Statement[]);
  return { ...lrs, tracker, sent, storage, win };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Tin Can tracker', () => {
  it('initialized … terminated, course verdicts once, never failed after passed, bookmark in the State API', async () => {
    const t = setup();
    const statuses: SaveStatus[] = [];
    t.tracker.onStatus((s) => statuses.push(s));
    const info = await t.tracker.start();
    expect(info).toMatchObject({ notice: null, learnerName: 'Kari', saved: null, mode: 'normal' });
    const snap = { ...snapshotOf(fixtureCourse), serialized: 'g1~Lab' };
    t.tracker.record([{ type: 'page-viewed', lessonId: 'leksjon-a', pageId: 'side-1', at }], snap);
    t.tracker.record([submitted(50, false)], snap);
    t.tracker.record([{ type: 'course-completed', at }, submitted(90, true)], snap);
    t.tracker.record([{ type: 'course-completed', at }, submitted(10, false)], snap);
    const { returnUrl } = await t.tracker.exit();
    expect(returnUrl).toBeNull();
    const verbs = t.sent().filter((s) => s.object.id === fixtureCourse.meta.id).map((s) => s.verb.id.split('/').pop());
    expect(verbs).toEqual(['initialized', 'progressed', 'failed', 'completed', 'passed', 'terminated']);
    for (const s of t.sent()) expect(statementWarnings(s)).toEqual([]);
    expect(new Set(t.sent().map((s) => s.id)).size).toBe(t.sent().length);
    const put = t.calls.filter((c) => c.method === 'PUT').at(-1);
    expect(JSON.parse(put?.body ?? '{}')).toEqual({ v: 1, saved: 'g1~Lab', completed: true, passed: true });
    expect(statuses.at(-1)).toBe('saved');
  });

  it('context.language: the Tin Can lang parameter for the first statements, then the language the learner sees (issue 13)', async () => {
    const lrs = fakeLrsFetch([], 200);
    const course = { ...fixtureCourse, meta: { ...fixtureCourse.meta, languages: ['nb' as const, 'nn' as const, 'en' as const] } };
    const win = fakeWindow({ search: `${search}&lang=nn-NO`, course, localStorage: memoryStorage() });
    const tracker = createXapiTracker({ ...trackerContext(course, win), languages: course.meta.languages }, { fetch: lrs.fetch, log: () => undefined });
    expect((await tracker.start()).language).toBe('nn-NO');
    tracker.record([{ type: 'page-viewed', lessonId: 'leksjon-a', pageId: 'side-1', at }], { ...snapshotOf(course), locale: 'en' });
    await tracker.exit();
    const sent = lrs.calls.filter((c) => c.method === 'POST').flatMap((c) => JSON.parse(c.body ?? '[]') as Statement[]);
    const languages = sent.map((s) => [s.verb.id.split('/').pop(), s.context?.language]);
    expect(languages[0]).toEqual(['initialized', 'nn']);
    expect(languages.length).toBeGreaterThanOrEqual(3);
    expect(languages.slice(1).every(([, l]) => l === 'en')).toBe(true);
    expect(languages.at(-1)?.[0]).toBe('terminated');
  });

  it('every bookmark write lands, not just the first (If-Match with the ETag; ADL LRS 409 otherwise)', async () => {
    const t = setup();
    await t.tracker.start();
    for (const serialized of ['g1~La', 'g1~Lab', 'g1~Labc']) {
      t.tracker.record([{ type: 'page-viewed', lessonId: 'leksjon-a', pageId: 'side-1', at }], { ...snapshotOf(fixtureCourse), serialized });
      await vi.advanceTimersByTimeAsync(31_000);
    }
    const puts = t.calls.filter((c) => c.method === 'PUT');
    expect(puts).toHaveLength(3);
    expect(puts.map((c) => c.headers['If-Match'] ?? `none-match ${c.headers['If-None-Match'] ?? '-'}`)[0]).toBe('none-match *');
    for (const c of puts.slice(1)) expect(c.headers['If-Match']).toMatch(/^"[0-9a-f]{40}"$/);
    expect([...t.docs.values()].map((d) => JSON.parse(d.body) as { saved: string })[0]?.saved).toBe('g1~Labc');
  });

  it('closing the window without «Avslutt» sends suspended (keepalive), not terminated', async () => {
    const t = setup();
    await t.tracker.start();
    t.tracker.record([{ type: 'page-viewed', lessonId: 'leksjon-a', pageId: 'side-1', at }], snapshotOf(fixtureCourse));
    t.win.fire('pagehide');
    await vi.advanceTimersByTimeAsync(0);
    const keepalive = t.calls.filter((c) => c.keepalive && c.method === 'POST').flatMap((c) => JSON.parse(c.body ?? '[]') as Statement[]);
    expect(keepalive.map((s) => s.verb.id)).toContain('http://adlnet.gov/expapi/verbs/suspended');
    const verbs = () => t.sent().filter((s) => s.object.id === fixtureCourse.meta.id).map((s) => s.verb.id.split('/').pop());
    expect(verbs()).toEqual(['initialized', 'progressed', 'suspended']);
  });

  it('resumes from the State API document', async () => {
    const doc = JSON.stringify({ v: 1, saved: 'g1~Lxyz', completed: false, passed: false });
    const lrsFetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
      Promise.resolve(new Response(init?.method === 'GET' ? doc : '[]', { status: 200 }))) as typeof fetch;
    const win = fakeWindow({ search, course: fixtureCourse });
    const tracker = createXapiTracker(trackerContext(fixtureCourse, win), { fetch: lrsFetch, log: () => undefined });
    expect((await tracker.start()).saved).toBe('g1~Lxyz');
  });

  it('offline at launch: resumes from the device copy instead of starting over', async () => {
    const storage = memoryStorage();
    const first = setup([], storage);
    await first.tracker.start();
    first.tracker.record([], { ...snapshotOf(fixtureCourse), serialized: 'g1~Ldevice' });
    await first.tracker.exit();
    const lrs = fakeLrsFetch([], 'network');
    const win = fakeWindow({ search, course: fixtureCourse, localStorage: storage });
    const tracker = createXapiTracker(trackerContext(fixtureCourse, win), { fetch: lrs.fetch, log: () => undefined });
    expect((await tracker.start()).saved).toBe('g1~Ldevice');
  });

  it('credentials the LRS refuses at launch are a launch problem (LAUNCH_INVALID), not "offline"', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const lrs = fakeLrsFetch([], 401);
    const win = fakeWindow({ search, course: fixtureCourse });
    const tracker = createXapiTracker(trackerContext(fixtureCourse, win), { fetch: lrs.fetch, log: () => undefined });
    const info = await tracker.start();
    expect(info.notice).toBe('LAUNCH_INVALID');
    expect(info.adminDetail).toContain('avviste "auth" (HTTP 401)');
    error.mockRestore();
  });

  it('a bad launch gives LAUNCH_INVALID with the parameter named, status not-recorded, no request', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const lrs = fakeLrsFetch();
    const win = fakeWindow({ search: '?endpoint=https://lrs.example/&auth=Basic%20x', course: fixtureCourse });
    const tracker = createXapiTracker(trackerContext(fixtureCourse, win), { fetch: lrs.fetch });
    const statuses: SaveStatus[] = [];
    tracker.onStatus((s) => statuses.push(s));
    const info = await tracker.start();
    expect(info.notice).toBe('LAUNCH_INVALID');
    expect(info.adminDetail).toBe('Parameteren "actor" mangler.');
    expect(statuses.at(-1)).toBe('not-recorded');
    tracker.record([{ type: 'course-completed', at }], snapshotOf(fixtureCourse));
    await tracker.exit();
    expect(lrs.calls).toEqual([]);
    error.mockRestore();
  });
});
