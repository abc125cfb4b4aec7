import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCommitQueue } from '../../../../src/tracking/scorm/commit-queue.ts';
import type { ScormConnection } from '../../../../src/tracking/scorm/scorm-connection.ts';
import type { SaveStatus } from '../../../../src/tracking/tracker.ts';

function connection(): ScormConnection & { sets: [string, string][]; commits: number; failCommits: number } {
  const c = {
    sets: [] as [string, string][],
    commits: 0,
    failCommits: 0,
    initialize: () => true,
    terminate: () => true,
    get: () => null,
    lastCode: () => 0,
    set(element: string, value: string) {
      c.sets.push([element, value]);
      return true;
    },
    commit() {
      c.commits += 1;
      if (c.failCommits > 0) {
        c.failCommits -= 1;
        return false;
      }
      return true;
    },
  };
  return c;
}

const timers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id: number) => clearTimeout(id) };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('commit queue', () => {
  it('debounces: changes within the quiet time make one commit', () => {
    const conn = connection();
    const q = createCommitQueue({ connection: conn, timers, setStatus: () => undefined, dropCodes: [], debounceMs: 750, maxWaitMs: 5000 });
    q.put([['a', '1']]);
    q.schedule();
    vi.advanceTimersByTime(500);
    q.put([['a', '2']]);
    q.schedule();
    vi.advanceTimersByTime(500);
    expect(conn.commits).toBe(0);
    vi.advanceTimersByTime(300);
    expect(conn.commits).toBe(1);
    expect(conn.sets).toEqual([['a', '2']]);
  });

  it('never waits longer than maxWait, even with changes all the time', () => {
    const conn = connection();
    const q = createCommitQueue({ connection: conn, timers, setStatus: () => undefined, dropCodes: [], debounceMs: 750, maxWaitMs: 2000 });
    for (let i = 0; i < 10; i += 1) {
      q.put([['a', String(i)]]);
      q.schedule();
      vi.advanceTimersByTime(400);
    }
    expect(conn.commits).toBeGreaterThanOrEqual(1);
    expect(conn.sets[0]).toEqual(['a', '5']); // the first commit came in the first task after 2000 ms
  });

  it('a value equal to what the LMS already has is not sent; seeded values count as sent', () => {
    const conn = connection();
    const q = createCommitQueue({ connection: conn, timers, setStatus: () => undefined, dropCodes: [] });
    q.seed('id', 'x');
    q.put([['id', 'x'], ['b', '1']]);
    q.flush();
    q.put([['id', 'x'], ['b', '1']]);
    expect(q.pending).toBe(0);
    q.put([['b', '2'], ['b', '1']]); // changed and changed back: nothing to send
    expect(q.pending).toBe(0);
    expect(conn.sets).toEqual([['b', '1']]);
  });

  it('statuses: saving → retrying → failing → saved; new changes during a retry wait for it', () => {
    const conn = connection();
    const statuses: SaveStatus[] = [];
    const q = createCommitQueue({ connection: conn, timers, setStatus: (s) => statuses.push(s), dropCodes: [], retryMs: [1000], failAfter: 2 });
    conn.failCommits = 2;
    q.put([['a', '1']]);
    q.schedule(10);
    vi.advanceTimersByTime(11);
    expect(statuses).toEqual(['saving', 'retrying']);
    q.put([['a', '2']]);
    q.schedule(10); // does not jump the retry queue
    vi.advanceTimersByTime(10);
    expect(conn.commits).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(statuses.at(-1)).toBe('failing');
    vi.advanceTimersByTime(1000);
    expect(statuses.at(-1)).toBe('saved');
    expect(conn.sets.at(-1)).toEqual(['a', '2']);
    expect(q.failures).toBe(0);
  });

  it('after close() nothing is written', () => {
    const conn = connection();
    const q = createCommitQueue({ connection: conn, timers, setStatus: () => undefined, dropCodes: [] });
    q.put([['a', '1']]);
    q.schedule();
    q.close();
    vi.runAllTimers();
    expect(q.flush()).toBe(false);
    expect(conn.commits).toBe(0);
  });
});
