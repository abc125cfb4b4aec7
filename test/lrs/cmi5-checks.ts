import { isDeepStrictEqual } from 'node:util';
import type { Agent, Context, Statement } from '../../src/tracking/xapi/types.ts';
import { CMI5_CATEGORY, CMI5_EXT, DEFINED_VERBS, VERB } from './vocabulary-check.ts';

export interface Cmi5Session {
  id: string;
  mode: 'Normal' | 'Browse' | 'Review';
  masteryScore: number | null;
  contextTemplate: Context;
  /** cmi5 §8.2: the fetch URL was used (the token exists only from then on). */
  fetched: boolean;
  launchDataRead: boolean;
  prefsRead: boolean;
  phase: 'launched' | 'initialized' | 'terminated' | 'abandoned';
  verdict: 'passed' | 'failed' | null;
  completed: boolean;
}

export interface Cmi5Registration {
  id: string;
  auId: string;
  actor: Agent;
  moveOn: 'CompletedAndPassed';
  completed: boolean;
  passed: boolean;
  sessions: Map<string, Cmi5Session>;
}

/**
 * What ADL's CATAPULT player refuses with 403, with its rule ids (adlnet/CATAPULT
 * player/service/plugins/routes/lrs.js beforeLRSRequest, read for this; texts from
 * requirements/requirements.json). `session` is the session of the token the request came
 * with: the token, not the statement, decides which session a statement is judged in.
 * Returns the broken rule, or null.
 */
export function checkCmi5(reg: Cmi5Registration, session: Cmi5Session, s: Statement, batch: string[]): string | null {
  // 11.0.0.0-3: the AU MUST retrieve the learner preferences on startup (before statements).
  if (!session.prefsRead) return '11.0.0.0-3: learner preferences not yet retrieved';
  if (!session.launchDataRead) return '10.2.1.0-1: statement before LMS.LaunchData was read';
  // 9.1.0.0-1 / 9.7.0.0-1 / 9.7.0.0-2: id, timestamp, UTC.
  if (!s.id) return '9.1.0.0-1: statement id missing';
  if (!s.timestamp) return '9.7.0.0-1: timestamp missing';
  if (!/(Z|\+00:?(?:00)?)$/.test(s.timestamp)) return '9.7.0.0-2: timestamp not in UTC';
  // 8.1.3.0-3: exactly the launch actor (deep equal: name and all).
  if (!isDeepStrictEqual(s.actor, reg.actor)) return '8.1.3.0-3: actor differs from the launch actor';
  if (!s.context) return '9.6.0.0-1: no context';
  if (!s.context.contextActivities) return '10.2.1.0-6: no contextActivities';
  const template = templateProblem(s.context, session.contextTemplate);
  if (template) return `10.2.1.0-6: context does not match the session's contextTemplate (${template})`;
  const categories = (s.context.contextActivities.category ?? []).map((c) => c.id);
  const verb = s.verb.id;
  const judged = verb === VERB.completed || verb === VERB.passed || verb === VERB.failed;
  if (categories.includes(CMI5_CATEGORY.moveOn) && (!categories.includes(CMI5_CATEGORY.cmi5) || !judged)) return '9.6.2.2-2: moveOn category on a statement other than Completed/Passed/Failed';
  if (s.context.registration !== reg.id) return '9.6.1.0-1: registration missing or not the one the LMS gave';
  if (!s.context.extensions?.[CMI5_EXT.sessionId]) return '9.6.3.1-4: no session id';
  if (session.phase === 'launched' && verb !== VERB.initialized) return '9.3.0.0-4: Initialized must be the first statement';
  if (session.phase === 'terminated') return '9.3.0.0-5: statement after Terminated';
  if (session.phase === 'abandoned') return '9.3.6.0-2: statement after the session was abandoned';
  if (!categories.includes(CMI5_CATEGORY.cmi5)) return null; // a cmi5 "allowed" statement
  if (s.object.id !== reg.auId) return '8.1.5.0-6: object of a defined statement is not the AU';
  if (!(DEFINED_VERBS as readonly string[]).includes(verb)) return `9.3.0.0-1: unrecognized cmi5 defined statement ${verb}`;
  if (judged && session.mode === 'Browse') return '10.2.2.0-2: Browse mode records no satisfaction data';
  if (judged && session.mode === 'Review') return '10.2.2.0-3: Review mode records no satisfaction data';
  const r = s.result;
  if (r?.completion !== undefined && verb !== VERB.completed) return '9.5.3.0-2: completion on a defined statement other than Completed';
  if (verb === VERB.completed && r?.completion !== true) return '9.5.3.0-1: Completed without completion true';
  if (r?.success !== undefined && verb !== VERB.passed && verb !== VERB.failed) return '9.5.2.0-3: success on a defined statement other than Passed/Failed';
  if (verb === VERB.passed && r?.success !== true) return '9.5.2.0-1: Passed without success true';
  if (verb === VERB.failed && r?.success !== false) return '9.5.2.0-2: Failed without success false';
  if ((r?.completion !== undefined || r?.success !== undefined) && !categories.includes(CMI5_CATEGORY.moveOn)) return '9.6.2.2-1: moveOn category missing';
  if (r?.score) {
    if (verb !== VERB.passed && verb !== VERB.failed) return '9.5.1.0-2: score on a defined statement other than Passed/Failed';
    if (r.score.raw !== undefined && (r.score.min === undefined || r.score.max === undefined)) return '9.5.1.0-3: raw score without min and max';
    if (session.masteryScore !== null && s.context.extensions[CMI5_EXT.masteryScore] !== session.masteryScore) return '9.6.3.2-2: masteryScore extension missing or not the LMS value';
  }
  if (!r?.duration && (verb === VERB.terminated || judged)) return '9.5.4.1-1..4: duration missing';
  switch (verb) {
    case VERB.initialized:
      return session.phase !== 'launched' || batch.includes(verb) ? '9.3.0.0-2: Initialized twice' : null;
    case VERB.terminated:
      return batch.includes(verb) ? '9.3.0.0-2: Terminated twice' : null;
    case VERB.completed:
      if (session.completed || batch.includes(verb)) return '9.3.0.0-2: Completed twice in the session';
      return reg.completed ? '9.3.0.0-6: Completed twice in the registration' : null;
    case VERB.passed:
      if (session.masteryScore !== null && r?.score && r.score.scaled < session.masteryScore) return '9.3.4.0-2: Passed below the masteryScore';
      if (session.verdict === 'passed' || batch.includes(verb)) return '9.3.0.0-2: Passed twice in the session';
      if (session.verdict === 'failed' || batch.includes(VERB.failed)) return '9.3.0.0-3: Passed after Failed in the session';
      return reg.passed ? '9.3.0.0-7: Passed twice in the registration' : null;
    case VERB.failed:
      if (session.masteryScore !== null && r?.score && r.score.scaled >= session.masteryScore) return '9.3.6.0-1: Failed at or above the masteryScore';
      if (session.verdict === 'failed' || batch.includes(verb)) return '9.3.0.0-2: Failed twice in the session';
      if (session.verdict === 'passed' || batch.includes(VERB.passed)) return '9.3.0.0-3: Failed after Passed in the session';
      return reg.passed ? '9.3.0.0-8: Failed after Passed in the registration' : null;
    default:
      return null;
  }
}

