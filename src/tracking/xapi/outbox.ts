import type { SaveStatus } from '../tracker.ts';
import { postStatements, type LrsConfig, type Outcome, type StateRef } from './lrs-client.ts';
import { loadOutbox, saveOutbox, type StateWrite } from './outbox-store.ts';
import { keepaliveState, syncState, type Known, type Merge } from './state-sync.ts';
import type { Statement } from './types.ts';
import { VERBS } from './vocabulary.ts';

export interface OutboxOptions {
  win: Window;
  storageKey: string;
  lrs: LrsConfig;
  /** Where this launch's State document lives, and how two versions of it merge (on 409/412). */
  state: { ref: StateRef; merge: Merge };
  /**
   * A statement that must wait until the State document is written: Terminated (cmi5: the
   * LMS refuses every request of the session after it, CATAPULT rule 8.1.2.0-2).
   */
  isFinal?: (s: Statement) => boolean;
  /**
   * A statement sent in a request of its own: Initialized. CATAPULT judges every statement of a
   * request against the session as it was before the request, so anything in the same request
   * after Initialized is "before Initialized" (rule 9.3.0.0-4) and the request is refused.
   */
  isAlone?: (s: Statement) => boolean;
  setStatus: (status: SaveStatus) => void;
  log?: (message: string) => void;
  /** Statements per POST. */
  batchMax?: number;
  /** JSON bytes per POST; also the keepalive budget (browsers cap keepalive bodies at 64 KB in flight). */
  batchBytes?: number;
  /** Merge the statements of quick successive changes into one request. */
  debounceMs?: number;
  /**
   * Statements that can wait (an answer on the page) go with the next page change, or after
   * this long without one: about one request per page change. They are on the device meanwhile.
   */
  idleMs?: number;
  /** State documents are also kept on the device, so they can wait a little and be merged. */
  stateDelayMs?: number;
  /** Failures in a row (other than being offline) before the learner is told saving fails. */
  failingAfter?: number;
}

export interface Outbox {
  /** The state document still waiting on the device from an earlier session, if any. */
  pendingState(): StateWrite | null;
  /** Allow sending (cmi5: only once LaunchData and learner preferences are read). */
  start(): void;
  /** What the LRS's copy is, as read at launch (its ETag; null: none yet). */
  knowState(known: Known): void;
  /**
   * Before start(): look at every statement left on the device by an earlier session, keep
   * it (possibly changed: cmi5 moves allowed statements into the new session) or drop it (null).
   */
  adopt(fn: (s: Statement) => Statement | null): void;
  /** `soon`: send within debounceMs (a page change, a result); otherwise within idleMs. */
  enqueue(statements: readonly Statement[], soon?: boolean): void;
  writeState(write: StateWrite): void;
  /** The page is going away: send what we can with keepalive; everything stays on the device until confirmed. */
  flush(): void;
  /** Send everything now; true when all was delivered within timeoutMs. */
  drain(timeoutMs: number): Promise<boolean>;
  size(): number;
}

const KEEPALIVE_BUDGET = 60_000;

/** 1 s, 2 s, 4 s … capped at 60 s. */
export const backoffMs = (failures: number) => Math.min(60_000, 1000 * 2 ** Math.max(0, failures - 1));

const bytes = (s: Statement) => JSON.stringify(s).length + 1;

/**
 * Delivery that loses nothing: every statement is written to the device before it is sent,
 * and removed only when the LRS confirmed it. Sends in order, in batches; retries network
 * errors, timeouts, 5xx/429/401 with backoff; a statement the LRS refuses (other 4xx) is
 * found by sending the batch one by one, logged and dropped, so the queue never blocks.
 * 409 means the id is already stored (xAPI 1.0.3 Part Three §2.1.2): delivered.
 */
