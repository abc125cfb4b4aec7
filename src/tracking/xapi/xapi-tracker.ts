import type { TrackingEvent } from '../../state/events.ts';
import { createStatusHub } from '../status-hub.ts';
import type { LaunchInfo, Snapshot, Tracker, TrackerContext } from '../tracker.ts';
import { browserLanguages, initialLocale } from '../../app/i18n/choose-locale.ts';
import { savedLocale } from '../../state/serialize.ts';
import { agentIdentity, learnerKey } from '../learner-key.ts';
import { courseActivity } from './activities.ts';
import { courseFacts } from './course-facts.ts';
import { courseStatements as made } from './course-statements.ts';
import { isoDuration } from './duration.ts';
import { eventDrafts } from './event-drafts.ts';
import { launchInvalid } from './launch-invalid.ts';
import { parseTinCanLaunch } from './launch-params.ts';
import type { LrsConfig, StateRef } from './lrs-client.ts';
import { createOutbox, type Outbox } from './outbox.ts';
import { outboxKey } from './outbox-store.ts';
import { readSaved } from './read-saved.ts';
import { encodeDoc, mergeDocs, mirrorKey, STATE_ID, writeMirror, type SavedDoc } from './saved-state.ts';
import { sendSoon } from './send-soon.ts';
import { sessionClock } from './session-clock.ts';
import { buildStatement, type Draft, type StatementBase } from './statement-factory.ts';
import type { Activity } from './types.ts';
import { VERBS } from './vocabulary.ts';

export interface XapiDeps {
  fetch?: typeof fetch;
  now?: () => Date;
  log?: (message: string) => void;
}


/** Tin Can (xAPI 1.0.3) launch: statements and the bookmark to the LRS the launch URL names. */
export function createXapiTracker(context: TrackerContext, deps: XapiDeps = {}): Tracker {
  const win = context.window;
  const log = deps.log ?? ((m: string) => console.warn(`[xapi] ${m}`));
  const clock = sessionClock(deps.now);
  const status = createStatusHub('saving');
  const facts = courseFacts(context);
  let live: {
    outbox: Outbox;
    base: StatementBase;
    root: Activity;
    ref: StateRef;
    mirror: string;
    doc: SavedDoc;
    ended: boolean;
    /** The window was hidden (pagehide) without «Avslutt»: a `suspended` was sent. */
    paused: boolean;
  } | null = null;

  const enqueue = (drafts: Draft[], soon = true) => {
    if (!live || !drafts.length) return;
    const { base, outbox } = live;
    outbox.enqueue(drafts.map((d) => buildStatement(base, d)), soon);
  };

  const saveDoc = (doc: SavedDoc) => {
    if (!live) return;
    live.doc = doc;
    writeMirror(win, live.mirror, doc);
    live.outbox.writeState({ body: encodeDoc(doc) });
  };

  /** Course-level verdicts: completed once; passed once; never failed after passed. */
  function verdicts(event: TrackingEvent, root: Activity, doc: SavedDoc): { drafts: Draft[]; doc: SavedDoc } {
    const duration = isoDuration(clock.elapsedMs());
    if (event.type === 'course-completed' && !doc.completed) {
      return { drafts: [made.completed(root, duration, event.at)], doc: { ...doc, completed: true } };
    }
    if (event.type === 'assessment-submitted' && !doc.passed) {
      return { drafts: [made.judged(root, event.passed, event.result.score, duration, event.at)], doc: { ...doc, passed: event.passed } };
    }
    return { drafts: [], doc };
  }

  return {
    async start(): Promise<LaunchInfo> {
      const launch = parseTinCanLaunch(win.location.search);
      if (!launch.ok) {
        status.set('not-recorded');
        return launchInvalid('xapi', launch.problem);
      }
      const { endpoint, auth, actor, registration, activityId, language } = launch.value;
      const lrs: LrsConfig = { endpoint, auth, fetch: deps.fetch ?? win.fetch.bind(win), timeoutMs: 15_000 };
      const key = outboxKey(context.courseId, registration, endpoint);
      const root = courseActivity(facts, activityId ?? context.courseId);
      const ref: StateRef = { activityId: root.id, agent: actor, registration, stateId: STATE_ID };
      const outbox = createOutbox({ win, storageKey: key, lrs, state: { ref, merge: mergeDocs }, setStatus: (s) => status.set(s), log });
      const mirror = mirrorKey(key);
      const doc = await readSaved(lrs, ref, outbox, win, mirror, log);
      if ('refused' in doc) {
        status.set('not-recorded');
        return launchInvalid('xapi', doc.refused);
      }
      // Sub-activity statements name the course in their own context lists (event-drafts.ts).
      // The first statements are in the language the player will choose (controller.ts), by the same rule.
      const shown = initialLocale({ chosen: savedLocale(doc.saved), launch: language, browser: browserLanguages(win) }, context.languages ?? ['nb']);
      const base: StatementBase = { actor, registration, template: {}, language: shown };
      live = { outbox, base, root, ref, mirror, doc, ended: false, paused: false };
      clock.restart();
      enqueue([made.initialized(root, clock.now())]);
      outbox.start();
      // Closing the window (or a reload) without «Avslutt»: the learner paused, they did not
      // vanish. `suspended` tells the LRS so; Terminated stays for «Avslutt». The outbox sends
      // it with keepalive right after (the controller flushes on pagehide too).
      win.addEventListener('pagehide', () => {
        if (!live || live.ended || live.paused) return;
        live.paused = true;
        enqueue([made.suspended(live.root, isoDuration(clock.elapsedMs()), clock.now())]);
        live.outbox.flush();
      });
      win.addEventListener('pageshow', (event) => {
        // Back from the back/forward cache: the same page goes on.
        if (!live || live.ended || !live.paused || !event.persisted) return;
        live.paused = false;
        enqueue([made.resumed(live.root, clock.now())]);
      });
      return { saved: doc.saved, learnerName: actor.name ?? null, language, mode: 'normal', credit: true, masteryScore: null, notice: null, learnerKey: learnerKey('xapi', agentIdentity(actor)) };
    },
    record(events: readonly TrackingEvent[], snapshot: Snapshot) {
      if (!live || live.ended) return;
      if (snapshot.locale) live.base.language = snapshot.locale;
      let doc = live.doc;
      const drafts: Draft[] = [];
      for (const event of events) {
        drafts.push(
          ...eventDrafts(event, {
            facts,
            root: live.root,
            summary: snapshot.summary,
            trackReflectionText: context.trackReflectionText,
            partDoneVerb: VERBS.completed,
            sendProgress: !doc.completed,
          }),
        );
        const v = verdicts(event, live.root, doc);
        drafts.push(...v.drafts);
        doc = v.doc;
      }
      enqueue(drafts, sendSoon(events));
      if (doc !== live.doc || snapshot.serialized !== live.doc.saved) saveDoc({ ...doc, saved: snapshot.serialized });
    },
    flush() {
      live?.outbox.flush();
    },
    async exit() {
      if (!live) return { returnUrl: null };
      if (!live.ended) {
        enqueue([made.terminated(live.root, isoDuration(clock.elapsedMs()), clock.now())]);
        live.ended = true;
      }
      await live.outbox.drain(8000);
      return { returnUrl: null };
    },
    onStatus: (listener) => status.subscribe(listener),
  };
}
