import { vi } from 'vitest';
import type { Course } from '../../../course/schema/index.ts';
import type { Action } from '../../../src/state/actions.ts';
import { indexCourse } from '../../../src/state/course-index.ts';
import { reduce } from '../../../src/state/reduce.ts';
import { saveReflections } from '../../../src/state/reflection-store.ts';
import { serialize } from '../../../src/state/serialize.ts';
import { initialState } from '../../../src/state/state.ts';
import { summarize } from '../../../src/state/summary.ts';
import { createLocalTracker } from '../../../src/tracking/local.ts';
import { createCmi5Tracker } from '../../../src/tracking/cmi5/cmi5-tracker.ts';
import { createScorm12Tracker } from '../../../src/tracking/scorm/scorm12.ts';
import { createScorm2004Tracker } from '../../../src/tracking/scorm/scorm2004.ts';
import type { Tracker, TrackerContext } from '../../../src/tracking/tracker.ts';
import { createXapiTracker } from '../../../src/tracking/xapi/xapi-tracker.ts';
import type { Statement } from '../../../src/tracking/xapi/types.ts';
import { AT, fullRun } from '../state/helpers.ts';
import { fakeScormApi } from '../tracking/scorm/fake-scorm-api.ts';
import { cmi5Search, fakeCmi5Lms } from '../tracking/xapi-cmi5/fake-cmi5-lms.ts';
import { fakeLrsFetch } from '../tracking/xapi/fake-lrs-fetch.ts';
import { fakeWindow, memoryStorage, trackerContext } from '../tracking/xapi/helpers.ts';
import { generalizeKey, statementPaths, type Observed } from '../../../packaging/privacy/observed.ts';

const xapiSearch = `?${new URLSearchParams({
  endpoint: 'https://lrs.example/xapi/',
  auth: 'Basic dGVzdA==',
  actor: JSON.stringify({ name: ['Kari'], mbox: ['mailto:kari@example.no'] }),
  registration: '6b1b9a59-4a63-4c6f-9d5e-0a1b2c3d4e5f',
}).toString()}`;

/** A learner who fails the assessment once, passes the second attempt, writes a reflection, exits. */
function actions(): Action[] {
  const fail = fullRun(false);
  const pass = fullRun(true).filter((a) => a.type === 'start-attempt' || a.type === 'assessment-answer' || a.type === 'submit-attempt');
  return [...fail, ...pass];
}

/** Drives a real tracker through a whole course, as the controller would (record, flush, exit). */
async function drive(course: Course, tracker: Tracker, win: Window): Promise<void> {
  const index = indexCourse(course);
  const launch = await tracker.start();
  let state = initialState();
  for (const action of actions()) {
    const r = reduce(index, state, action, AT);
    state = r.state;
    if (action.type === 'reflect') saveReflections(win, course.meta.id, launch.learnerKey ?? 'local', { [action.reflectionId]: action.text });
    tracker.record(r.events, { state, summary: summarize(index, state), serialized: serialize(index, state) });
    await vi.advanceTimersByTimeAsync(2000);
  }
  tracker.flush();
  await vi.advanceTimersByTimeAsync(2000);
  await tracker.exit();
  await vi.advanceTimersByTimeAsync(2000);
}

function deviceKeys(course: Course, storages: Storage[]): Set<string> {
  const out = new Set<string>();
  for (const s of storages) for (let i = 0; i < s.length; i++) out.add(generalizeKey(s.key(i) ?? '', course.meta.id));
  return out;
}

export interface Run extends Observed {
  /** Everything sent, as text, to look for values (e.g. a reflection's words). */
  raw: string;
}

