import type { TrackingEvent } from '../../state/events.ts';
import { createStatusHub } from '../status-hub.ts';
import type { LaunchInfo, Snapshot, Tracker, TrackerContext } from '../tracker.ts';
import { agentIdentity, learnerKey } from '../learner-key.ts';
import { courseActivity } from '../xapi/activities.ts';
import { courseFacts } from '../xapi/course-facts.ts';
import { isoDuration } from '../xapi/duration.ts';
import { eventDrafts } from '../xapi/event-drafts.ts';
import { launchInvalid } from '../xapi/launch-invalid.ts';
import { getAgentProfile, getState, type LrsConfig, type StateRef } from '../xapi/lrs-client.ts';
import { createOutbox, type Outbox } from '../xapi/outbox.ts';
import { outboxKey } from '../xapi/outbox-store.ts';
import { readSaved } from '../xapi/read-saved.ts';
import { encodeDoc, mirrorKey, STATE_ID, writeMirror, type SavedDoc } from '../xapi/saved-state.ts';
import { sendSoon } from '../xapi/send-soon.ts';
import { sessionClock } from '../xapi/session-clock.ts';
import { buildStatement, type Draft, type StatementBase } from '../xapi/statement-factory.ts';
import type { Activity } from '../xapi/types.ts';
import { VERBS } from '../xapi/vocabulary.ts';
import { parseCmi5Launch } from './cmi5-launch.ts';
import { completed, initialized, judged, terminated } from './defined-statements.ts';
import { fetchToken } from './fetch-token.ts';
import { LAUNCH_DATA_STATE_ID, parseLanguagePreference, parseLaunchData, type LaunchData } from './launch-data.ts';
import { createSessionRules, type SessionRules, type StatementKind } from './session-rules.ts';

const endedKey = (sessionId: string) => `cmi5-ended:${sessionId}`;

function markEnded(win: Window, sessionId: string): void {
  try {
    win.sessionStorage.setItem(endedKey(sessionId), '1');
  } catch {
    // No sessionStorage: a reload would then try to continue and the LMS would refuse it.
  }
}

function hasEnded(win: Window, sessionId: string): boolean {
  try {
    return win.sessionStorage.getItem(endedKey(sessionId)) !== null;
  } catch {
    return false;
  }
}

export interface Cmi5Deps {
  fetch?: typeof fetch;
  now?: () => Date;
  log?: (message: string) => void;
}

interface Live {
  outbox: Outbox;
  base: StatementBase;
  au: Activity;
  ref: StateRef;
  mirror: string;
  doc: SavedDoc;
  rules: SessionRules;
  data: LaunchData;
  /** §9.3: one of Passed/Failed per session, so a Failed waits until the session ends — a later pass may replace it. */
  pendingFailed: Draft | null;
}

/**
 * The cmi5 AU: launch (§8), LMS.LaunchData (§10) and learner preferences (§11) before any
 * statement, then Initialized, allowed statements, Completed/Passed/Failed by the rules of
 * §9.3, Terminated last, and the redirect to returnURL.
 */
