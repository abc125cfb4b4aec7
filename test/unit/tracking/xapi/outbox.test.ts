import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveStatus } from '../../../../src/tracking/tracker.ts';
import { createOutbox, type OutboxOptions } from '../../../../src/tracking/xapi/outbox.ts';
import { mergeDocs } from '../../../../src/tracking/xapi/saved-state.ts';
import type { Statement } from '../../../../src/tracking/xapi/types.ts';
import { fakeLrsFetch, statement, type Reply } from './fake-lrs-fetch.ts';
import { fakeWindow, memoryStorage } from './helpers.ts';

const KEY = 'outbox-test';
const ref = { activityId: 'https://kurs.example/a', agent: { mbox: 'mailto:kari@example.no' }, registration: null, stateId: 'bookmark' };

function setup(script: Reply[] = [], fallback: Reply = 200, storage = memoryStorage(), extra: Partial<OutboxOptions> = {}) {
  const lrs = fakeLrsFetch(script, fallback);
  const statuses: SaveStatus[] = [];
  const logs: string[] = [];
  const win = fakeWindow({ localStorage: storage });
  const outbox = createOutbox({
    win,
    storageKey: KEY,
    lrs: { endpoint: 'https://lrs.example/xapi/', auth: 'Basic x', fetch: lrs.fetch, timeoutMs: 5000 },
    state: { ref, merge: mergeDocs },
    setStatus: (s) => statuses.push(s),
    log: (m) => logs.push(m),
    ...extra,
  });
  return { ...lrs, outbox, statuses, logs, storage, win, last: () => statuses[statuses.length - 1] };
}
const posted = (calls: { method: string; body: string | null }[]) => calls.filter((c) => c.method === 'POST').map((c) => (JSON.parse(c.body ?? '[]') as Statement[]).length);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('outbox', () => {
  it('merges quick changes into one POST of an array, and reports saved', async () => {
    const t = setup();
    t.outbox.start();
    t.outbox.enqueue([statement(), statement()]);
    t.outbox.enqueue([statement()]);
    expect(t.last()).toBe('saving');
    await vi.advanceTimersByTimeAsync(300);
    expect(posted(t.calls)).toEqual([3]);
    expect(t.calls[0]?.headers).toMatchObject({ 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic x', 'Content-Type': 'application/json' });
    expect(t.stored.size).toBe(3);
    expect(t.last()).toBe('saved');
    expect(t.storage.getItem(KEY)).toBeNull();
  });

  it('an answer waits for the next page change (one request), or for the idle timer', async () => {
    const t = setup();
    t.outbox.start();
    t.outbox.enqueue([statement()], false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.calls).toHaveLength(0);
    t.outbox.enqueue([statement()], true);
    await vi.advanceTimersByTimeAsync(250);
    expect(posted(t.calls)).toEqual([2]);
    t.outbox.enqueue([statement()], false);
    await vi.advanceTimersByTimeAsync(4999);
    expect(posted(t.calls)).toEqual([2]);
    await vi.advanceTimersByTimeAsync(1);
    expect(posted(t.calls)).toEqual([2, 1]);
  });

  it('a state document waiting out its delay does not hold the indicator on "saving"', async () => {
    const t = setup([], 204, memoryStorage(), { stateDelayMs: 30_000 });
    t.outbox.start();
    t.outbox.writeState({ body: '{"v":1,"saved":"a"}' });
    expect(t.last()).toBe('saved');
    expect(t.outbox.size()).toBe(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(t.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    expect(t.outbox.size()).toBe(0);
  });

  it('keeps batches within the count and byte limits', async () => {
    const t = setup([], 200, memoryStorage(), { batchMax: 50, batchBytes: 20_000 });
    t.outbox.start();
    t.outbox.enqueue(Array.from({ length: 120 }, () => statement()));
    await vi.advanceTimersByTimeAsync(300);
    expect(posted(t.calls)).toEqual([50, 50, 20]);
    const big = setup([], 200, memoryStorage(), { batchBytes: 20_000 });
    big.outbox.start();
    big.outbox.enqueue(Array.from({ length: 10 }, () => statement(undefined, 5000)));
    await vi.advanceTimersByTimeAsync(300);
    expect(big.calls.every((c) => (c.body?.length ?? 0) <= 20_000)).toBe(true);
    expect(big.stored.size).toBe(10);
  });

  it('retries network errors with backoff (1 s, 2 s, 4 s …), shows offline, delivers once', async () => {
    const t = setup(['network', 'network', 'network']);
    t.outbox.start();
    t.outbox.enqueue([statement()]);
    await vi.advanceTimersByTimeAsync(250); // debounce
    expect(t.calls).toHaveLength(1);
    expect(t.last()).toBe('offline');
    expect(JSON.parse(t.storage.getItem(KEY) ?? '{}')).toMatchObject({ items: [{}] });
    await vi.advanceTimersByTimeAsync(999);
    expect(t.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(4000);
    expect(t.calls).toHaveLength(4);
    expect(t.stored.size).toBe(1);
    expect(t.last()).toBe('saved');
  });

  it('the browser coming back online cuts the backoff short', async () => {
    const t = setup(['network']);
    t.outbox.start();
    t.outbox.enqueue([statement()]);
    await vi.advanceTimersByTimeAsync(300);
    t.win.fire('online');
    await vi.advanceTimersByTimeAsync(0);
    expect(t.calls).toHaveLength(2);
    expect(t.last()).toBe('saved');
  });

  it('5xx: retrying, then failing after three in a row, then saved when the LRS recovers', async () => {
    const t = setup([503, 500, 502]);
    t.outbox.start();
    t.outbox.enqueue([statement()]);
    await vi.advanceTimersByTimeAsync(300);
    expect(t.last()).toBe('retrying');
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.last()).toBe('retrying');
    await vi.advanceTimersByTimeAsync(2000);
    expect(t.last()).toBe('failing');
    await vi.advanceTimersByTimeAsync(4000);
    expect(t.last()).toBe('saved');
    expect(t.stored.size).toBe(1);
  });

  it('times out a hanging request (AbortController) and retries it', async () => {
    const t = setup(['hang']);
    t.outbox.start();
    t.outbox.enqueue([statement()]);
    await vi.advanceTimersByTimeAsync(300 + 5000);
    expect(t.logs.some((l) => l.includes('timeout'))).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.calls).toHaveLength(2);
    expect(t.stored.size).toBe(1);
  });

  it('409 on a single statement means it is already stored: delivered, not retried', async () => {
    const t = setup([409]);
    t.outbox.start();
    t.outbox.enqueue([statement()]);
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.calls).toHaveLength(1);
    expect(t.outbox.size()).toBe(0);
    expect(t.last()).toBe('saved');
  });

  it('a refused batch is sent one by one; only the bad statement is logged and dropped', async () => {
    const bad = statement('00000000-0000-4000-8000-badbadbadbad');
    const t = setup([], (call) => (call.body?.includes(bad.id) ? 400 : 200));
    t.outbox.start();
    const good = [statement(), statement(), statement()];
    t.outbox.enqueue([good[0] as Statement, bad, good[1] as Statement, good[2] as Statement]);
    await vi.advanceTimersByTimeAsync(300);
    expect(posted(t.calls)).toEqual([4, 1, 1, 1, 1]);
    expect([...t.stored.keys()].sort()).toEqual(good.map((s) => s.id).sort());
    expect(t.logs.filter((l) => l.includes('dropped it'))).toHaveLength(1);
    expect(t.logs.some((l) => l.includes(bad.id) && l.includes('dropped'))).toBe(true);
    expect(t.last()).toBe('saved');
  });

  it('401 is never the statement’s fault: kept and retried', async () => {
    const t = setup([401]);
    t.outbox.start();
    t.outbox.enqueue([statement()]);
    await vi.advanceTimersByTimeAsync(300 + 1000);
    expect(t.stored.size).toBe(1);
    expect(t.logs.some((l) => l.includes('dropped'))).toBe(false);
  });

  it('survives a reload: the next outbox on the device sends the earlier statements first, each once', async () => {
    const storage = memoryStorage();
    const first = setup(['network'], 'network', storage);
    first.outbox.start();
    const earlier = [statement(), statement()];
    first.outbox.enqueue(earlier);
    await vi.advanceTimersByTimeAsync(300);
    expect(first.stored.size).toBe(0);
    // "Close the browser": the first outbox is gone; a new one starts on the same device.
    vi.clearAllTimers();
    const second = setup([], 200, storage);
    second.outbox.start();
    second.outbox.enqueue([statement()]);
    await vi.advanceTimersByTimeAsync(300);
    const sent = second.calls.flatMap((c) => (JSON.parse(c.body ?? '[]') as Statement[]).map((s) => s.id));
    expect(sent.slice(0, 2)).toEqual(earlier.map((s) => s.id));
    expect(new Set(sent).size).toBe(sent.length);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('sends nothing before start() (cmi5: LaunchData first), but keeps everything on the device', async () => {
    const t = setup();
    t.outbox.enqueue([statement()]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.calls).toHaveLength(0);
    expect(t.storage.getItem(KEY)).not.toBeNull();
  });

  it('state documents: latest write wins, sent after a delay, kept on the device until then', async () => {
    const t = setup([], 204, memoryStorage(), { stateDelayMs: 5000 });
    t.outbox.start();
    t.outbox.writeState({ body: '{"v":1,"saved":"a"}' });
    t.outbox.writeState({ body: '{"v":1,"saved":"b"}' });
    expect(t.outbox.pendingState()).toBeNull();
    await vi.advanceTimersByTimeAsync(4999);
    expect(t.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    const puts = t.calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.body)).toEqual(['{"v":1,"saved":"b"}']);
    const url = new URL(puts[0]?.url ?? '');
    expect(url.pathname).toBe('/xapi/activities/state');
    expect(url.searchParams.get('stateId')).toBe('bookmark');
    expect(JSON.parse(url.searchParams.get('agent') ?? '{}')).toEqual(ref.agent);
    expect(t.last()).toBe('saved');
  });

  it('flush(): keepalive requests, statements under the 64 KB keepalive budget, the state document too', async () => {
    const t = setup();
    // Read at launch: no document yet, so the keepalive write may create it (If-None-Match: *).
    t.outbox.knowState(null);
    t.outbox.start();
    t.outbox.writeState({ body: '{"v":1,"saved":"x"}' });
    t.outbox.enqueue(Array.from({ length: 40 }, () => statement(undefined, 3000)));
    t.outbox.flush();
    const keepalive = t.calls.filter((c) => c.keepalive);
    expect(keepalive.map((c) => c.method).sort()).toEqual(['POST', 'PUT']);
    const total = keepalive.reduce((n, c) => n + (c.body?.length ?? 0), 0);
    expect(total).toBeLessThan(64 * 1024);
    await vi.advanceTimersByTimeAsync(300);
    expect(t.stored.size).toBe(40);
    expect(t.outbox.size()).toBe(0);
  });

  it('drain() resolves true once everything is delivered, false on timeout', async () => {
    const t = setup();
    t.outbox.start();
    t.outbox.enqueue([statement()]);
    const done = t.outbox.drain(1000);
    await vi.advanceTimersByTimeAsync(0);
    await expect(done).resolves.toBe(true);
    const down = setup([], 'network');
    down.outbox.start();
    down.outbox.enqueue([statement()]);
    const late = down.outbox.drain(1000);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(late).resolves.toBe(false);
  });
});