export function createOutbox(o: OutboxOptions): Outbox {
  const log = o.log ?? ((m: string) => console.warn(`[xapi] ${m}`));
  const batchMax = o.batchMax ?? 50;
  const batchBytes = o.batchBytes ?? KEEPALIVE_BUDGET;
  const failingAfter = o.failingAfter ?? 3;
  const isFinal = o.isFinal ?? ((s: Statement) => s.verb.id === VERBS.terminated.id);
  const isAlone = o.isAlone ?? ((s: Statement) => s.verb.id === VERBS.initialized.id);
  const stored = loadOutbox(o.win, o.storageKey);
  const earlierState = stored.state;
  let items: Statement[] = stored.items;
  let state: StateWrite | null = stored.state;
  let known: Known = undefined;
  /** The last body the LRS accepted: later writes merge with it (it may hold another device's facts). */
  let written: string | null = null;
  const inFlight = new Set<string>();
  let started = false;
  let running = false;
  let stateDue = state !== null;
  let singles = 0;
  let failures = 0;
  let waitingOn: 'network' | 'server' | null = null;
  let wake: (() => void) | null = null;
  let sendTimer: ReturnType<typeof setTimeout> | null = null;
  let sendAt = Infinity;
  let stateTimer: ReturnType<typeof setTimeout> | null = null;
  let keepaliveBytes = 0;
  let storageWarned = false;
  const waiters = new Set<() => void>();

  const empty = () => items.length === 0 && state === null;
  /**
   * What the save indicator calls "saved": every statement delivered. A state document
   * waiting out its delay is on the device and goes on page hide at the latest, so it does
   * not keep the indicator on "saving" for half a minute after each change.
   */
  const settled = () => items.length === 0 && !(state !== null && stateDue);
  const persist = () => {
    if (!saveOutbox(o.win, o.storageKey, { items, state }) && !storageWarned) {
      storageWarned = true;
      log('outbox not kept on this device (storage full or disabled): in memory only');
    }
  };
  const status = () => {
    if (waitingOn === 'network') o.setStatus('offline');
    else if (waitingOn === 'server') o.setStatus(failures >= failingAfter ? 'failing' : 'retrying');
    else o.setStatus(settled() ? 'saved' : 'saving');
    if (empty()) for (const w of waiters) w();
  };
  const remove = (ids: ReadonlySet<string>) => {
    items = items.filter((s) => !ids.has(s.id));
    persist();
  };

  /**
   * The next statements to send, in order, while `fits(count, bytes)` holds for the batch with
   * one more. The State document goes before Terminated (see isFinal); Initialized goes alone.
   */
  function take(fits: (count: number, bytes: number) => boolean): [Statement[], number] {
    const batch: Statement[] = [];
    let size = 2;
    for (const s of items) {
      if (inFlight.has(s.id)) continue;
      if (state !== null && isFinal(s)) break;
      if (isAlone(s)) {
        if (!batch.length) batch.push(s);
        break;
      }
      const b = bytes(s);
      if (!fits(batch.length, size + b)) break;
      batch.push(s);
      size += b;
    }
    return [batch, size];
  }

  function settle(batch: Statement[], out: Outcome): void {
    const ids = new Set(batch.map((s) => s.id));
    if (singles > 0) singles -= 1;
    if (out.kind === 'ok') {
      failures = 0;
      remove(ids);
    } else if (out.kind === 'reject') {
      failures = 0;
      if (batch.length > 1) {
        // One bad statement fails the whole batch; find it by sending these one by one.
        singles = batch.length;
        log(`LRS refused a batch of ${batch.length} (${out.reason}); sending them one by one`);
      } else if (out.status === 409) {
        remove(ids);
      } else {
        log(`LRS refused statement ${batch[0]?.id ?? '?'} (${out.reason}); dropped it: ${JSON.stringify(batch[0]).slice(0, 500)}`);
        remove(ids);
      }
    } else {
      failures += 1;
    }
  }

  async function backoff(out: Outcome & { kind: 'retry' }): Promise<void> {
    const offline = out.network || (o.win.navigator as Navigator | undefined)?.onLine === false;
    waitingOn = offline ? 'network' : 'server';
    log(`${out.reason}; retrying in ${backoffMs(failures) / 1000} s`);
    status();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, backoffMs(failures));
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
    waitingOn = null;
  }

  async function pump(): Promise<void> {
    if (running || !started) return;
    running = true;
    status();
    try {
      for (;;) {
        const [batch] = take((n, size) => !n || (n < (singles > 0 ? 1 : batchMax) && size <= batchBytes));
        if (batch.length) {
          for (const s of batch) inFlight.add(s.id);
          const out = await postStatements(o.lrs, batch);
          for (const s of batch) inFlight.delete(s.id);
          settle(batch, out);
          if (out.kind === 'retry') await backoff(out);
          continue;
        }
        if (state && (stateDue || items.some(isFinal))) {
          stateDue = true;
          const write = state;
          const body = written === null ? write.body : o.state.merge(write.body, written);
          const sync = await syncState(o.lrs, o.state.ref, body, known, o.state.merge);
          known = sync.known;
          if (sync.out.kind !== 'ok') {
            // Never drop the bookmark, and never call it saved: keep it and try again.
            failures += 1;
            if (sync.out.kind === 'reject') log(`LRS refused the state document (${sync.out.reason}); kept on this device, trying again`);
            await backoff(sync.out.kind === 'retry' ? sync.out : { kind: 'retry', reason: sync.out.reason, network: false });
            continue;
          }
          failures = 0;
          written = sync.body;
          // Latest write wins: a newer document written meanwhile stays queued.
          if (state === write) {
            state = null;
            stateDue = false;
            persist();
          }
          continue;
        }
        break;
      }
    } finally {
      running = false;
      status();
    }
  }

  const kick = () => void pump();
  o.win.addEventListener('online', () => wake?.());

  return {
    pendingState: () => earlierState,
    knowState(k) {
      known = k;
    },
    adopt(fn) {
      const before = items;
      items = before.flatMap((s) => fn(s) ?? []);
      persist();
    },
    start() {
      started = true;
      kick();
    },
    enqueue(statements, soon = true) {
      if (!statements.length) return;
      items = [...items, ...statements];
      persist();
      status();
      const wait = soon ? (o.debounceMs ?? 250) : (o.idleMs ?? 5000);
      if (Date.now() + wait >= sendAt) return;
      if (sendTimer !== null) clearTimeout(sendTimer);
      sendAt = Date.now() + wait;
      sendTimer = setTimeout(() => {
        sendTimer = null;
        sendAt = Infinity;
        kick();
      }, wait);
    },
    writeState(write) {
      state = write;
      persist();
      status();
      if (stateTimer === null) {
        stateTimer = setTimeout(() => {
          stateTimer = null;
          stateDue = true;
          kick();
        }, o.stateDelayMs ?? 30_000);
      }
    },
    flush() {
      persist();
      if (!started) return;
      stateDue = true;
      // keepalive requests may outlive the page; their bodies share a 64 KB budget (Fetch §4.5).
      const write = state;
      const body = write && (written === null ? write.body : o.state.merge(write.body, written));
      const put = write && body && keepaliveBytes + body.length < KEEPALIVE_BUDGET / 4 ? keepaliveState(o.lrs, o.state.ref, body, known) : null;
      if (write && body && put) {
        keepaliveBytes += body.length;
        // The ETag changes with this write; the pump reads it again if the page lives on.
        known = undefined;
        void put.then((out) => {
          keepaliveBytes -= body.length;
          if (out.kind === 'ok') written = body;
          if (out.kind === 'ok' && state === write) {
            state = null;
            persist();
            status();
          }
        });
      }
      // Terminated only after the State document has landed (the pump or the next launch sends it).
      const [batch, size] = take((_, next) => keepaliveBytes + next <= KEEPALIVE_BUDGET);
      if (!batch.length) return;
      for (const s of batch) inFlight.add(s.id);
      keepaliveBytes += size;
      void postStatements(o.lrs, batch, true).then((out) => {
        keepaliveBytes -= size;
        for (const s of batch) inFlight.delete(s.id);
        if (out.kind === 'ok') remove(new Set(batch.map((s) => s.id)));
        // Anything else: the pump (or the next launch) sends them again, same ids.
        status();
        kick();
      });
    },
    drain(timeoutMs) {
      started = true;
      stateDue = state !== null;
      wake?.();
      kick();
      if (empty()) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const finish = (done: boolean) => {
          clearTimeout(timer);
          waiters.delete(onEmpty);
          resolve(done);
        };
        const onEmpty = () => finish(true);
        const timer = setTimeout(() => finish(empty()), timeoutMs);
        waiters.add(onEmpty);
      });
    },
    size: () => items.length + (state ? 1 : 0),
  };
}
