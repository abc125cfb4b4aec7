import type { Action } from './actions.ts';
import type { CourseIndex } from './course-index.ts';
import type { TrackingEvent } from './events.ts';
import { isPersonalDone, isPersonalValue } from './personal.ts';
import { isCorrect, isValidResponse, scoreAttempt } from './scoring.ts';
import { canChoose, traverse } from './scenario-engine.ts';
import { dayOf } from '../util/calendar-day.ts';
import { initialState, type CourseState } from './state.ts';
import { finalTestOpen } from './final-test-access.ts';
import { summarize, type Summary } from './summary.ts';

export interface Reduced {
  state: CourseState;
  events: TrackingEvent[];
  /** summarize(index, state) of the returned state, computed once here for the caller. */
  summary: Summary;
}

/**
 * The only way course state changes. Pure: same inputs, same output. Invalid actions
 * (unknown ids, a choice not offered, a second submit) leave the state as it was.
 */
export function reduce(index: CourseIndex, state: CourseState, action: Action, at: Date, known?: Summary): Reduced {
  // The caller usually has the current summary already; computing it again is work on every click.
  let cached = known;
  const before = () => (cached ??= summarize(index, state));
  const events: TrackingEvent[] = [];
  let next = step(index, state, action, at, events, before);
  if (next === state) return { state, events: [], summary: before() };
  // Derived milestones: compare the summaries before and after.
  const after = summarize(index, next);
  after.lessons.forEach((l, i) => {
    if (l.done && !before().lessons[i]?.done) events.push({ type: 'lesson-completed', lessonId: l.id, at });
  });
  if (after.completion === 'completed' && before().completion !== 'completed') events.push({ type: 'course-completed', at });
  // The certificate's date: the first day it was earned, kept through later attempts (state.ts).
  if (!next.certifiedOn && after.certified) next = { ...next, certifiedOn: dayOf(at) };
  return { state: next, events, summary: after };
}

/** The reflections with `id` set to `value` (moved last, as the saved state lists them in order), or left out when it is ''. */
function keep(reflections: Record<string, string>, id: string, value: string): Record<string, string> {
  const { [id]: _old, ...next } = reflections;
  if (value !== '') next[id] = value;
  return next;
}

