import type { Action } from '../../../src/state/actions.ts';
import { indexCourse, type CourseIndex } from '../../../src/state/course-index.ts';
import type { TrackingEvent } from '../../../src/state/events.ts';
import { reduce } from '../../../src/state/reduce.ts';
import { initialState, type CourseState } from '../../../src/state/state.ts';
import { sampleCourse } from '../../fixtures/sample-course.ts';

export const AT = new Date('2026-11-27T12:00:00Z');

export function sampleIndex(): CourseIndex {
  return indexCourse(sampleCourse());
}

/** Applies actions in order; returns the final state and every event emitted. */
export function run(index: CourseIndex, actions: Action[], from: CourseState = initialState()): { state: CourseState; events: TrackingEvent[] } {
  let state = from;
  const events: TrackingEvent[] = [];
  for (const action of actions) {
    const r = reduce(index, state, action, AT);
    state = r.state;
    events.push(...r.events);
  }
  return { state, events };
}

/** Everything a learner does to finish the sample course, with the assessment right or wrong. */
export function fullRun(pass: boolean): Action[] {
  const answer = (questionId: string, response: string[]): Action => ({ type: 'assessment-answer', questionId, response });
  const key = pass ? 'r' : 'w';
  return [
    ...['p-intro', 'p-a1', 'p-a2', 'p-a3', 'p-a4', 'p-plan', 'p-test'].map((pageId): Action => ({ type: 'goto', pageId })),
    { type: 'answer', questionId: 'qa-1', response: ['x'], latencyMs: 1000 },
    { type: 'answer', questionId: 'qa-2', response: ['x', 'y'], latencyMs: 1000 },
    { type: 'answer', questionId: 'qa-3', response: ['i1', 'i2', 'i3'], latencyMs: 1000 },
    { type: 'choose', scenarioId: 'sc-a', choiceId: 'c1', latencyMs: 500 },
    { type: 'choose', scenarioId: 'sc-a', choiceId: 'c3', latencyMs: 500 },
    { type: 'reflect', reflectionId: 'ref-a', text: 'Min tanke' },
    { type: 'start-attempt', draw: ['ta-1', 'ta-3', 'tb-1', 'tb-2'] },
    answer('ta-1', [key]),
    answer('ta-3', pass ? ['r', 's'] : ['w']),
    answer('tb-1', [key]),
    answer('tb-2', [key]),
    { type: 'submit-attempt', latencyMs: 60_000 },
  ];
}
