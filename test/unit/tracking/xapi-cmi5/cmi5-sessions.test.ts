import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TrackingEvent } from '../../../../src/state/events.ts';
import { createCmi5Tracker } from '../../../../src/tracking/cmi5/cmi5-tracker.ts';
import type { Statement } from '../../../../src/tracking/xapi/types.ts';
import { CMI5 } from '../../../../src/tracking/xapi/vocabulary.ts';
import { fixtureCourse } from '../xapi/fixture-course.ts';
import { fakeWindow, memoryStorage, snapshotOf, trackerContext } from '../xapi/helpers.ts';
import { cmi5Search, fakeCmi5Lms, type LmsOptions } from './fake-cmi5-lms.ts';

const at = new Date('2026-01-05T10:00:00.000Z');
const verbs = (list: Statement[]) => list.map((s) => s.verb.id.split('/').pop());
const snap = snapshotOf(fixtureCourse);
const page = (pageId: string): TrackingEvent => ({ type: 'page-viewed', lessonId: 'leksjon-a', pageId, at });
const question = fixtureCourse.lessons[0]?.pages.flatMap((p) => p.blocks).find((b) => b.kind === 'question');
if (question?.kind !== 'question') throw new Error('fixture course needs a question');
const answered = (n: number): TrackingEvent => ({
  type: 'question-answered',
  lessonId: 'leksjon-a',
  question: question.question,
  response: ['a'],
  correct: true,
  latencyMs: 1000 + n,
  context: { kind: 'lesson' },
  at,
});

/** One "page load" of the AU: its own window; storage passed in survives reloads/relaunches. */
function load(lms: LmsOptions | ReturnType<typeof fakeCmi5Lms>, o: { local: Storage; session: Storage; search?: string }) {
  const l = 'fetch' in lms && typeof lms.fetch === 'function' ? lms : fakeCmi5Lms(lms as LmsOptions);
  const win = fakeWindow({ search: o.search ?? cmi5Search(), course: fixtureCourse, localStorage: o.local, sessionStorage: o.session });
  const logs: string[] = [];
  const tracker = createCmi5Tracker(trackerContext(fixtureCourse, win), { fetch: l.fetch, log: (m) => logs.push(m) });
  return { ...l, win, tracker, logs };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('cmi5 sessions: reload, relaunch, the end', () => {
  it('the final State write goes before Terminated (after it the LMS refuses everything, 8.1.2.0-2)', async () => {
    const t = load({}, { local: memoryStorage(), session: memoryStorage() });
    await t.tracker.start();
    t.tracker.record([page('side-1'), { type: 'course-completed', at }], { ...snap, serialized: 'final' });
    await t.tracker.exit();
    expect(t.log.filter((e) => e.startsWith('refused'))).toEqual([]);
    const put = t.log.lastIndexOf('PUT state bookmark');
    expect(put).toBeGreaterThan(-1);
    expect(put).toBeLessThan(t.log.indexOf('statement terminated'));
    expect(JSON.parse(t.state.get('bookmark') ?? '{}')).toMatchObject({ saved: 'final', completed: true });
  });

  it('a plain reload continues the session: token kept, no second Initialized, Terminated only on «Avslutt»', async () => {
    const local = memoryStorage();
    const session = memoryStorage();
    const first = load({}, { local, session });
    await first.tracker.start();
    first.tracker.record([page('side-1')], snap);
    first.win.fire('pagehide');
    await vi.advanceTimersByTimeAsync(0);
    // The reload: same tab (sessionStorage), same launch URL; the fetch URL would now say error 1.
    const fetches = first.log.filter((e) => e === 'fetch').length;
    const again = load(first, { local, session });
    const info = await again.tracker.start();
    expect(info.notice).toBeNull();
    again.tracker.record([page('side-2')], snap);
    await again.tracker.exit();
    expect(again.log.filter((e) => e === 'fetch')).toHaveLength(fetches);
    expect(verbs(again.statements)).toEqual(['initialized', 'progressed', 'progressed', 'terminated']);
    expect(again.log.filter((e) => e.startsWith('refused'))).toEqual([]);
  });

  it('offline answers of a closed session move into the next session; its defined statements are dropped and logged, Completed judged again', async () => {
    const local = memoryStorage();
    let offline = false;
    const first = load({ offline: () => offline }, { local, session: memoryStorage() });
    await first.tracker.start();
    await vi.advanceTimersByTimeAsync(300);
    // The network goes; four answers and the course completion wait on the device; the window closes.
    offline = true;
    first.tracker.record([answered(1), answered(2), answered(3), answered(4), { type: 'course-completed', at }], snap);
    first.win.fire('pagehide');
    await vi.advanceTimersByTimeAsync(0);
    // Relaunch from the LMS: a new session (new session id, new token, a new window).
    const second = load({ sessionId: 'session-2' }, { local, session: memoryStorage(), search: cmi5Search({ fetch: 'https://lms.example/fetch?s=2' }) });
    for (const [k, v] of first.state.entries()) second.state.set(k, v);
    await second.tracker.start();
    await second.tracker.exit();
    expect(second.log.filter((e) => e.startsWith('refused'))).toEqual([]);
    const answers = second.statements.filter((s) => s.verb.id.endsWith('/answered'));
    expect(answers).toHaveLength(4);
    for (const s of answers) expect(s.context?.extensions?.[CMI5.sessionId]).toBe('session-2');
    expect(verbs(second.statements)).toEqual(['initialized', 'answered', 'answered', 'answered', 'answered', 'completed', 'terminated']);
    expect(second.logs.some((l) => l.includes('dropped on purpose') && l.includes('completed'))).toBe(true);
  });

  it('a javascript: returnURL is ignored and logged for the admin; the learner can take the course', async () => {
    const t = load({ returnURL: 'javascript:alert(1)' }, { local: memoryStorage(), session: memoryStorage() });
    const info = await t.tracker.start();
    expect(info.notice).toBeNull();
    t.tracker.record([page('side-1')], snap);
    const { returnUrl } = await t.tracker.exit();
    expect(returnUrl).toBeNull();
    expect(verbs(t.statements)).toEqual(['initialized', 'progressed', 'terminated']);
    expect(t.logs.some((l) => l.startsWith('RETURN_URL_IGNORED') && l.includes('javascript:alert(1)'))).toBe(true);
  });
});
