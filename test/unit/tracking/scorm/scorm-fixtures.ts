import type { Question, Scenario } from '../../../../course/schema/index.ts';
import type { TrackingEvent } from '../../../../src/state/events.ts';
import { initialState, type CourseState } from '../../../../src/state/state.ts';
import type { ObjectiveSummary, Summary } from '../../../../src/state/summary.ts';

/** Small hand-made content and summaries for the SCORM mapping tests. */
export const single: Question = {
  id: 'q-single',
  kind: 'single',
  prompt: { nb: 'Hva er\nriktig?' },
  objective: 'kjenn-rammene',
  options: ['a1', 'a2', 'a3'].map((id, i) => ({ id, text: { nb: id }, correct: i === 1, feedback: { nb: '' } })),
};

export const multiple: Question = {
  id: 'q-multi',
  kind: 'multiple',
  prompt: { nb: 'Velg alle' },
  options: Array.from({ length: 12 }, (_, i) => ({ id: `o${i}`, text: { nb: `o${i}` }, correct: i === 0 || i === 11, feedback: { nb: '' } })),
};

export const ordering: Question = {
  id: 'q-order',
  kind: 'ordering',
  prompt: { nb: 'Sorter' },
  items: ['first', 'second', 'third'].map((id) => ({ id, text: { nb: id } })),
  feedbackCorrect: { nb: '' },
  feedbackIncorrect: { nb: '' },
};

export const scenario: Scenario = {
  id: 'sc',
  title: { nb: 'Møtet' },
  objective: 'se-helheten',
  start: 'n1',
  nodes: [
    {
      kind: 'situation',
      id: 'n1',
      text: { nb: [] },
      choices: [
        { id: 'c-weak', text: { nb: 'Vent' }, consequence: { nb: [] }, rating: 'weak', next: 'end' },
        { id: 'c-strong', text: { nb: 'Spør' }, consequence: { nb: [] }, rating: 'strong', next: 'end' },
        { id: 'c-partly', text: { nb: 'Tja' }, consequence: { nb: [] }, rating: 'partly', next: 'end' },
      ],
    },
    { kind: 'ending', id: 'end', title: { nb: 'Slutt' }, outcome: 'good', text: { nb: [] }, debrief: { nb: [] } },
  ],
} as unknown as Scenario; // rich text trees are irrelevant here; the cast keeps the fixture short

export const at = new Date(Date.UTC(2026, 10, 27, 10, 0, 0, 0));

export function answered(question: Question, response: string[], correct: boolean, context: { kind: 'lesson' } | { kind: 'assessment'; attempt: number } = { kind: 'lesson' }): TrackingEvent {
  return { type: 'question-answered', question, lessonId: 'l1', response, correct, latencyMs: 12_340, at, context };
}

export function decided(choiceId: string): TrackingEvent {
  const node = scenario.nodes[0];
  if (node?.kind !== 'situation') throw new Error('fixture');
  const choice = node.choices.find((c) => c.id === choiceId);
  if (!choice) throw new Error('fixture');
  return { type: 'scenario-decision', scenario, lessonId: 'l1', node, choice, step: 1, latencyMs: 5000, at };
}

export const OBJECTIVES = ['kjenn-rammene', 'styrk-medarbeiderne', 'se-helheten', 'vaer-innovativ', 'utvikle-deg-som-leder'];

export function summary(over: Partial<Summary> = {}, objective: Partial<ObjectiveSummary> = {}): Summary {
  return {
    completion: 'incomplete',
    success: 'unknown',
    score: null,
    progress: 0.25,
    objectives: OBJECTIVES.map((id) => ({ id, completion: 'not-attempted', success: 'unknown', score: null, ...objective })),
    lessons: [],
    attemptsLeft: 3,
    certified: false,
    mastery: 80,
    ...over,
  };
}

export function state(over: Partial<CourseState> = {}): CourseState {
  return { ...initialState(), location: 'page-1', visited: ['page-1'], ...over };
}
