import type { Statement } from '../../src/tracking/xapi/types.ts';

const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CAT_CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const CAT_MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'];

export interface Cmi5Registration {
  auId: string;
  mode: 'Normal' | 'Browse' | 'Review';
  launchDataRead: boolean;
  prefsRead: boolean;
  completed: boolean;
  passed: boolean;
  sessions: Map<string, { phase: 'launched' | 'initialized' | 'terminated'; verdict: boolean }>;
}

/**
 * What a strict cmi5 LMS (like ADL's CATAPULT test suite) refuses with 403: the rules the AU
 * must keep (cmi5 §9.3, §9.5, §9.6, §10, §11). Returns the broken rule, or null. `commit`
 * applies the statement to the registration once it has been stored.
 */
export function checkCmi5(reg: Cmi5Registration, s: Statement): string | null {
  const verb = s.verb.id.split('/').pop() ?? '';
  const sessionId = s.context?.extensions?.[SESSION];
  if (!reg.launchDataRead) return '§10: statement before LMS.LaunchData was read';
  if (!reg.prefsRead) return '§11: statement before the learner preferences were read';
  if (typeof sessionId !== 'string') return '§9.6.3.1: no session id';
  const session = reg.sessions.get(sessionId);
  if (!session) return `§9.6.3.1: unknown session id ${sessionId}`;
  const categories = (s.context?.contextActivities?.category ?? []).map((c) => c.id);
  const defined = DEFINED.includes(verb) && s.object.id === reg.auId;
  if (session.phase === 'terminated') return '§9.3.8: statement after Terminated';
  if (session.phase === 'launched' && verb !== 'initialized') return '§9.3.2: first statement must be Initialized';
  if (!defined) return categories.includes(CAT_CMI5) ? '§9.6.2.1: cmi5 category on an allowed statement' : reg.mode === 'Normal' ? null : `§10: ${reg.mode} mode allows only Initialized and Terminated`;
  if (!categories.includes(CAT_CMI5)) return '§9.6.2.1: defined statement without the cmi5 category';
  const judged = verb === 'completed' || verb === 'passed' || verb === 'failed';
  if (judged !== categories.includes(CAT_MOVEON)) return '§9.6.2.2: moveOn category exactly on Completed/Passed/Failed';
  if (judged && reg.mode !== 'Normal') return `§10: ${reg.mode} mode allows only Initialized and Terminated`;
  if (verb !== 'passed' && verb !== 'failed' && s.result?.score) return '§9.5.1: score only on Passed/Failed';
  switch (verb) {
    case 'initialized':
      return session.phase === 'launched' ? null : '§9.3.2: Initialized twice';
    case 'completed':
      if (s.result?.completion !== true) return '§9.5.3: Completed without result.completion true';
      if (!s.result.duration) return '§9.5.4.1: Completed without duration';
      return reg.completed ? '§9.3.3: Completed twice in the registration' : null;
    case 'passed':
    case 'failed':
      if (s.result?.success !== (verb === 'passed')) return '§9.5.2: success must match the verb';
      if (!s.result.duration) return '§9.5.4.1: Passed/Failed without duration';
      if (reg.passed) return verb === 'passed' ? '§9.3.4: Passed twice in the registration' : '§9.3: Failed after Passed';
      return session.verdict ? '§9.3: more than one of Passed/Failed in a session' : null;
    case 'terminated':
      return s.result?.duration ? null : '§9.5.4.1: Terminated without duration';
    default:
      return null;
  }
}

export function commitCmi5(reg: Cmi5Registration, s: Statement): void {
  const verb = s.verb.id.split('/').pop() ?? '';
  const session = reg.sessions.get(String(s.context?.extensions?.[SESSION]));
  if (!session || s.object.id !== reg.auId) return;
  if (verb === 'initialized') session.phase = 'initialized';
  if (verb === 'terminated') session.phase = 'terminated';
  if (verb === 'completed') reg.completed = true;
  if (verb === 'passed') reg.passed = true;
  if (verb === 'passed' || verb === 'failed') session.verdict = true;
}
