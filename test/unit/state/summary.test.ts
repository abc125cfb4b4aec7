import { describe, expect, it } from 'vitest';
import { indexCourse } from '../../../src/state/course-index.ts';
import { initialState } from '../../../src/state/state.ts';
import { summarize } from '../../../src/state/summary.ts';
import { sampleCourse } from '../../fixtures/sample-course.ts';
import { fullRun, run, sampleIndex } from './helpers.ts';

const index = sampleIndex();

describe('summarize (completion, success, progress, objectives)', () => {
  it('starts not attempted, unknown, 0 %', () => {
    expect(summarize(index, initialState())).toMatchObject({ completion: 'not-attempted', success: 'unknown', score: null, progress: 0, attemptsLeft: 3, certified: false });
  });

  it('is incomplete while required lessons remain', () => {
    const { state } = run(index, [{ type: 'goto', pageId: 'p-intro' }]);
    const s = summarize(index, state);
    expect(s.completion).toBe('incomplete');
    expect(s.lessons.find((l) => l.id === 'intro')?.done).toBe(true);
    expect(s.progress).toBeGreaterThan(0);
    expect(s.progress).toBeLessThan(1);
  });

  it('completes and passes a full run, with a score per objective', () => {
    const s = summarize(index, run(index, fullRun(true)).state);
    expect(s).toMatchObject({ completion: 'completed', success: 'passed', score: 100, progress: 1, attemptsLeft: 0, certified: true });
    expect(s.objectives).toEqual([
      { id: 'obj-a', completion: 'completed', success: 'passed', score: 100 },
      { id: 'obj-b', completion: 'not-attempted', success: 'passed', score: 100 },
    ]);
  });

  it('keeps completion and success apart: completed but failed', () => {
    const s = summarize(index, run(index, fullRun(false)).state);
    expect(s).toMatchObject({ completion: 'completed', success: 'failed', score: 0, attemptsLeft: 2, certified: false });
  });

  it('reports the best attempt and never turns a pass into a fail', () => {
    const passed = run(index, fullRun(true)).state;
    const worse = { ...passed, attempts: [...passed.attempts, { score: 0, byObjective: {}, draw: [] }] };
    expect(summarize(index, worse)).toMatchObject({ success: 'passed', score: 100 });
  });

  it('scores against the mastery score the LMS sets at launch', () => {
    const lenient = indexCourse(sampleCourse(), 0);
    expect(summarize(lenient, run(lenient, fullRun(false)).state).success).toBe('passed');
  });
});
