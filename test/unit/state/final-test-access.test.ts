import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/state/actions.ts';
import { indexCourse } from '../../../src/state/course-index.ts';
import { summarize } from '../../../src/state/summary.ts';
import { sampleCourse } from '../../fixtures/sample-course.ts';
import { fullRun, run, sampleIndex } from './helpers.ts';

const draw: Extract<Action, { type: 'start-attempt' }> = { type: 'start-attempt', draw: ['ta-1', 'ta-3', 'tb-1', 'tb-2'] };

describe('the final test rule (course.ts → finalTestAccess)', () => {
  it('open-with-warning (the default): a test can start before the lessons are done', () => {
    const { state } = run(sampleIndex(), [{ type: 'goto', pageId: 'p-test' }, draw]);
    expect(state.current?.draw).toEqual(draw.draw);
  });

  it('after-lessons: no attempt starts until every other required lesson is done', () => {
    const course = sampleCourse();
    const index = indexCourse({ ...course, meta: { ...course.meta, finalTestAccess: 'after-lessons' } });
    expect(run(index, [{ type: 'goto', pageId: 'p-test' }, draw]).state.current).toBeNull();
    const everythingBut = fullRun(true).filter((a) => !['start-attempt', 'assessment-answer', 'submit-attempt'].includes(a.type));
    const { state } = run(index, [...everythingBut, draw]);
    expect(state.current?.draw).toEqual(draw.draw);
  });
});

describe('starting over (web version)', () => {
  it('clears progress, answers and attempts, keeps the reflections, and is a no-op on a fresh state', () => {
    const index = sampleIndex();
    const done = run(index, fullRun(false)).state;
    expect(summarize(index, done).completion).toBe('completed');
    const { state, events } = run(index, [{ type: 'reset' }], done);
    expect(state).toEqual({ location: null, visited: [], answers: {}, scenarios: {}, reflections: done.reflections, attempts: [], current: null, seed: done.seed });
    expect(state.reflections).not.toEqual({});
    expect(events).toEqual([]);
    expect(summarize(index, state).completion).toBe('not-attempted');
    const fresh = run(index, []).state;
    expect(run(index, [{ type: 'reset' }], fresh).state).toBe(fresh);
  });
});
