import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveStatus } from '../../../../src/tracking/tracker.ts';
import { createOutbox } from '../../../../src/tracking/xapi/outbox.ts';
import { mergeDocs } from '../../../../src/tracking/xapi/saved-state.ts';
import type { Statement } from '../../../../src/tracking/xapi/types.ts';
import { etagOf } from '../../../lrs/documents.ts';
import { fakeLrsFetch, statement, type Reply } from './fake-lrs-fetch.ts';
import { fakeWindow, memoryStorage } from './helpers.ts';

const KEY = 'outbox-state-test';
const agent = { objectType: 'Agent' as const, name: 'Kari Nordmann', mbox: 'mailto:kari@example.no' };
const ref = { activityId: 'https://kurs.example/a', agent, registration: null, stateId: 'bookmark' };
const docKey = ['https://kurs.example/a', JSON.stringify(agent), null, 'bookmark'].join('§');
const doc = (saved: string, flags: { completed?: boolean; passed?: boolean } = {}) => JSON.stringify({ v: 1, saved, completed: flags.completed ?? false, passed: flags.passed ?? false });
const TERMINATED = 'http://adlnet.gov/expapi/verbs/terminated';

function setup(script: Reply[] = [], fallback: Reply = 200, storage = memoryStorage()) {
  const lrs = fakeLrsFetch(script, fallback);
  const statuses: SaveStatus[] = [];
  const logs: string[] = [];
  const outbox = createOutbox({
    win: fakeWindow({ localStorage: storage }),
    storageKey: KEY,
    lrs: { endpoint: 'https://lrs.example/xapi/', auth: 'Basic x', fetch: lrs.fetch, timeoutMs: 5000 },
    state: { ref, merge: mergeDocs },
    setStatus: (s) => statuses.push(s),
    log: (m) => logs.push(m),
    stateDelayMs: 1000,
  });
  return { ...lrs, outbox, statuses, logs, storage, last: () => statuses.at(-1) };
}
const puts = (calls: { method: string; headers: Record<string, string> }[]) => calls.filter((c) => c.method === 'PUT').map((c) => c.headers);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('State document writes with concurrency headers (ADL LRS rules)', () => {
  it('creates with If-None-Match: *, then replaces with If-Match: <the ETag>; every write lands', async () => {
    const t = setup();
    t.outbox.knowState(null);
    t.outbox.start();
    t.outbox.writeState({ body: doc('a') });
    await vi.advanceTimersByTimeAsync(1000);
    t.outbox.writeState({ body: doc('b') });
    await vi.advanceTimersByTimeAsync(1000);
    t.outbox.writeState({ body: doc('c', { completed: true, passed: true }) });
    await vi.advanceTimersByTimeAsync(1000);
    const headers = puts(t.calls);
    expect(headers).toHaveLength(3);
    expect(headers[0]?.['If-None-Match']).toBe('*');
    expect(headers[1]?.['If-Match']).toBe(etagOf(doc('a')));
    expect(headers[2]?.['If-Match']).toBe(etagOf(doc('b')));
    expect(t.docs.get(docKey)?.body).toBe(doc('c', { completed: true, passed: true }));
    expect(t.logs.join('\n')).not.toMatch(/refused|dropped/);
    expect(t.last()).toBe('saved');
  });

  it('409/412 (another device wrote): re-reads, merges (passed stays passed), writes again', async () => {
    const t = setup();
    t.docs.set(docKey, { body: doc('other-device', { completed: true, passed: true }), etag: '"theirs"' });
    t.outbox.knowState('"ours-is-stale"');
    t.outbox.start();
    t.outbox.writeState({ body: doc('this-device') });
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.calls.filter((c) => c.method === 'PUT').length).toBe(2);
    expect(JSON.parse(t.docs.get(docKey)?.body ?? '{}')).toEqual({ v: 1, saved: 'this-device', completed: true, passed: true });
    expect(t.last()).toBe('saved');
  });

  it('a refused State write is kept and retried, and the indicator never says saved meanwhile', async () => {
    const refuseState: Reply = (call) => (call.url.includes('/activities/state') && call.method === 'PUT' ? 403 : 200);
    const t = setup([], refuseState);
    t.outbox.knowState(null);
    t.outbox.start();
    t.outbox.writeState({ body: doc('a') });
    await vi.advanceTimersByTimeAsync(1000 + 1000 + 2000 + 4000);
    expect(t.statuses.slice(t.statuses.indexOf('saving'))).not.toContain('saved');
    expect(t.last()).toBe('failing');
    expect(t.outbox.size()).toBe(1);
    expect(t.logs.join('\n')).toContain('kept on this device');
  });

  it('the State document is written before Terminated (cmi5: nothing is accepted after it)', async () => {
    const t = setup();
    t.outbox.knowState(null);
    t.outbox.start();
    const answer = statement();
    const end: Statement = { ...statement(), verb: { id: TERMINATED, display: { en: 'terminated' } } };
    t.outbox.enqueue([answer, end]);
    t.outbox.writeState({ body: doc('final', { passed: true }) });
    await t.outbox.drain(5000);
    const order = t.calls.filter((c) => c.method !== 'GET').map((c) => (c.method === 'PUT' ? 'state' : (JSON.parse(c.body ?? '[]') as Statement[]).map((s) => s.verb.id.split('/').pop()).join('+')));
    expect(order).toEqual(['experienced', 'state', 'terminated']);
  });

  it('Initialized goes in a request of its own (CATAPULT judges a request against the session before it, 9.3.0.0-4)', async () => {
    const t = setup();
    t.outbox.start();
    const first: Statement = { ...statement(), verb: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { en: 'initialized' } } };
    t.outbox.enqueue([first, statement(), statement()]);
    await t.outbox.drain(5000);
    expect(t.calls.filter((c) => c.method === 'POST').map((c) => (JSON.parse(c.body ?? '[]') as Statement[]).length)).toEqual([1, 2]);
  });

  it('after delivery the device keeps no name or e-mail of the learner (the State write is stored without its agent)', async () => {
    const storage = memoryStorage();
    const t = setup([], 200, storage);
    t.outbox.knowState(null);
    t.outbox.start();
    t.outbox.enqueue([{ ...statement(), actor: agent }]);
    t.outbox.writeState({ body: doc('a') });
    // While the statement waits, it is on the device with its actor (it must be sent as made).
    expect(storage.getItem(KEY)).toContain('kari@example.no');
    await vi.advanceTimersByTimeAsync(300);
    expect(t.stored.size).toBe(1);
    expect(t.outbox.size()).toBe(1); // the State document waits out its delay
    expect(storage.getItem(KEY) ?? '').not.toMatch(/kari@example\.no|Kari Nordmann/);
  });

  it('adopt(): earlier statements can be changed or dropped before sending', async () => {
    const storage = memoryStorage();
    const first = setup([], 'network', storage);
    const [a, b] = [statement(), statement()];
    first.outbox.enqueue([a, b]);
    const again = setup([], 200, storage);
    again.outbox.adopt((s) => (s.id === a.id ? null : { ...s, timestamp: '2026-02-01T00:00:00.000Z' }));
    again.outbox.start();
    await vi.advanceTimersByTimeAsync(300);
    expect([...again.stored.values()].map((s) => [s.id, s.timestamp])).toEqual([[b.id, '2026-02-01T00:00:00.000Z']]);
  });
});
