import type { ErrorName } from '../../errors/catalogue.ts';
import { createLocalTracker } from '../local.ts';
import { createStatusHub } from '../status-hub.ts';
import type { LaunchInfo, LaunchMode, SaveStatus, Tracker, TrackerContext } from '../tracker.ts';
import { createCommitQueue, type CommitQueue, type Timers } from './commit-queue.ts';
import { ANONYMOUS, createDeviceJournal, type Journal } from './device-journal.ts';
import { closeLmsWindow } from './lms-window.ts';
import { findScormApi } from './scorm-api.ts';
import { connect, type ScormConnection, type ScormFault } from './scorm-connection.ts';
import { creditFilter, isEssential, type Entry, type ScormDialect, type StateFacts } from './scorm-dialect.ts';
import { interactionFor, type InteractionRecord } from './scorm-interactions.ts';
import { learnerKey } from '../learner-key.ts';

/**
 * Meaningful changes (answers, page changes, completion) are committed after 2 s without a new
 * one; anything else waits longer. Many LMSs commit with a synchronous XHR that freezes the page
 * (500 ms and more): committing only once the learner pauses keeps it away from the next click,
 * and every change is on the device first (device-journal.ts), so waiting loses nothing.
 */
const DEBOUNCE_MS = 2000;
const IDLE_MS = 5000;
/** A failed Initialize is tried again after these delays (then every 60 s). */
const INIT_RETRY_MS = [2000, 5000, 10000, 20000, 30000];

/** "No such element": an LMS that keeps no interactions (1.2 RTE 3.3.3.2 401, 2004 RTE 3.1.7.6 401). */
const UNSUPPORTED_CODES = [401];

function logFault(fault: ScormFault): void {
  console.warn(`[course] LMS ${fault.call}${fault.element ? `(${fault.element})` : ''} failed: ${fault.code} ${fault.text}${fault.diagnostic ? ` – ${fault.diagnostic}` : ''}`);
}

export interface ScormTrackerOptions {
  /** For tests: an API object to use instead of discovery. */
  api?: unknown;
  timers?: Timers;
}

/** Timers of the window; LMS work runs after the next paint, in a task of its own. */
function browserTimers(win: Window): Timers {
  return {
    setTimeout: (fn, ms) => win.setTimeout(fn, ms),
    clearTimeout: (id) => win.clearTimeout(id),
    afterPaint(fn) {
      let done = false;
      const run = () => {
        if (done) return;
        done = true;
        fn();
      };
      // A hidden page paints no frames: then a timeout alone (and one as a backstop anyway).
      if (typeof win.requestAnimationFrame === 'function' && win.document.visibilityState !== 'hidden') win.requestAnimationFrame(() => win.setTimeout(run, 0));
      else win.setTimeout(run, 0);
      win.setTimeout(run, 1000);
    },
  };
}