function step(index: CourseIndex, state: CourseState, action: Action, at: Date, events: TrackingEvent[], before: () => Summary): CourseState {
  switch (action.type) {
    case 'goto': {
      const ref = index.pageById.get(action.pageId);
      if (!ref || state.location === action.pageId) return state;
      events.push({ type: 'page-viewed', lessonId: ref.lesson.id, pageId: ref.page.id, at });
      const visited = state.visited.includes(action.pageId) ? state.visited : [...state.visited, action.pageId];
      return { ...state, location: action.pageId, visited };
    }
    case 'answer': {
      const q = index.questions.get(action.questionId);
      const lesson = index.lessonOf.get(action.questionId);
      const inBank = index.assessment?.bank.some((b) => b.id === action.questionId) ?? false;
      if (!q || !lesson || inBank || !isValidResponse(q, action.response)) return state;
      const response = [...action.response];
      events.push({ type: 'question-answered', question: q, lessonId: lesson.id, response, correct: isCorrect(q, response), latencyMs: action.latencyMs, at, context: { kind: 'lesson' } });
      return { ...state, answers: { ...state.answers, [q.id]: response } };
    }
    case 'choose': {
      const s = index.scenarios.get(action.scenarioId);
      const lesson = index.lessonOf.get(action.scenarioId);
      const run = state.scenarios[action.scenarioId] ?? { path: [], done: false };
      if (!s || !lesson || !canChoose(s, run.path, action.choiceId)) return state;
      const path = [...run.path, action.choiceId];
      const walked = traverse(s, path);
      const last = walked.steps[walked.steps.length - 1];
      if (!last) return state;
      events.push({ type: 'scenario-decision', scenario: s, lessonId: lesson.id, node: last.node, choice: last.choice, step: path.length, latencyMs: action.latencyMs, at });
      const ended = walked.current.kind === 'ending';
      if (ended) events.push({ type: 'scenario-ended', scenario: s, lessonId: lesson.id, endingId: walked.current.id, at });
      return { ...state, scenarios: { ...state.scenarios, [s.id]: { path, done: run.done || ended } } };
    }
    case 'restart-scenario': {
      const run = state.scenarios[action.scenarioId];
      if (!run || run.path.length === 0) return state;
      return { ...state, scenarios: { ...state.scenarios, [action.scenarioId]: { path: [], done: run.done } } };
    }
    case 'reflect': {
      const lesson = index.lessonOf.get(action.reflectionId);
      if (!index.reflections.has(action.reflectionId) || !lesson || state.reflections[action.reflectionId] === action.text) return state;
      const written = action.text.trim() !== '';
      const wasWritten = (state.reflections[action.reflectionId] ?? '').trim() !== '';
      if (written && !wasWritten) {
        events.push({ type: 'reflection-written', reflectionId: action.reflectionId, lessonId: lesson.id, text: index.course.meta.trackReflectionText ? action.text : null, at });
      }
      return { ...state, reflections: keep(state.reflections, action.reflectionId, written ? action.text : '') };
    }
    case 'keep-personal': {
      const block = index.personal.get(action.blockId);
      const lesson = index.lessonOf.get(action.blockId);
      const objectiveIds = index.course.meta.objectives.map((o) => o.id);
      const before = state.reflections[action.blockId];
      if (!block || !lesson || before === action.value || (action.value !== '' && !isPersonalValue(block, objectiveIds, action.value))) return state;
      if (isPersonalDone(block, objectiveIds, action.value) && !isPersonalDone(block, objectiveIds, before)) {
        events.push({ type: 'personal-done', blockId: block.id, blockKind: block.kind, lessonId: lesson.id, at });
      }
      return { ...state, reflections: keep(state.reflections, action.blockId, action.value) };
    }
    case 'seed':
      if (state.seed !== null || !Number.isInteger(action.seed) || action.seed < 0 || action.seed > 0xffff_ffff) return state;
      return { ...state, seed: action.seed };
    case 'set-locale':
      if (state.locale === action.locale || !index.course.meta.languages.includes(action.locale)) return state;
      return { ...state, locale: action.locale };
    case 'start-attempt': {
      const block = index.assessment;
      if (!block || state.current || before().attemptsLeft === 0) return state;
      if (!finalTestOpen(index, before())) return state;
      if (action.draw.length === 0 || !action.draw.every((id) => block.bank.some((q) => q.id === id))) return state;
      return { ...state, current: { draw: [...action.draw], answers: {} } };
    }
    case 'assessment-answer': {
      const q = index.assessment?.bank.find((b) => b.id === action.questionId);
      if (!state.current || !q || !state.current.draw.includes(q.id) || !isValidResponse(q, action.response)) return state;
      return { ...state, current: { ...state.current, answers: { ...state.current.answers, [q.id]: [...action.response] } } };
    }
    case 'submit-attempt': {
      const block = index.assessment;
      const current = state.current;
      const lesson = block && index.lessonOf.get(block.id);
      if (!block || !current || !lesson) return state;
      if (!current.draw.every((id) => current.answers[id] !== undefined)) return state;
      const result = scoreAttempt(block, current);
      const attempt = state.attempts.length + 1;
      const perQuestion = Math.round(action.latencyMs / Math.max(1, current.draw.length));
      for (const id of current.draw) {
        const q = block.bank.find((b) => b.id === id);
        const response = current.answers[id] ?? [];
        const timing = action.answered?.[id];
        if (q) events.push({ type: 'question-answered', question: q, lessonId: lesson.id, response, correct: isCorrect(q, response), latencyMs: timing?.latencyMs ?? perQuestion, at: timing ? new Date(timing.at) : at, context: { kind: 'assessment', attempt } });
      }
      events.push({ type: 'assessment-submitted', attempt, result, passed: result.score >= index.mastery, at });
      return { ...state, attempts: [...state.attempts, result], current: null };
    }
    case 'reset':
      if (state.visited.length === 0 && state.attempts.length === 0 && !state.current) return state;
      // The learner stays the same, so does the order of options (the seed, order.ts).
      return { ...initialState(), reflections: state.reflections, seed: state.seed, ...(state.locale ? { locale: state.locale } : {}) };
    default:
      return action satisfies never;
  }
}
