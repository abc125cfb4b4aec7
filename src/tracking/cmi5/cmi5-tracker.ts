import { catalogue } from '../../errors/catalogue.ts';
import type { TrackingEvent } from '../../state/events.ts';
import { createStatusHub } from '../status-hub.ts';
import type { LaunchInfo, Snapshot, Tracker, TrackerContext } from '../tracker.ts';
import { browserLanguages, initialLocale } from '../../app/i18n/choose-locale.ts';
import { savedLocale } from '../../state/serialize.ts';
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
import { encodeDoc, mergeDocs, mirrorKey, STATE_ID, writeMirror, type SavedDoc } from '../xapi/saved-state.ts';
import { sendSoon } from '../xapi/send-soon.ts';
import { sessionClock } from '../xapi/session-clock.ts';
import { buildStatement, type Draft, type StatementBase } from '../xapi/statement-factory.ts';
import type { Activity, Statement } from '../xapi/types.ts';
import { VERBS } from '../xapi/vocabulary.ts';
import { carryOver } from './carry-over.ts';
import { parseCmi5Launch } from './cmi5-launch.ts';
import { completed, initialized, judged, terminated } from './defined-statements.ts';
import { fetchToken } from './fetch-token.ts';
import { LAUNCH_DATA_STATE_ID, parseLanguagePreference, parseLaunchData, type LaunchData } from './launch-data.ts';
import { hasEnded, loadSession, markEnded, saveSession } from './session-record.ts';
import { createSessionRules, type Ledger, type SessionRules, type StatementKind } from './session-rules.ts';

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
  pendingFailed: { percent: number; at: Date } | null;
}

/**
 * The cmi5 AU: launch (§8), LMS.LaunchData (§10) and learner preferences (§11) before any
 * statement, then Initialized, allowed statements, Completed/Passed/Failed by the rules of
 * §9.3, the State document, Terminated last, and the redirect to returnURL.
 *
 * Sessions: Terminated is sent only on «Avslutt». A reload of the tab continues the session
 * (same token from sessionStorage, no second Initialized; session-record.ts). Closing the
 * window without «Avslutt» sends what is queued (keepalive) and leaves the session open: the
 * LMS records it as Abandoned when the learner launches again (§9.3.6; CATAPULT abandons open
 * sessions on a new launch), which is what a window closed mid-course is. Statements still
 * on the device from such a session are carried into the next one (carry-over.ts).
 */
