import type { Entry } from './scorm-dialect.ts';
import type { ScormConnection } from './scorm-connection.ts';
import type { SaveStatus } from '../tracker.ts';

/**
 * Writes to the LMS off the learner's click path, and only what changed.
 *
 * - put() remembers the value to write; a value equal to the last one the LMS accepted is not
 *   sent again (the five objectives are not re-sent on every commit).
 * - schedule() debounces: SetValue + Commit run after `debounceMs` of quiet, at the latest
 *   `maxWaitMs` after the first change. Many LMSs commit with a blocking synchronous XHR, so
 *   this must never happen inside record().
 * - flush() writes and commits now (pagehide, exit).
 * - A failed commit is retried with back-off; status goes saving → retrying → failing after
 *   `failAfter` consecutive failures, and back to saved when a commit succeeds.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface CommitQueueOptions {
  connection: ScormConnection;
  timers: Timers;
  setStatus: (status: SaveStatus) => void;
  /** SetValue error codes that retrying cannot fix (unsupported element, bad value): drop the value. */
  dropCodes: readonly number[];
  debounceMs?: number;
  maxWaitMs?: number;
  retryMs?: readonly number[];
  failAfter?: number;
}

export interface CommitQueue {
  put(entries: readonly Entry[]): void;
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
  const debounceMs = options.debounceMs ?? 750;
  const maxWaitMs = options.maxWaitMs ?? 5000;
  const retryMs = options.retryMs ?? [1000, 2000, 4000, 8000, 15000, 30000];
  const failAfter = options.failAfter ?? 3;
  const written = new Map<string, string>();
  const pending = new Map<string, string>();
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
      timer = null;
      flush();
    }, ms);
  };

  function writePending(): boolean {
    let ok = true;
    for (const [element, value] of [...pending]) {
      if (connection.set(element, value)) {
        written.set(element, value);
        pending.delete(element);
        dirty = true;
        continue;
      }
      if (dropCodes.includes(connection.lastCode())) pending.delete(element); // logged by the connection
      else ok = false;
    }
    return ok;
  }

  function flush(): boolean {
    if (closed) return false;
    clear();
    firstChangeAt = null;
    if (pending.size === 0 && !dirty && failures === 0) return true;
    const setOk = writePending();
    const commitOk = connection.commit();
    if (setOk && commitOk) {
      failures = 0;
      dirty = false;
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
    seed(element, value) {
      written.set(element, value);
    },
    schedule(delayMs = debounceMs) {
      if (closed || (pending.size === 0 && failures === 0)) return;
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
      return pending.size;
    },
    get failures() {
      return failures;
    },
  };
}
