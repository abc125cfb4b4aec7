import { createCommitQueue, type CommitQueue, type Timers } from './commit-queue.ts';
import { findScormApi } from './scorm-api.ts';
import { connect, SCORM12_METHODS, SCORM2004_METHODS, type ScormConnection, type ScormFault } from './scorm-connection.ts';
import type { ScormDialect } from './scorm-dialect.ts';
import { interactionFor } from './scorm-interactions.ts';
import { learnerKey } from './learner-key.ts';
import { createLocalTracker } from './local.ts';
import { createStatusHub } from './status-hub.ts';
import { createUnsavedBackup } from './unsaved-backup.ts';
import type { LaunchInfo, LaunchMode, SaveStatus, Snapshot, Tracker, TrackerContext } from './tracker.ts';

/** Meaningful changes (answers, page changes, completion) are committed soon; anything else waits longer. */
const DEBOUNCE_MS = 750;
const IDLE_MS = 5000;

/**
 * SetValue failures that retrying cannot fix, so the value is dropped (logged) instead of
 * blocking every later commit. 1.2 RTE 3.3.3.2: 201 invalid argument, 401 not implemented,
 * 402 invalid set value (keyword), 403 read only, 405 incorrect data type. 2004 RTE 3.1.7.6:
 * 351 general set failure, 401 undefined element, 404 read only, 406 type mismatch, 407 value out
 * of range, 408 dependency not established. Anything else (101 general exception, 301 not
 * initialised…) may pass, so the value stays queued and the commit counts as failed.
 */
const DROP_CODES = { '1.2': [201, 401, 402, 403, 405], '2004': [351, 401, 404, 406, 407, 408] } as const;

function logFault(fault: ScormFault): void {
  console.warn(`[course] LMS ${fault.call}${fault.element ? `(${fault.element})` : ''} failed: ${fault.code} ${fault.text}${fault.diagnostic ? ` – ${fault.diagnostic}` : ''}`);
}

export interface ScormTrackerOptions {
  /** For tests: an API object to use instead of discovery. */
  api?: unknown;
  timers?: Timers;
}

