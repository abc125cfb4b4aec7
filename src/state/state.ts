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
  /** Reflection id → text. The text stays on the device unless the course opts in. */
  reflections: Record<string, string>;
  attempts: AttemptResult[];
  current: CurrentAttempt | null;
}

export function initialState(): CourseState {
  return { location: null, visited: [], answers: {}, scenarios: {}, reflections: {}, attempts: [], current: null };
}