export function createCmi5Tracker(context: TrackerContext, deps: Cmi5Deps = {}): Tracker {
  const win = context.window;
  const log = deps.log ?? ((m: string) => console.warn(`[cmi5] ${m}`));
  const clock = sessionClock(deps.now);
  const status = createStatusHub('saving');
  const facts = courseFacts(context);
  let live: Live | null = null;

  /** Queue a statement if the cmi5 rules allow it now; otherwise log the rule and send nothing. */
  const send = (kind: StatementKind, drafts: Draft[], soon = true): boolean => {
    if (!live || !drafts.length) return false;
    const broken = live.rules.check(kind);
    if (broken) {
      log(`not sent (${drafts.map((d) => d.verb.display.nb).join(', ')}): ${broken}`);
      return false;
    }
    live.rules.commit(kind);
    const { base } = live;
    live.outbox.enqueue(drafts.map((d) => buildStatement(base, d)), soon);
    return true;
  };

  const saveDoc = (doc: SavedDoc) => {
    if (!live) return;
    live.doc = doc;
    // Review/Browse: look, don't change the record (§10 launchMode).
    if (live.data.launchMode !== 'normal') return;
    writeMirror(win, live.mirror, doc);
    live.outbox.writeState({ ref: live.ref, body: encodeDoc(doc) });
  };

  /** End the session: a waiting Failed, then Terminated (§9.3.8: last). */
  const end = () => {
    if (!live || live.rules.phase !== 'initialized') return;
    if (live.pendingFailed && send('failed', [live.pendingFailed])) live.pendingFailed = null;
    send('terminated', [terminated(live.au, isoDuration(clock.elapsedMs()), clock.now())]);
    markEnded(win, live.data.sessionId);
    saveDoc({ ...live.doc, ...live.rules.ledger });
  };

  function onEvent(event: TrackingEvent, snapshot: Snapshot, l: Live): void {
    const allowed = eventDrafts(event, {
      facts,
      root: l.au,
      summary: snapshot.summary,
      trackReflectionText: context.trackReflectionText,
      partDoneVerb: VERBS.experienced,
      sendProgress: !l.rules.ledger.completed,
    });
    if (allowed.length) send('allowed', allowed, sendSoon([event]));
    const duration = () => isoDuration(clock.elapsedMs());
    if (event.type === 'course-completed') {
      send('completed', [completed(l.au, duration(), event.at)]);
    } else if (event.type === 'assessment-submitted') {
      const ms = l.data.masteryScore;
      // §10 masteryScore: Passed/Failed MUST be based on the LMS's masteryScore when given.
      const passed = ms === null ? event.passed : event.result.score / 100 >= ms;
      const draft = judged(l.au, passed, event.result.score, ms, duration(), event.at);
      if (passed) {
        if (send('passed', [draft])) l.pendingFailed = null;
      } else {
        const broken = l.rules.check('failed');
        if (broken) log(`not sent (failed): ${broken}`);
        else l.pendingFailed = draft;
      }
    }
  }

  return {
    async start(): Promise<LaunchInfo> {
      const invalid = (problem: string) => {
        status.set('not-recorded');
        return launchInvalid('cmi5', problem);
      };
      const launch = parseCmi5Launch(win.location.search);
      if (!launch.ok) return invalid(launch.problem);
      const { endpoint, fetchUrl, actor, registration, activityId } = launch.value;
      const doFetch = deps.fetch ?? win.fetch.bind(win);
      const token = await fetchToken(win, fetchUrl, doFetch);
      if (!token.ok) return invalid(token.problem);
      const lrs: LrsConfig = { endpoint, auth: `Basic ${token.value}`, fetch: doFetch, timeoutMs: 15_000 };
      // §10: read LMS.LaunchData (never write it) before sending anything.
      const read = await getState(lrs, { activityId, agent: actor, registration, stateId: LAUNCH_DATA_STATE_ID });
      if (read.kind !== 'found') return invalid(read.kind === 'absent' ? 'State-dokumentet LMS.LaunchData finnes ikke for denne registreringen.' : `LMS.LaunchData kunne ikke leses (${read.reason}).`);
      const data = parseLaunchData(read.body, win.location.href);
      if (!data.ok) return invalid(data.problem);
      // A reload after the window's pagehide sent Terminated: that session is over (§9.3.8).
      if (hasEnded(win, data.value.sessionId)) return invalid('Denne økten er avsluttet (Terminated er sendt, cmi5 §9.3.8), for eksempel fordi siden ble lastet inn på nytt. Start kurset på nytt fra læringsplattformen for en ny økt.');
      // §11: on startup the AU MUST retrieve the learner preferences (absent is fine).
      const prefs = await getAgentProfile(lrs, actor, 'cmi5LearnerPreferences');
      if (prefs.kind === 'error') log(`could not read cmi5LearnerPreferences (${prefs.reason})`);
      const language = parseLanguagePreference(prefs.kind === 'found' ? prefs.body : null);

      const key = outboxKey(context.courseId, registration, endpoint);
      const outbox = createOutbox({ win, storageKey: key, lrs, setStatus: (s) => status.set(s), log });
      const au = courseActivity(facts, activityId);
      // Our own state document for this AU — a stateId of ours, never LMS.LaunchData (§10).
      const ref: StateRef = { activityId, agent: actor, registration, stateId: STATE_ID };
      const mirror = mirrorKey(key);
      const doc = await readSaved(lrs, ref, outbox, win, mirror, log);
      if ('refused' in doc) return invalid(doc.refused);
      const base: StatementBase = { actor, registration, template: data.value.contextTemplate };
      const rules = createSessionRules(data.value.launchMode, { completed: doc.completed, passed: doc.passed });
      live = { outbox, base, au, ref, mirror, doc, rules, data: data.value, pendingFailed: null };
      clock.restart();
      send('initialized', [initialized(au, clock.now())]);
      // Statements left on the device by an earlier session go first; they carry their own session id.
      outbox.start();
      win.addEventListener('pagehide', () => {
        // The window is closing without "Avslutt": end the session properly rather than leave it to be abandoned (§9.3.6).
        end();
        outbox.flush();
      });
      win.addEventListener('pageshow', (event) => {
        // Restored from the back/forward cache after the session ended: nothing is recorded now.
        if (event.persisted && live?.rules.phase === 'terminated') {
          log('page restored after Terminated; relaunch from the LMS to record more');
          status.set('not-recorded');
        }
      });
      const ms = data.value.masteryScore;
      return {
        saved: doc.saved,
        learnerName: actor.name ?? null,
        learnerKey: learnerKey('xapi', agentIdentity(actor)),
        language,
        mode: data.value.launchMode,
        credit: true,
        masteryScore: ms === null ? null : Math.round(ms * 10000) / 100,
        notice: null,
      };
    },
    record(events: readonly TrackingEvent[], snapshot: Snapshot) {
      const l = live;
      if (!l || l.rules.phase !== 'initialized') return;
      // Browse/Review send only Initialized and Terminated (§10 launchMode).
      if (l.data.launchMode === 'normal') for (const event of events) onEvent(event, snapshot, l);
      const ledger = l.rules.ledger;
      if (snapshot.serialized !== l.doc.saved || ledger.completed !== l.doc.completed || ledger.passed !== l.doc.passed) {
        saveDoc({ saved: snapshot.serialized, ...ledger });
      }
    },
    flush() {
      live?.outbox.flush();
    },
    async exit() {
      if (!live) return { returnUrl: null };
      end();
      await live.outbox.drain(8000);
      // §10 returnURL: the AU MUST redirect the window there when terminated.
      return { returnUrl: live.data.returnUrl };
    },
    onStatus: (listener) => status.subscribe(listener),
  };
}