export function createCmi5Tracker(context: TrackerContext, deps: Cmi5Deps = {}): Tracker {
  const win = context.window;
  const log = deps.log ?? ((m: string) => console.warn(`[cmi5] ${m}`));
  const clock = sessionClock(deps.now);
  const status = createStatusHub('saving');
  const facts = courseFacts(context);
  const duration = () => isoDuration(clock.elapsedMs());
  let live: Live | null = null;

  /** Queue a statement if the cmi5 rules allow it now; otherwise log the rule and send nothing. */
  const send = (kind: StatementKind, drafts: Draft[], soon = true): boolean => {
    if (!live || !drafts.length) return false;
    const broken = live.rules.check(kind);
    if (broken) {
      log(`not sent (${drafts.map((d) => d.verb.display.en).join(', ')}): ${broken}`);
      return false;
    }
    live.rules.commit(kind);
    const { base } = live;
    live.outbox.enqueue(drafts.map((d) => buildStatement(base, d)), soon);
    if (kind === 'initialized' || kind === 'passed' || kind === 'failed') remember();
    return true;
  };

  /** Keep what a reload needs to continue this session (session-record.ts). */
  const remember = () => {
    if (!live) return;
    const failed = live.pendingFailed && { percent: live.pendingFailed.percent, at: live.pendingFailed.at.toISOString() };
    saveSession(win, live.data.sessionId, { started: clock.startedAt(), verdict: live.rules.verdict, failed });
  };

  const failedDraft = (l: Live, f: { percent: number; at: Date }) => judged(l.au, false, f.percent, l.data.masteryScore, duration(), f.at);

  const saveDoc = (doc: SavedDoc) => {
    if (!live) return;
    live.doc = doc;
    // Review/Browse: look, don't change the record (§10 launchMode).
    if (live.data.launchMode !== 'normal') return;
    writeMirror(win, live.mirror, doc);
    live.outbox.writeState({ body: encodeDoc(doc) });
  };

  /**
   * End the session («Avslutt»): a waiting Failed, the State document, then Terminated
   * (§9.3.8: last). After Terminated the LMS refuses every request of the session (CATAPULT
   * 8.1.2.0-2), so the outbox writes the document before it (outbox isFinal).
   */
  const end = () => {
    if (!live || live.rules.phase !== 'initialized') return;
    if (live.pendingFailed && send('failed', [failedDraft(live, live.pendingFailed)])) live.pendingFailed = null;
    saveDoc({ ...live.doc, ...live.rules.ledger });
    send('terminated', [terminated(live.au, duration(), clock.now())]);
    markEnded(win, live.data.sessionId);
    saveSession(win, live.data.sessionId, null);
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
    if (event.type === 'course-completed') {
      send('completed', [completed(l.au, duration(), event.at)]);
    } else if (event.type === 'assessment-submitted') {
      const ms = l.data.masteryScore;
      // §10 masteryScore: Passed/Failed MUST be based on the LMS's masteryScore when given.
      const passed = ms === null ? event.passed : event.result.score / 100 >= ms;
      if (passed) {
        if (send('passed', [judged(l.au, true, event.result.score, ms, duration(), event.at)])) l.pendingFailed = null;
        remember();
      } else {
        const broken = l.rules.check('failed');
        if (broken) log(`not sent (failed): ${broken}`);
        else l.pendingFailed = { percent: event.result.score, at: event.at };
        remember();
      }
    }
  }

  /**
   * Statements on the device from earlier sessions: allowed ones are taken out, to be queued
   * again after this session's Initialized; defined ones are dropped on purpose (carry-over.ts).
   */
  function adoptEarlier(outbox: Outbox, now: Parameters<typeof carryOver>[1]): { moved: Statement[]; dropped: Statement[] } {
    const dropped: Statement[] = [];
    const moved: Statement[] = [];
    outbox.adopt((s) => {
      const c = carryOver(s, now);
      if ('drop' in c) {
        dropped.push(c.drop);
        log(`dropped on purpose: ${c.drop.verb.display.en ?? c.drop.verb.id} ${c.drop.id} (${c.why}; cmi5 §9.6.3.1: only the current session's are admitted)`);
        return null;
      }
      if (c.keep === s) return s;
      moved.push(c.keep);
      return null;
    });
    if (moved.length) log(`moved ${moved.length} statement(s) of an earlier session into session ${now.sessionId}`);
    return { moved, dropped };
  }

  /** A verdict dropped with its dead session never reached the LMS: it is not in the ledger. */
  function unsent(ledger: Ledger, dropped: Statement[]): Ledger {
    const has = (verb: string) => dropped.some((s) => s.verb.id === verb);
    return { completed: ledger.completed && !has(VERBS.completed.id), passed: ledger.passed && !has(VERBS.passed.id) };
  }

  /** Judge again, in this session, what a dead session judged but never delivered. */
  function rejudge(l: Live, dropped: Statement[]): void {
    const at = clock.now();
    for (const s of dropped) {
      const percent = s.result?.score?.raw ?? 0;
      if (s.verb.id === VERBS.completed.id) send('completed', [completed(l.au, duration(), at)]);
      else if (s.verb.id === VERBS.passed.id || s.verb.id === VERBS.failed.id) {
        const ms = l.data.masteryScore;
        const passed = ms === null ? s.verb.id === VERBS.passed.id : percent / 100 >= ms;
        if (passed) send('passed', [judged(l.au, true, percent, ms, duration(), at)]);
        else if (!l.rules.check('failed')) l.pendingFailed = { percent, at };
      }
    }
    if (dropped.length) saveDoc({ ...l.doc, ...l.rules.ledger });
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
      if (data.value.returnUrlIgnored !== null) {
        const c = catalogue.RETURN_URL_IGNORED;
        log(`RETURN_URL_IGNORED: ${c.what} ${c.todo} (returnURL: ${JSON.stringify(data.value.returnUrlIgnored)})`);
      }
      // A reload after «Avslutt» sent Terminated: that session is over (§9.3.8).
      if (hasEnded(win, data.value.sessionId)) return invalid('Denne økten er avsluttet med «Avslutt» (Terminated er sendt, cmi5 §9.3.8). Start kurset på nytt fra læringsplattformen for en ny økt.');
      // §11: on startup the AU MUST retrieve the learner preferences (absent is fine).
      const prefs = await getAgentProfile(lrs, actor, 'cmi5LearnerPreferences');
      if (prefs.kind === 'error') log(`could not read cmi5LearnerPreferences (${prefs.reason})`);
      const language = parseLanguagePreference(prefs.kind === 'found' ? prefs.body : null);

      const key = outboxKey(context.courseId, registration, endpoint);
      const au = courseActivity(facts, activityId);
      // Our own state document for this AU — a stateId of ours, never LMS.LaunchData (§10).
      const ref: StateRef = { activityId, agent: actor, registration, stateId: STATE_ID };
      const outbox = createOutbox({ win, storageKey: key, lrs, state: { ref, merge: mergeDocs }, setStatus: (s) => status.set(s), log });
      const mirror = mirrorKey(key);
      const doc = await readSaved(lrs, ref, outbox, win, mirror, log);
      if ('refused' in doc) return invalid(doc.refused);
      const { sessionId, contextTemplate } = data.value;
      const { moved, dropped } = adoptEarlier(outbox, { sessionId, registration, actor, template: contextTemplate });
      // The first statements are in the language the player will choose (controller.ts), by the same rule.
      const shown = initialLocale({ chosen: savedLocale(doc.saved), launch: language, browser: browserLanguages(win) }, context.languages ?? ['nb']);
      const base: StatementBase = { actor, registration, template: contextTemplate, language: shown };
      const ledger = unsent({ completed: doc.completed, passed: doc.passed }, dropped);
      const record = loadSession(win, sessionId);
      const rules = createSessionRules(data.value.launchMode, ledger, record ?? undefined);
      live = { outbox, base, au, ref, mirror, doc, rules, data: data.value, pendingFailed: record?.failed ? { percent: record.failed.percent, at: new Date(record.failed.at) } : null };
      if (record) {
        clock.resumeFrom(record.started);
        log(`continuing session ${sessionId} after a reload`);
      } else {
        clock.restart();
        send('initialized', [initialized(au, clock.now())]);
      }
      // After this session's Initialized (§9.3.2: the first statement of a session).
      outbox.enqueue(moved);
      if (data.value.launchMode === 'normal') rejudge(live, dropped);
      outbox.start();
      win.addEventListener('pagehide', () => {
        // Closing or reloading without «Avslutt»: send what is queued, keep the session open
        // (a reload continues it; a closed window is abandoned by the LMS at the next launch).
        remember();
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
      if (snapshot.locale) l.base.language = snapshot.locale;
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