/** CATAPULT matchContextTemplate: every template value must be in the context, unchanged. */
function templateProblem(context: Context, template: Context): string | null {
  for (const kind of ['parent', 'grouping', 'category', 'other'] as const) {
    const have = context.contextActivities?.[kind] ?? [];
    for (const [i, a] of (template.contextActivities?.[kind] ?? []).entries()) if (have[i]?.id !== a.id) return `contextActivities.${kind}[${i}] differs`;
  }
  for (const [k, v] of Object.entries(template.extensions ?? {})) {
    if (!isDeepStrictEqual(context.extensions?.[k], v)) return k === CMI5_EXT.sessionId ? `session id ${String(context.extensions?.[k])} is not this session's` : `extension ${k} differs`;
  }
  if (template.registration !== undefined && context.registration !== template.registration) return 'registration differs';
  return null;
}

/** CATAPULT afterLRSRequest: what a stored statement changes. */
export function commitCmi5(reg: Cmi5Registration, session: Cmi5Session, s: Statement): void {
  const verb = s.verb.id;
  if (!(s.context?.contextActivities?.category ?? []).some((c) => c.id === CMI5_CATEGORY.cmi5)) return;
  if (verb === VERB.initialized) session.phase = 'initialized';
  if (verb === VERB.terminated) session.phase = 'terminated';
  if (verb === VERB.completed) session.completed = reg.completed = true;
  if (verb === VERB.passed) reg.passed = true;
  if (verb === VERB.passed || verb === VERB.failed) session.verdict = verb === VERB.passed ? 'passed' : 'failed';
}

/** moveOn CompletedAndPassed satisfied: CATAPULT then launches the AU in Review mode. */
export const satisfied = (reg: Cmi5Registration) => reg.completed && reg.passed;
