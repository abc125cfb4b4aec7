import type { SaveStatus } from '../tracker.ts';
import type { Entry } from './scorm-dialect.ts';
import type { ScormConnection } from './scorm-connection.ts';

/**
 * Writes to the LMS off the learner's click path, and only what changed.
 *
 * - put() remembers the value to write; a value equal to the last one the LMS accepted is not
 *   sent again (the five objectives are not re-sent on every commit). force() sends it anyway.
 * - putInteraction() queues one answer. Its index n is chosen when its id is accepted, not
 *   when it is queued: a refused cmi.interactions.n.id leaves no gap, the next try reuses n
 *   (Moodle refuses n > _count with 351 "Set Out Of Order", SCORM 2004 RTE 4.2.9).
 * - schedule() debounces: SetValue + Commit run after `debounceMs` of quiet, at the latest
 *   `maxWaitMs` after the first change, and always in a task of their own after the next
 *   paint (timers.afterPaint): many LMSs commit with a blocking synchronous XHR.
 * - flush() writes and commits now (pagehide, exit).
 * - A refused value the course cannot do without (isEssential: bookmark, state, an answer) is
 *   never dropped: it stays queued, the commit counts as failed, the learner sees it, and it
 *   is retried. Other refused values with a permanent code (dropCodes) are dropped and logged.
 * - A failed commit is retried with back-off; status goes saving → retrying → failing after
 *   `failAfter` consecutive failures, and back to saved when a commit succeeds.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Runs fn in its own task after the next paint (requestAnimationFrame, then a timeout). */
  afterPaint?: (fn: () => void) => void;
}

export interface CommitQueueOptions {
  connection: ScormConnection;
  timers: Timers;
  setStatus: (status: SaveStatus) => void;
  /** SetValue error codes that retrying cannot fix (unsupported element, bad value). */
  dropCodes: readonly number[];
  /** Codes meaning "this LMS has no such element" (1.2 401, 2004 401): an interaction is dropped. */
  unsupportedCodes?: readonly number[];
  /** Elements that are never dropped (the learner's state and answers). */
  isEssential?: (element: string) => boolean;
  /** The LMS's cmi.interactions._count at start: the first free index. */
  interactionBase?: number;
  /** After each successful commit: the keys of the interactions it settled (stored, or dropped by an LMS without interactions). */
  onCommitted?: (interactionKeys: string[]) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  retryMs?: readonly number[];
  failAfter?: number;
}

interface PendingInteraction {
  key: string;
  build: (n: number) => Entry[];
  /** The index, once the LMS accepted the id. */
  n: number | null;
  /** Entries already accepted. */
  done: number;
}

export interface CommitQueue {
  put(entries: readonly Entry[]): void;
  /** Queue values even if the LMS already has them (the final flush re-sends the bookmark). */
  force(entries: readonly Entry[]): void;
  putInteraction(key: string, build: (n: number) => Entry[]): void;
  /** Values the LMS already holds (read at start), so they are not written again. */
  seed(element: string, value: string): void;
  schedule(delayMs?: number): void;
  flush(): boolean;
  /** Stops timers; nothing more is written. */
  close(): void;
  readonly pending: number;
  readonly failures: number;
}