/** Everything each target sent, read and left on the device in one whole course. Call with fake timers on. */
export async function recordRun(course: Course, target: 'web' | 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5'): Promise<Run> {
  const local = memoryStorage();
  const session = memoryStorage();
  if (target === 'web') {
    const win = fakeWindow({ localStorage: local, sessionStorage: session, course });
    await drive(course, createLocalTracker(trackerContext(course, win), { notice: null }), win);
    return { sent: new Set(), read: new Set(), device: deviceKeys(course, [local, session]), raw: '' };
  }
  if (target === 'scorm12' || target === 'scorm2004') {
    const fake = fakeScormApi({ version: target === 'scorm12' ? '1.2' : '2004', data: { 'cmi.core.student_name': 'Nordmann, Kari', 'cmi.learner_name': 'Kari Nordmann' } });
    const win = Object.assign(fakeWindow({ localStorage: local, sessionStorage: session, course }), {
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      clearTimeout: (id: number) => clearTimeout(id),
    });
    const context: TrackerContext = trackerContext(course, win);
    const create = target === 'scorm12' ? createScorm12Tracker : createScorm2004Tracker;
    await drive(course, create(context, { api: fake.api }), win);
    const pattern = (e: string) => e.replace(/\.\d+\./g, '.n.');
    return {
      sent: new Set(fake.sets().map(([e = '']) => pattern(e))),
      read: new Set(fake.calls.filter((c) => c.method === 'get').map((c) => pattern(c.args[0] ?? ''))),
      device: deviceKeys(course, [local, session]),
      raw: JSON.stringify(fake.sets()),
    };
  }
  const statements: Statement[] = [];
  const stateDocs = new Set<string>();
  const raw: string[] = [];
  const reads = new Set<string>();
  let tracker: Tracker;
  let win: Window;
  if (target === 'xapi') {
    const lrs = fakeLrsFetch([], (call) => (call.method === 'GET' && !call.url.includes('/activities/state') ? 404 : 200));
    win = fakeWindow({ search: xapiSearch, course, localStorage: local, sessionStorage: session });
    tracker = createXapiTracker(trackerContext(course, win), { fetch: lrs.fetch, log: () => undefined });
    await drive(course, tracker, win);
    for (const c of lrs.calls) {
      raw.push(c.url, c.body ?? '');
      const url = new URL(c.url);
      if (c.method === 'POST' && url.pathname.endsWith('/statements')) statements.push(...(JSON.parse(c.body ?? '[]') as Statement[]));
      else if (c.method === 'PUT') stateDocs.add(`${url.pathname.split('/xapi/')[1] ?? ''}#${url.searchParams.get('stateId') ?? ''}:${Object.keys(JSON.parse(c.body ?? '{}') as object).sort().join(',')}`);
      else reads.add(`${url.pathname.split('/xapi/')[1] ?? ''}#${url.searchParams.get('stateId') ?? url.searchParams.get('profileId') ?? ''}`);
    }
  } else {
    const lms = fakeCmi5Lms({ masteryScore: 0.8, returnURL: 'https://lms.example/ferdig' });
    win = fakeWindow({ search: cmi5Search(), course, localStorage: local, sessionStorage: session });
    tracker = createCmi5Tracker(trackerContext(course, win), { fetch: lms.fetch, log: () => undefined });
    await drive(course, tracker, win);
    statements.push(...lms.statements);
    raw.push(JSON.stringify(lms.statements), JSON.stringify(lms.state.entries().map(([, body]) => body)));
    for (const entry of lms.log) {
      const m = /^(GET|PUT) (?:state )?(.+)$/.exec(entry);
      if (m?.[1] === 'PUT') stateDocs.add(`activities/state#${m[2] ?? ''}:${Object.keys(JSON.parse(lms.state.get(m[2] ?? '') ?? '{}') as object).sort().join(',')}`);
      else if (m) reads.add(m[2] === 'preferences' ? 'agents/profile#cmi5LearnerPreferences' : `activities/state#${m[2] ?? ''}`);
      else if (entry === 'fetch') reads.add('fetch');
    }
  }
  const sent = new Set<string>();
  for (const s of statements) for (const p of statementPaths(s, course.meta.id)) sent.add(p);
  for (const d of stateDocs) sent.add(d);
  return { sent, read: reads, device: deviceKeys(course, [local, session]), raw: raw.join('\n') };
}
