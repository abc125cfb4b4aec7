import type { Course, Question, SituationNode } from '../../course/schema/index.ts';
import type { Action } from '../../src/state/actions.ts';
import { indexCourse, type CourseIndex } from '../../src/state/course-index.ts';
import { drawAssessment } from '../../src/state/draw.ts';
import { reduce } from '../../src/state/reduce.ts';
import { traverse } from '../../src/state/scenario-engine.ts';
import { initialState, type CourseState } from '../../src/state/state.ts';
import { summarize } from '../../src/state/summary.ts';
import { courseActivity } from '../../src/tracking/xapi/activities.ts';
import type { CourseFacts } from '../../src/tracking/xapi/course-facts.ts';
import { isoDuration } from '../../src/tracking/xapi/duration.ts';
import { eventDrafts } from '../../src/tracking/xapi/event-drafts.ts';
import { buildStatement, type Draft } from '../../src/tracking/xapi/statement-factory.ts';
import type { Agent, Statement } from '../../src/tracking/xapi/types.ts';
import { VERBS } from '../../src/tracking/xapi/vocabulary.ts';

/**
 * Statements for simulated learners, made by the course's OWN state machine (reduce) and
 * statement builders (eventDrafts, buildStatement), as the xAPI adapter sends them: for the
 * report's tests (known data → known figures) and its benchmark. A policy decides what each
 * learner answers and chooses.
 */
export interface LearnerPolicy {
  actor: Agent;
  registration: string;
  start: Date;
  /** Response to a lesson question, or to an assessment question in attempt n (1-based). */
  answer(q: Question, attempt: number | null): string[];
  /** The choice taken at a scenario situation. */
  choose(scenarioId: string, node: SituationNode): string;
  /** Attempts to make at most (stops after a pass). 0 = never takes the test. */
  attempts: number;
  /** Visits every page and finishes every lesson, scenario and reflection before the test. */
  finishLessons: boolean;
  /** Minutes between two actions (the session's duration follows). */
  minutesPerAction: number;
  /** Seeded random numbers for the assessment draw. */
  random: () => number;
}

export function courseFacts(course: Course): CourseFacts {
  return {
    courseId: course.meta.id,
    title: course.meta.title,
    description: course.meta.description,
    lessonTitle: (id) => course.lessons.find((l) => l.id === id)?.title ?? null,
    objective(id) {
      const o = course.meta.objectives.find((x) => x.id === id);
      return o ? { title: o.title, description: o.description } : null;
    },
    reflection(id) {
      for (const block of course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks))) {
        if (block.kind === 'reflection' && block.id === id) return block.planLabel ?? block.prompt;
      }
      return null;
    },
    personal(id) {
      for (const block of course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks))) {
        if ((block.kind === 'self-assessment' || block.kind === 'action-plan') && block.id === id) return block.title;
      }
      return null;
    },
  };
}

/** A small seeded generator (mulberry32), so generated data is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lessonActions(index: CourseIndex, p: LearnerPolicy): Action[] {
  const out: Action[] = [];
  for (const ref of index.pages) {
    out.push({ type: 'goto', pageId: ref.page.id });
    for (const block of ref.page.blocks) {
      if (block.kind === 'question') out.push({ type: 'answer', questionId: block.question.id, response: p.answer(block.question, null), latencyMs: 20_000 });
      if (block.kind === 'reflection') out.push({ type: 'reflect', reflectionId: block.id, text: 'Generert refleksjon' });
      if (block.kind === 'scenario') {
        const path: string[] = [];
        for (let guard = 0; guard < 50; guard++) {
          const node = traverse(block.scenario, path).current;
          if (node.kind !== 'situation') break;
          const choiceId = p.choose(block.scenario.id, node);
          path.push(choiceId);
          out.push({ type: 'choose', scenarioId: block.scenario.id, choiceId, latencyMs: 30_000 });
        }
      }
    }
  }
  return out;
}

/** One learner's whole history, oldest first. */
export function learnerStatements(course: Course, p: LearnerPolicy): Statement[] {
  const index = indexCourse(course);
  const facts = courseFacts(course);
  const root = courseActivity(facts);
  const base = { actor: p.actor, registration: p.registration, template: {} };
  let clock = p.start.getTime();
  const tick = () => new Date((clock += p.minutesPerAction * 60_000));
  const out: Statement[] = [];
  const emit = (d: Draft) => out.push(buildStatement(base, d));
  emit({ verb: VERBS.initialized, object: root, at: new Date(clock) });
  let state: CourseState = initialState();
  // Held in an object: the closure below changes them (TypeScript would narrow plain lets to false).
  const verdict = { passed: false, completed: false };
  const apply = (action: Action) => {
    const at = tick();
    const r = reduce(index, state, action, at);
    state = r.state;
    const summary = summarize(index, state);
    for (const event of r.events) {
      for (const d of eventDrafts(event, { facts, root, summary, trackReflectionText: false, partDoneVerb: VERBS.completed, sendProgress: !verdict.completed })) emit(d);
      // The course-level verdicts, as the xAPI adapter sends them: completed once; never failed after passed.
      if (event.type === 'course-completed' && !verdict.completed) {
        verdict.completed = true;
        emit({ verb: VERBS.completed, object: root, result: { completion: true }, at });
      }
      if (event.type === 'assessment-submitted' && !verdict.passed) {
        verdict.passed = event.passed;
        emit({ verb: event.passed ? VERBS.passed : VERBS.failed, object: root, result: { success: event.passed, score: { scaled: event.result.score / 100, raw: Math.round(event.result.score), min: 0, max: 100 } }, at });
      }
    }
  };
  if (p.finishLessons) for (const a of lessonActions(index, p)) apply(a);
  const block = index.assessment;
  let previous: string[] = [];
  for (let attempt = 1; block && attempt <= p.attempts && !verdict.passed; attempt++) {
    const draw = drawAssessment(block, course.meta.objectives, p.random, previous);
    previous = draw;
    apply({ type: 'start-attempt', draw });
    for (const id of draw) {
      const q = index.questions.get(id);
      if (q) apply({ type: 'assessment-answer', questionId: id, response: p.answer(q, attempt) });
    }
    apply({ type: 'submit-attempt', latencyMs: 60_000 });
  }
  emit({ verb: VERBS.terminated, object: root, result: { duration: isoDuration(clock - p.start.getTime()) }, at: new Date(clock) });
  return out;
}
