import type { Draft } from './statement-factory.ts';
import type { Activity } from './types.ts';
import { VERBS } from './vocabulary.ts';

/**
 * The Tin Can course-level statements (object: the course activity the LMS launched). The
 * tracker sends them and the tracking sheet describes them, from these same builders.
 * (cmi5 has its own defined statements: src/tracking/cmi5/defined-statements.ts.)
 */
export const scoreOf = (percent: number) => ({ scaled: Math.round(percent * 100) / 10000, raw: Math.round(percent), min: 0, max: 100 });

export const courseStatements = {
  /** Every launch, first. */
  initialized: (root: Activity, at: Date): Draft => ({ verb: VERBS.initialized, object: root, at }),
  /** Once per registration: every required lesson done. */
  completed: (root: Activity, duration: string, at: Date): Draft => ({ verb: VERBS.completed, object: root, result: { completion: true, duration }, at }),
  /** The final assessment judged: passed once; failed only while not passed. */
  judged: (root: Activity, passed: boolean, percent: number, duration: string, at: Date): Draft => ({
    verb: passed ? VERBS.passed : VERBS.failed,
    object: root,
    result: { score: scoreOf(percent), success: passed, duration },
    at,
  }),
  /** The window was closed or reloaded without «Avslutt» (pagehide). */
  suspended: (root: Activity, duration: string, at: Date): Draft => ({ verb: VERBS.suspended, object: root, result: { duration }, at }),
  /** The same page came back from the back/forward cache. */
  resumed: (root: Activity, at: Date): Draft => ({ verb: VERBS.resumed, object: root, at }),
  /** «Avslutt»: the session's last statement. */
  terminated: (root: Activity, duration: string, at: Date): Draft => ({ verb: VERBS.terminated, object: root, result: { duration }, at }),
};
