import type { TrackingEvent } from '../../state/events.ts';
import { createStatusHub } from '../status-hub.ts';
import type { LaunchInfo, Snapshot, Tracker, TrackerContext } from '../tracker.ts';
import { agentIdentity, learnerKey } from '../learner-key.ts';
import { courseActivity } from './activities.ts';
import { courseFacts } from './course-facts.ts';
import { isoDuration } from './duration.ts';
import { eventDrafts } from './event-drafts.ts';
import { launchInvalid } from './launch-invalid.ts';
import { parseTinCanLaunch } from './launch-params.ts';
import type { LrsConfig, StateRef } from './lrs-client.ts';
import { createOutbox, type Outbox } from './outbox.ts';
import { outboxKey } from './outbox-store.ts';
import { readSaved } from './read-saved.ts';
import { encodeDoc, mirrorKey, STATE_ID, writeMirror, type SavedDoc } from './saved-state.ts';
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

const scoreOf = (percent: number) => ({ scaled: Math.round(percent * 100) / 10000, raw: Math.round(percent), min: 0, max: 100 });

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
    live.outbox.writeState({ ref: live.ref, body: encodeDoc(doc) });
  };

  /** Course-level verdicts: completed once; passed once; never failed after passed. */
  function verdicts(event: TrackingEvent, root: Activity, doc: SavedDoc): { drafts: Draft[]; doc: SavedDoc } {
    const duration = isoDuration(clock.elapsedMs());
    if (event.type === 'course-completed' && !doc.completed) {
      return { drafts: [{ verb: VERBS.completed, object: root, result: { completion: true, duration }, at: event.at }], doc: { ...doc, completed: true } };
    }
    if (event.type === 'assessment-submitted' && !doc.passed) {
      const verb = event.passed ? VERBS.passed : VERBS.failed;
      return {
        drafts: [{ verb, object: root, result: { score: scoreOf(event.result.score), success: event.passed, duration }, at: event.at }],
        doc: { ...doc, passed: event.passed },
      };
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
      const { endpoint, auth, actor, registration, activityId } = launch.value;
      const lrs: LrsConfig = { endpoint, auth, fetch: deps.fetch ?? win.fetch.bind(win), timeoutMs: 15_000 };
      const key = outboxKey(context.courseId, registration, endpoint);
      const outbox = createOutbox({ win, storageKey: key, lrs, setStatus: (s) => status.set(s), log });
      const root = courseActivity(facts, activityId ?? context.courseId);
      const ref: StateRef = { activityId: root.id, agent: actor, registration, stateId: STATE_ID };
      const mirror = mirrorKey(key);
      const doc = await readSaved(lrs, ref, outbox, win, mirror, log);
      if ('refused' in doc) {
        status.set('not-recorded');
        return launchInvalid('xapi', doc.refused);
      }
      // Sub-activity statements name the course in their own context lists (event-drafts.ts).
      const base: StatementBase = { actor, registration, template: {} };
      live = { outbox, base, root, ref, mirror, doc, ended: false };
      clock.restart();
      enqueue([{ verb: VERBS.initialized, object: root, at: clock.now() }]);
      outbox.start();
      return { saved: doc.saved, learnerName: actor.name ?? null, language: null, mode: 'normal', credit: true, masteryScore: null, notice: null, learnerKey: learnerKey('xapi', agentIdentity(actor)) };
    },
    record(events: readonly TrackingEvent[], snapshot: Snapshot) {
      if (!live || live.ended) return;
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
        enqueue([{ verb: VERBS.terminated, object: live.root, result: { duration: isoDuration(clock.elapsedMs()) }, at: clock.now() }]);
        live.ended = true;
      }
      await live.outbox.drain(8000);
      return { returnUrl: null };
    },
    onStatus: (listener) => status.subscribe(listener),
  };
}