export function createCommitQueue(options: CommitQueueOptions): CommitQueue {
  const { connection, timers, setStatus, dropCodes } = options;
  const unsupported = options.unsupportedCodes ?? [];
  const essential = options.isEssential ?? (() => false);
  const debounceMs = options.debounceMs ?? 750;
  const maxWaitMs = options.maxWaitMs ?? 15000;
  const retryMs = options.retryMs ?? [1000, 2000, 4000, 8000, 15000, 30000];
  const failAfter = options.failAfter ?? 3;
  const afterPaint = timers.afterPaint ?? ((fn: () => void) => void timers.setTimeout(fn, 0));
  const written = new Map<string, string>();
  const pending = new Map<string, string>();
  const interactions: PendingInteraction[] = [];
  let nextIndex = options.interactionBase ?? 0;
  let settled: string[] = []; // interaction keys done with since the last successful commit
  let failures = 0;
  let dirty = false; // something was set since the last successful commit
  let timer: number | null = null;
  let firstChangeAt: number | null = null;
  let closed = false;

  const clear = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };
  const arm = (ms: number) => {
    clear();
    timer = timers.setTimeout(() => {
      afterPaint(() => {
        if (timer !== null) return; // re-armed meanwhile
        flush();
      });
      timer = null;
    }, ms);
  };

  /** Writes one value; false when the commit must count as failed. */
  function writeValue(element: string, value: string): boolean {
    if (connection.set(element, value)) {
      written.set(element, value);
      dirty = true;
      return true;
    }
    return false;
  }

  function writeState(): boolean {
    let ok = true;
    for (const [element, value] of [...pending]) {
      if (writeValue(element, value)) pending.delete(element);
      else if (!essential(element) && dropCodes.includes(connection.lastCode())) pending.delete(element); // logged by the connection
      else ok = false;
    }
    return ok;
  }

  /** Interactions in order; stops at the first one the LMS will not take yet, so order is kept. */
  function writeInteractions(): boolean {
    while (interactions.length > 0) {
      const it = interactions[0];
      if (!it) break;
      const n = it.n ?? nextIndex;
      const entries = it.build(n);
      for (; it.done < entries.length; it.done += 1) {
        const [element, value] = entries[it.done] ?? ['', ''];
        if (writeValue(element, value)) {
          if (it.done === 0 && it.n === null) {
            it.n = n;
            nextIndex = n + 1;
          }
          continue;
        }
        const code = connection.lastCode();
        if (it.done === 0 && unsupported.includes(code)) break; // the LMS keeps no interactions: drop it
        if (it.done > 0 && !essential(element) && dropCodes.includes(code)) continue; // e.g. an optional description
        return false; // retried later at the same index
      }
      settled.push(it.key); // stored, or dropped for good by an LMS that keeps no interactions
      interactions.shift();
    }
    return true;
  }

  function flush(): boolean {
    if (closed) return false;
    clear();
    firstChangeAt = null;
    if (pending.size === 0 && interactions.length === 0 && !dirty && failures === 0) return true;
    const stateOk = writeState();
    const interactionsOk = writeInteractions();
    const commitOk = connection.commit();
    if (stateOk && interactionsOk && commitOk) {
      failures = 0;
      dirty = false;
      const keys = settled;
      settled = [];
      options.onCommitted?.(keys);
      setStatus('saved');
      return true;
    }
    failures += 1;
    setStatus(failures >= failAfter ? 'failing' : 'retrying');
    arm(retryMs[Math.min(failures - 1, retryMs.length - 1)] ?? 30000);
    return false;
  }

  return {
    put(entries) {
      if (closed) return;
      for (const [element, value] of entries) {
        if (written.get(element) === value) pending.delete(element);
        else pending.set(element, value);
      }
    },
    force(entries) {
      if (closed) return;
      for (const [element, value] of entries) pending.set(element, value);
    },
    putInteraction(key, build) {
      if (!closed) interactions.push({ key, build, n: null, done: 0 });
    },
    seed(element, value) {
      written.set(element, value);
    },
    schedule(delayMs = debounceMs) {
      if (closed || (pending.size === 0 && interactions.length === 0 && failures === 0)) return;
      if (failures === 0) setStatus('saving');
      else if (timer !== null) return; // a retry is already on its way
      const now = Date.now();
      firstChangeAt ??= now;
      arm(Math.max(0, Math.min(delayMs, firstChangeAt + maxWaitMs - now)));
    },
    flush,
    close() {
      clear();
      closed = true;
    },
    get pending() {
      return pending.size + interactions.length;
    },
    get failures() {
      return failures;
    },
  };
}
