import type { Draft } from '../xapi/statement-factory.ts';
import type { Activity, Extensions, Result } from '../xapi/types.ts';
import { scoreOf } from '../xapi/course-statements.ts';
import { CMI5, VERBS } from '../xapi/vocabulary.ts';

const category = (...ids: string[]) => ({ category: ids.map((id): Activity => ({ objectType: 'Activity', id })) });

/**
 * cmi5 defined statements. §9.4: the object is the AU (activityId from the launch URL).
 * §9.6.2.1: the cmi5 category on every defined statement; §9.6.2.2: the moveOn category on
 * those whose result has success or completion, and on no other.
 */
export function initialized(au: Activity, at: Date): Draft {
  return { verb: VERBS.initialized, object: au, contextActivities: category(CMI5.categoryCmi5), at };
}

/** §9.3.8, §9.5.4.1: Terminated carries the session duration. */
export function terminated(au: Activity, duration: string, at: Date): Draft {
  return { verb: VERBS.terminated, object: au, result: { duration }, contextActivities: category(CMI5.categoryCmi5), at };
}

/** §9.3.3, §9.5.3: completion true; §9.5.4.1: duration; §9.5.1/§9.5.5.1: no score, no progress. */
export function completed(au: Activity, duration: string, at: Date): Draft {
  return { verb: VERBS.completed, object: au, result: { completion: true, duration }, contextActivities: category(CMI5.categoryCmi5, CMI5.categoryMoveOn), at };
}

/**
 * §9.3.4 / §9.3.5: Passed (success true) or Failed (success false), with the score (§9.5.1:
 * scaled, and raw with min and max) and duration; §9.6.3.2: the masteryScore they were judged
 * against, when the LMS gave one.
 */
export function judged(au: Activity, passed: boolean, percent: number, masteryScore: number | null, duration: string, at: Date): Draft {
  const result: Result = {
    success: passed,
    score: scoreOf(percent),
    duration,
  };
  const extensions: Extensions | undefined = masteryScore === null ? undefined : { [CMI5.masteryScore]: masteryScore };
  return {
    verb: passed ? VERBS.passed : VERBS.failed,
    object: au,
    result,
    contextActivities: category(CMI5.categoryCmi5, CMI5.categoryMoveOn),
    ...(extensions ? { extensions } : {}),
    at,
  };
}