/** The SCORM adapter for both versions; `dialect` carries everything version-specific. */
export function createScormTracker(context: TrackerContext, dialect: ScormDialect, options: ScormTrackerOptions = {}): Tracker {
  const status = createStatusHub('saved');
  const win = context.window;
  const timers: Timers = options.timers ?? { setTimeout: (fn, ms) => win.setTimeout(fn, ms), clearTimeout: (id) => win.clearTimeout(id) };
  let fallback: Tracker | null = null;
  let connection: ScormConnection | null = null;
  let queue: CommitQueue | null = null;
  let startedAt = 0;
  let interactionCount = 0;
  let reviewOnly = false;
  let mode: LaunchMode = 'normal';
  let terminated = false;
  let last: Snapshot | null = null;
  let backup: ReturnType<typeof createUnsavedBackup> | null = null;
  /** Status from the commit queue; while commits fail, the latest state is also kept on the device. */
  const onQueueStatus = (s: SaveStatus): void => {
    if (s === 'saved') backup?.clear();
    else if ((s === 'retrying' || s === 'failing') && last) backup?.keep(last.serialized);
    status.set(s);
  };
  const objectiveIndex = new Map<string, number>();
  let objectiveCount = 0;
  const indexOf = (id: string): number => {
    let n = objectiveIndex.get(id);
    if (n === undefined) {
      n = objectiveCount++;
      objectiveIndex.set(id, n);
    }
    return n;
  };
  const count = (element: string): number => {
    const n = parseInt(connection?.get(element) ?? '', 10); // some LMSs return a number, some "3"
    return Number.isFinite(n) && n >= 0 ? n : 0;
  };

  /**
   * Ends the session once: last values, commit, Terminate (which also persists: 1.2 RTE 3.3.2.2
   * LMSFinish, 2004 RTE 3.1.3.2). `chosen`: the learner pressed "Avslutt", so the 2004 LMS also
   * gets a navigation request; a closed window only ends the session.
   */
  const end = (chosen: boolean): void => {
    if (!queue || !connection || terminated) return;
    if (!reviewOnly) {
      queue.put([dialect.sessionTime(Date.now() - startedAt)]);
      if (chosen && last) queue.put(dialect.exitValues(last.summary));
    }
    queue.flush();
    queue.close();
    terminated = true;
    if (!connection.terminate()) status.set('failing');
  };

  const toLocal = (): Promise<LaunchInfo> => {
    fallback = createLocalTracker(context, { notice: 'NO_LMS' });
    fallback.onStatus((s) => status.set(s));
    return fallback.start();
  };

  return {
    start() {
      const api = options.api ?? findScormApi(win, dialect.apiName);
      const methods = dialect.methods === 'scorm12' ? SCORM12_METHODS : SCORM2004_METHODS;
      connection = connect(api, methods, { quietGetCodes: dialect.quietGetCodes, log: logFault });
      if (!connection) return toLocal();
      if (!connection.initialize()) {
        // Already initialised by an earlier load of this page counts as usable (1.2 101, 2004 103).
        const code = connection.lastCode();
        if (code !== 101 && code !== 103) return toLocal();
      }
      startedAt = Date.now();
      const launch = dialect.readLaunch((element) => connection?.get(element) ?? null);
      mode = launch.mode;
      reviewOnly = mode === 'review';
      backup = createUnsavedBackup(win, context.courseId, connection.get(dialect.learnerIdElement) ?? '', launch.saved ?? '');
      const unsaved = reviewOnly ? null : backup.restore();
      if (unsaved !== null) console.warn('[course] the LMS did not receive the last progress; resuming from the copy on this device');
      const q = createCommitQueue({ connection, timers, setStatus: onQueueStatus, dropCodes: DROP_CODES[dialect.version] });
      queue = q;
      // Objectives the LMS already holds (a resumed attempt, or SCORM 2004 objectives initialised from the manifest).
      objectiveCount = count('cmi.objectives._count');
      for (let n = 0; n < objectiveCount; n += 1) {
        const id = connection.get(`cmi.objectives.${n}.id`);
        if (id) {
          objectiveIndex.set(id, n);
          q.seed(`cmi.objectives.${n}.id`, id);
        }
      }
      interactionCount = count('cmi.interactions._count');
      // The SCO must Terminate before it goes away (1.2 RTE 3.3.2.2, 2004 RTE 3.1.3.2), also when
      // the learner closes the window or the LMS unloads the frame without "Avslutt".
      win.addEventListener('pagehide', () => end(false));
      return Promise.resolve({ ...launch, saved: unsaved ?? launch.saved, notice: null, learnerKey: learnerKey('scorm', connection.get(dialect.learnerIdElement)) });
    },
    record(events, snapshot) {
      if (fallback) return fallback.record(events, snapshot);
      if (!queue || terminated || reviewOnly) return; // review mode: the LMS keeps the attempt as it was
      last = snapshot;
      queue.put(dialect.stateValues(snapshot, indexOf, context, mode));
      for (const event of events) {
        const record = interactionFor(event, context.trackReflectionText);
        if (record) queue.put(dialect.interactionValues(interactionCount++, record));
      }
      if (queue.failures > 0) backup?.keep(snapshot.serialized);
      queue.schedule(events.length > 0 ? DEBOUNCE_MS : IDLE_MS);
    },
    flush() {
      if (fallback) return fallback.flush();
      if (!queue || terminated) return;
      // The window may be closing: report the time spent so far with what is pending.
      if (!reviewOnly) queue.put([dialect.sessionTime(Date.now() - startedAt)]);
      queue.flush();
    },
    exit() {
      if (fallback) return fallback.exit();
      end(true);
      return Promise.resolve({ returnUrl: null });
    },
    onStatus: (listener) => status.subscribe(listener),
  };
}
