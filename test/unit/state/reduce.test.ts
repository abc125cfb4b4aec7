import { describe, expect, it } from 'vitest';
import { reduce } from '../../../src/state/reduce.ts';
import type { Action } from '../../../src/state/actions.ts';
import { initialState, type CourseState } from '../../../src/state/state.ts';
import { summarize } from '../../../src/state/summary.ts';
import { AT, fullRun, run, sampleIndex } from './helpers.ts';

const index = sampleIndex();

describe('reduce', () => {
  it('moves the bookmark and records visited pages once', () => {
    const { state, events } = run(index, [{ type: 'goto', pageId: 'p-intro' }, { type: 'goto', pageId: 'p-a1' }, { type: 'goto', pageId: 'p-intro' }]);
    expect(state.location).toBe('p-intro');
    expect(state.visited).toEqual(['p-intro', 'p-a1']);
    expect(events.filter((e) => e.type === 'page-viewed')).toHaveLength(3);
  });

  it('records a lesson answer with correctness and latency', () => {
    const { state, events } = run(index, [{ type: 'answer', questionId: 'qa-1', response: ['y'], latencyMs: 1234 }]);
    expect(state.answers).toEqual({ 'qa-1': ['y'] });
    expect(events).toMatchObject([{ type: 'question-answered', correct: false, latencyMs: 1234, response: ['y'], context: { kind: 'lesson' } }]);
  });

  it.each([
    ['an unknown question', { type: 'answer', questionId: 'nope', response: ['x'], latencyMs: 0 }],
    ['an option the question lacks', { type: 'answer', questionId: 'qa-1', response: ['q'], latencyMs: 0 }],
    ['two options on a single-choice question', { type: 'answer', questionId: 'qa-1', response: ['x', 'y'], latencyMs: 0 }],
    ['a bank question outside an attempt', { type: 'answer', questionId: 'ta-1', response: ['r'], latencyMs: 0 }],
    ['a choice not offered at this node', { type: 'choose', scenarioId: 'sc-a', choiceId: 'c3', latencyMs: 0 }],
    ['an unknown page', { type: 'goto', pageId: 'p-x' }],
    ['a submit without an attempt', { type: 'submit-attempt', latencyMs: 0 }],
    ['an attempt drawing unknown questions', { type: 'start-attempt', draw: ['zz'] }],
  ] as const)('ignores %s', (_name, action) => {
    const before = initialState();
    const r = reduce(index, before, action as Parameters<typeof reduce>[2], AT);
    expect(r.state).toBe(before);
    expect(r.events).toEqual([]);
  });

  it('follows a scenario to its ending, and a replay keeps it done', () => {
    const { state, events } = run(index, [
      { type: 'choose', scenarioId: 'sc-a', choiceId: 'c1', latencyMs: 1 },
      { type: 'choose', scenarioId: 'sc-a', choiceId: 'c4', latencyMs: 1 },
    ]);
    expect(state.scenarios['sc-a']).toEqual({ path: ['c1', 'c4'], done: true });
    expect(events.map((e) => e.type)).toEqual(['scenario-decision', 'scenario-decision', 'scenario-ended']);
    const replay = run(index, [{ type: 'restart-scenario', scenarioId: 'sc-a' }], state);
    expect(replay.state.scenarios['sc-a']).toEqual({ path: [], done: true });
  });

  it('says a reflection was written, without its text unless the course opts in', () => {
    const { events } = run(index, [{ type: 'reflect', reflectionId: 'ref-a', text: 'hemmelig' }, { type: 'reflect', reflectionId: 'ref-a', text: 'hemmelig 2' }]);
    expect(events).toMatchObject([{ type: 'reflection-written', reflectionId: 'ref-a', text: null }]);
  });

  it('scores an attempt, per objective, and emits one answer per drawn question', () => {
    const { state, events } = run(index, fullRun(true));
    expect(state.attempts).toEqual([
      { score: 100, byObjective: { 'obj-a': 100, 'obj-b': 100 }, draw: ['ta-1', 'ta-3', 'tb-1', 'tb-2'], answers: { 'ta-1': ['r'], 'ta-3': ['r', 's'], 'tb-1': ['r'], 'tb-2': ['r'] } },
    ]);
    expect(state.current).toBeNull();
    expect(events.filter((e) => e.type === 'question-answered' && e.context.kind === 'assessment')).toHaveLength(4);
    expect(events.find((e) => e.type === 'assessment-submitted')).toMatchObject({ attempt: 1, passed: true });
    expect(events.map((e) => e.type)).toContain('course-completed');
  });

  it('keeps the day the certificate was earned (completed and passed) through later attempts, and forgets it on a restart', () => {
    const failed = run(index, fullRun(false)).state;
    expect(summarize(index, failed).completion).toBe('completed');
    expect(failed.certifiedOn).toBeUndefined(); // completed, but the test is not passed: no certificate
    const retry = (from: CourseState, at: Date, key: 'r' | 'w') => {
      const actions: Action[] = [
        { type: 'start-attempt', draw: ['ta-1', 'ta-3', 'tb-1', 'tb-2'] },
        ...['ta-1', 'tb-1', 'tb-2'].map((questionId): Action => ({ type: 'assessment-answer', questionId, response: [key] })),
        { type: 'assessment-answer', questionId: 'ta-3', response: key === 'r' ? ['r', 's'] : ['w'] },
        { type: 'submit-attempt', latencyMs: 1 },
      ];
      return actions.reduce((state, action) => reduce(index, state, action, at).state, from);
    };
    // Passed on Christmas Eve, on the learner's own clock, late in the evening.
    const passed = retry(failed, new Date(2026, 11, 24, 23, 30), 'r');
    expect(passed.certifiedOn).toBe('2026-12-24');
    // A later attempt, however it goes, does not move the day it was earned.
    expect(retry(passed, new Date(2027, 0, 10, 9), 'w').certifiedOn).toBe('2026-12-24');
    expect(run(index, [{ type: 'reset' }], passed).state.certifiedOn).toBeUndefined();
  });

  it('returns the summary of the state it returns, so callers need not compute it again', () => {
    const { state } = run(index, fullRun(true).slice(0, -1));
    const r = reduce(index, state, { type: 'submit-attempt', latencyMs: 1 }, AT, summarize(index, state));
    expect(r.summary).toEqual(summarize(index, r.state));
    const unchanged = reduce(index, r.state, { type: 'goto', pageId: 'p-x' }, AT);
    expect(unchanged.summary).toEqual(summarize(index, r.state));
  });

  it('refuses to submit until every drawn question is answered', () => {
    const { state } = run(index, [{ type: 'start-attempt', draw: ['ta-1', 'tb-1'] }, { type: 'assessment-answer', questionId: 'ta-1', response: ['r'] }, { type: 'submit-attempt', latencyMs: 1 }]);
    expect(state.attempts).toEqual([]);
    expect(state.current?.answers).toEqual({ 'ta-1': ['r'] });
  });

  it('stops new attempts after a pass and after the last allowed attempt', () => {
    const passed = run(index, fullRun(true)).state;
    expect(reduce(index, passed, { type: 'start-attempt', draw: ['ta-1'] }, AT).state).toBe(passed);
    let state = initialState();
    for (let i = 0; i < 3; i += 1) {
      state = run(index, [{ type: 'start-attempt', draw: ['ta-1'] }, { type: 'assessment-answer', questionId: 'ta-1', response: ['w'] }, { type: 'submit-attempt', latencyMs: 1 }], state).state;
    }
    expect(state.attempts).toHaveLength(3);
    expect(summarize(index, state).attemptsLeft).toBe(0);
    expect(reduce(index, state, { type: 'start-attempt', draw: ['ta-1'] }, AT).state).toBe(state);
  });

  it('takes the learner seed once, with no tracking event, and keeps it', () => {
    const first = reduce(index, initialState(), { type: 'seed', seed: 42 }, AT);
    expect(first.state.seed).toBe(42);
    expect(first.events).toEqual([]);
    expect(reduce(index, first.state, { type: 'seed', seed: 7 }, AT).state).toBe(first.state);
    for (const seed of [-1, 1.5, 2 ** 32]) expect(reduce(index, initialState(), { type: 'seed', seed }, AT).state.seed).toBeNull();
  });
});
