import type { Locale } from '../../course/schema/index.ts';

/**
 * The one model of a learner's course state: progress, answers, scenario paths, assessment
 * attempts and the bookmark. Plain data; every change goes through reduce.ts.
 */
export interface AttemptResult {
  /** Percent 0–100 of the drawn questions answered correctly. */
  score: number;
  /** Percent per objective id. */
  byObjective: Record<string, number>;
  /** The question ids drawn, so a retry can draw others. */
  draw: string[];
  /**
   * Question id → the response given, so the learner can see which answers were wrong and
   * why. Absent in results saved before it was kept, and in results built by other code.
   */
  answers?: Record<string, string[]>;
}

export interface CurrentAttempt {
  draw: string[];
  /** Question id → response (option ids, or item ids in the learner's order). */
  answers: Record<string, string[]>;
}

export interface ScenarioRun {
  /** Choice ids taken from the start node, in order. */
  path: string[];
  /** True once an ending has been reached in any run (a replay doesn't undo it). */
  done: boolean;
}

export interface CourseState {
  /** Bookmark: the page id the learner is on. */
  location: string | null;
  visited: string[];
  /** Lesson question id → the last checked response. Correctness is derived from the course. */
  answers: Record<string, string[]>;
  scenarios: Record<string, ScenarioRun>;
  /**
   * Device-only text by block id: reflections (the text), self-assessments and action plans
   * (their answers as JSON, see personal.ts). It stays on the device; the saved state only
   * lists which exist. Reflection text leaves the device only if the course opts in.
   */
  reflections: Record<string, string>;
  attempts: AttemptResult[];
  current: CurrentAttempt | null;
  /**
   * This learner's seed for the order of options and choices (order.ts); made once, from
   * randomness passed in an action. null until then (and in state saved before it existed).
   */
  seed: number | null;
  /**
   * The language the learner chose with the switch, if they did (issue 13). Only the choice is
   * kept (a few characters); texts are never saved, so the saved state does not grow with the
   * language. Absent: the language comes from the LMS preference, the browser, else bokmål.
   */
  locale?: Locale;
  /**
   * The learner's calendar day (YYYY-MM-DD, their own clock) on which the course was first both
   * completed and, where there is a final test, passed: the certificate's date, so a print a
   * month later says when it was earned, not when it was printed (summary.ts `certified`; the day:
   * util/calendar-day.ts). Absent until then (and in state saved before it existed).
   */
  certifiedOn?: string;
}

export function initialState(): CourseState {
  return { location: null, visited: [], answers: {}, scenarios: {}, reflections: {}, attempts: [], current: null, seed: null };
}
