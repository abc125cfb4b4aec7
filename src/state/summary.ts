import type { CourseIndex } from './course-index.ts';
import { traverse } from './scenario-engine.ts';
import type { CourseState } from './state.ts';

export type Completion = 'not-attempted' | 'incomplete' | 'completed';
export type Success = 'unknown' | 'passed' | 'failed';

export interface ObjectiveSummary {
  id: string;
  completion: Completion;
  success: Success;
  /** Percent from the best assessment attempt, once one is submitted. */
  score: number | null;
}

export interface LessonSummary {
  id: string;
  done: boolean;
  /** 0–1 share of the lesson's requirements done. */
  progress: number;
}

/** Everything a tracker reports, derived from state alone (standard-independent tracking model). */
export interface Summary {
  completion: Completion;
  success: Success;
  /** Percent 0–100 of the best attempt; null before the first submitted attempt. */
  score: number | null;
  /** 0–1 share of all required lessons' requirements done. */
  progress: number;
  objectives: ObjectiveSummary[];
  lessons: LessonSummary[];
  attemptsLeft: number;
  mastery: number;
  /** Completed and, where there is a final test, passed: what the certificate says. */
  certified: boolean;
}

export function scenarioDone(state: CourseState, index: CourseIndex, id: string): boolean {
  const run = state.scenarios[id];
  const s = index.scenarios.get(id);
  return !!run && !!s && (run.done || traverse(s, run.path).current.kind === 'ending');
}

export function summarize(index: CourseIndex, state: CourseState): Summary {
  const { meta } = index.course;
  const visited = new Set(state.visited);
  let need = 0;
  let have = 0;
  const lessons: LessonSummary[] = index.course.lessons.map((lesson) => {
    const req = index.requirements.get(lesson.id);
    const checks = [
      ...(req?.pages ?? []).map((id) => visited.has(id)),
      ...(req?.questions ?? []).map((id) => state.answers[id] !== undefined),
      ...(req?.scenarios ?? []).map((id) => scenarioDone(state, index, id)),
      ...(req?.assessment ? [state.attempts.length > 0] : []),
    ];
    const done = checks.filter(Boolean).length;
    if (lesson.required) {
      need += checks.length;
      have += done;
    }
    return { id: lesson.id, done: done === checks.length, progress: checks.length ? done / checks.length : 1 };
  });
  const best = state.attempts.reduce<(typeof state.attempts)[number] | null>((b, a) => (!b || a.score > b.score ? a : b), null);
  const score = best ? best.score : null;
  const success: Success = score === null ? 'unknown' : score >= index.mastery ? 'passed' : 'failed';
  const allDone = lessons.every((l, i) => l.done || !index.course.lessons[i]?.required);
  const started = state.visited.length > 0;
  const completion: Completion = allDone ? 'completed' : started ? 'incomplete' : 'not-attempted';
  const objectives = meta.objectives.map((o): ObjectiveSummary => {
    const lessonsOf = index.course.lessons.map((l, i) => ({ l, s: lessons[i] })).filter((x) => x.l.objective === o.id);
    const objectiveScore = best?.byObjective[o.id] ?? null;
    const anyVisited = lessonsOf.some((x) => (x.s?.progress ?? 0) > 0);
    return {
      id: o.id,
      completion: lessonsOf.length > 0 && lessonsOf.every((x) => x.s?.done) ? 'completed' : anyVisited ? 'incomplete' : 'not-attempted',
      success: objectiveScore === null ? 'unknown' : objectiveScore >= index.mastery ? 'passed' : 'failed',
      score: objectiveScore,
    };
  });
  const maxAttempts = index.assessment?.maxAttempts ?? 0;
  return {
    completion,
    success,
    score,
    progress: need === 0 ? 1 : have / need,
    objectives,
    lessons,
    attemptsLeft: success === 'passed' ? 0 : Math.max(0, maxAttempts - state.attempts.length),
    mastery: index.mastery,
    certified: completion === 'completed' && (!index.assessment || success === 'passed'),
  };
}