/** The SCORM adapter for both versions; `dialect` carries everything version-specific. */
export function createScormTracker(context: TrackerContext, dialect: ScormDialect, options: ScormTrackerOptions = {}): Tracker {
  const status = createStatusHub('saved');
  const win = context.window;
  const timers = options.timers ?? browserTimers(win);
  const journal = createDeviceJournal(win, context.courseId);
  let learner = ANONYMOUS;
  /** Work the LMS has not confirmed: on the device before any LMS call. */
  let work: Journal = { base: '', latest: null, unsent: [] };
  let sequence = 0;
  let fallback: Tracker | null = null;
  let connection: ScormConnection | null = null;
  let queue: CommitQueue | null = null;
  let startedAt = Date.now();
  let reviewOnly = false;
  let credit = true;
  let mode: LaunchMode = 'normal';
  let terminated = false;
  let initTries = 0;
  /** The newest state recorded in this session (or replayed at start). */
  let lastFacts: StateFacts | null = null;
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
  const keep = (): void => {
    if (!journal.write(learner, work)) console.warn('[course] this device could not keep a copy of the progress');
  };
  const stateEntries = (facts: StateFacts): Entry[] => creditFilter(dialect.stateValues(facts, indexOf, context, mode), credit);

  /** Queues what the LMS lacks: the latest state and every unconfirmed answer. */
  const enqueue = (q: CommitQueue, facts: StateFacts | null, answers: readonly { key: string; record: InteractionRecord }[]): void => {
    if (facts) q.put(stateEntries(facts));
    for (const { key, record } of answers) q.putInteraction(key, (n) => dialect.interactionValues(n, record));
  };

  /** After a successful commit the LMS holds the latest state and the settled answers. */
  const onCommitted = (keys: string[]): void => {
    if (work.latest) work = { ...work, base: work.latest.serialized, latest: null };
    work = { ...work, unsent: work.unsent.filter((u) => !keys.includes(u.key)) };
    keep();
  };

  /** The final values go out even if the LMS had them: a close may have lost an earlier commit. */
  const finalValues = (q: CommitQueue): void => {
    const facts = work.latest ?? lastFacts;
    if (facts) q.force(stateEntries(facts).filter(([element]) => isEssential(element) && !element.startsWith('cmi.interactions.')));
    if (!reviewOnly) q.put([dialect.sessionTime(Date.now() - startedAt)]);
  };

  /**
   * Ends the session once: last values, commit, Terminate (which also persists: 1.2 RTE 3.3.2.2
   * LMSFinish, 2004 RTE 3.1.3.2). `chosen`: the learner pressed "Avslutt", so the LMS also gets
   * the exit values (2004 adl.nav.request); a closed window only ends the session.
   */
  const end = (chosen: boolean): boolean => {
    if (!queue || !connection || terminated) return false;
    if (!reviewOnly) {
      finalValues(queue);
      if (chosen && lastFacts) queue.put(dialect.exitValues(lastFacts.summary));
    }
    const saved = queue.flush();
    queue.close();
    terminated = true;
    const ended = connection.terminate();
    if (!ended) status.set('failing');
    return saved && ended;
  };

  /** Connected: read the launch, adopt what this device kept, and replay what the LMS lacks. */
  const connected = (conn: ScormConnection, midSession: boolean): Omit<LaunchInfo, 'notice'> => {
    connection = conn;
    startedAt = Date.now();
    const launch = dialect.readLaunch((element) => conn.get(element));
    mode = launch.mode;
    reviewOnly = mode === 'review';
    credit = launch.credit;
    const current = work;
    learner = conn.get(dialect.learnerIdElement) ?? ANONYMOUS;
    const kept = reviewOnly ? null : journal.claim(learner, launch.saved ?? '');
    // Mid-session (Initialize worked on a later try) the state on screen is the one to keep.
    const latest = midSession ? current.latest : (kept?.latest ?? null);
    const unsent = [...(kept?.unsent ?? [])];
    for (const u of current.unsent) if (!unsent.some((k) => k.key === u.key)) unsent.push(u);
    work = { base: launch.saved ?? '', latest, unsent };
    if (!reviewOnly) keep();
    if (midSession) journal.remove(ANONYMOUS);
    if (kept?.latest && !midSession) console.warn('[course] resuming from, and sending, the progress this device kept and the LMS lacks');
    const q = createCommitQueue({
      connection: conn,
      timers,
      setStatus: (s: SaveStatus) => status.set(s),
      dropCodes: dialect.dropCodes,
      unsupportedCodes: UNSUPPORTED_CODES,
      isEssential,
      interactionBase: count('cmi.interactions._count'), // resume: append after what the LMS has
      onCommitted,
    });
    queue = q;
    // Objectives the LMS already holds (a resumed attempt, or SCORM 2004 objectives initialised from the manifest).
    objectiveCount = count('cmi.objectives._count');
    for (let n = 0; n < objectiveCount; n += 1) {
      const id = conn.get(`cmi.objectives.${n}.id`);
      if (id) {
        objectiveIndex.set(id, n);
        q.seed(`cmi.objectives.${n}.id`, id);
      }
    }
    if (!reviewOnly && (latest || unsent.length > 0)) {
      lastFacts = latest ?? lastFacts;
      enqueue(q, latest, unsent);
      q.schedule(DEBOUNCE_MS);
    }
    // The SCO must Terminate before it goes away (1.2 RTE 3.3.2.2, 2004 RTE 3.1.3.2), also when
    // the learner closes the window or the LMS unloads the frame without "Avslutt".
    win.addEventListener('pagehide', () => end(false));
    return { ...launch, saved: latest?.serialized ?? launch.saved, learnerKey: learnerKey('scorm', learner) };
  };

  /** Initialize, and tell "already initialised" (usable) from a real failure. */
  const initialize = (conn: ScormConnection): boolean => {
    if (conn.initialize()) return true;
    const code = conn.lastCode();
    if (code === 103) return true; // 2004 RTE 3.1.7.6: already initialized
    if (code !== 101) return false;
    // 1.2 answers 101 both for "already initialised" and for any failure: ask the LMS something.
    conn.get(dialect.learnerIdElement);
    return conn.lastCode() === 0;
  };

  /** No usable LMS now: the device keeps everything; with an API, Initialize is tried again. */
  const onDevice = (notice: ErrorName, conn: ScormConnection | null): Promise<LaunchInfo> => {
    const local = createLocalTracker(context, { notice });
    fallback = local;
    if (conn) {
      status.set('offline');
      const retry = (): void => {
        const delay = INIT_RETRY_MS[initTries] ?? 60000;
        initTries += 1;
        timers.setTimeout(() => {
          if (terminated || fallback === null) return;
          if (!initialize(conn)) return retry();
          console.warn('[course] the LMS answered on a later try; sending what this device kept');
          fallback = null;
          connected(conn, true);
          if (!work.latest && work.unsent.length === 0) status.set('saved');
        }, delay);
      };
      retry();
    } else {
      local.onStatus((s) => status.set(s));
    }
    return local.start();
  };

  return {
    start() {
      const api = options.api ?? findScormApi(win, dialect.apiName);
      const conn = connect(api, dialect.methods, { quietGetCodes: dialect.quietGetCodes, log: logFault });
      if (!conn) return onDevice('NO_LMS', null);
      if (!initialize(conn)) return onDevice('LMS_INIT_FAILED', conn);
      return Promise.resolve({ ...connected(conn, false), notice: null });
    },
    record(events, snapshot) {
      if (terminated || reviewOnly) return; // review mode: the LMS keeps the attempt as it was
      const facts: StateFacts = {
        location: snapshot.state.location,
        summary: snapshot.summary,
        serialized: snapshot.serialized,
        ...(snapshot.locale ? { locale: snapshot.locale } : {}),
        ...(snapshot.state.locale ? { chosen: snapshot.state.locale } : {}),
      };
      const answers: { key: string; record: InteractionRecord }[] = [];
      for (const event of events) {
        const record = interactionFor(event, context.trackReflectionText, snapshot.locale, dialect.describe);
        if (record) answers.push({ key: `${startedAt.toString(36)}.${(sequence++).toString(36)}`, record });
      }
      // The device first: a crash right after this line loses nothing.
      lastFacts = facts;
      work = { ...work, latest: facts, unsent: [...work.unsent, ...answers] };
      keep();
      if (fallback) return fallback.record(events, snapshot);
      if (!queue) return;
      enqueue(queue, facts, answers);
      queue.schedule(events.length > 0 ? DEBOUNCE_MS : IDLE_MS);
    },
    flush() {
      if (fallback) return fallback.flush();
      if (!queue || terminated) return;
      // The window may be closing: bookmark and state now, with the time spent so far.
      if (!reviewOnly) finalValues(queue);
      queue.flush();
    },
    async exit() {
      if (fallback) {
        terminated = true;
        return fallback.exit();
      }
      // Only a session that saved and ended may close the window the LMS opened for it.
      if (end(true)) closeLmsWindow(win, timers);
      return { returnUrl: null };
    },
    onStatus: (listener) => status.subscribe(listener),
  };
}
