import type { Question, ScenarioChoice, SituationNode, Scenario } from '../../course/schema/index.ts';
import type { AttemptResult } from './state.ts';

/**
 * What happened, in the standard-independent tracking model. The reducer emits these; each
 * tracking adapter turns them into its own standard's vocabulary. UI code never sees an LMS.
 */
export type TrackingEvent =
  | { type: 'page-viewed'; lessonId: string; pageId: string; at: Date }
  | {
      type: 'question-answered';
      question: Question;
      lessonId: string;
      response: string[];
      correct: boolean;
      latencyMs: number;
      at: Date;
      /** 'assessment' answers carry the attempt number (1-based). */
      context: { kind: 'lesson' } | { kind: 'assessment'; attempt: number };
    }
  | {
      type: 'scenario-decision';
      scenario: Scenario;
      lessonId: string;
      node: SituationNode;
      choice: ScenarioChoice;
      /** 1-based position of the decision in this run. */
      step: number;
      latencyMs: number;
      at: Date;
    }
  | { type: 'scenario-ended'; scenario: Scenario; lessonId: string; endingId: string; at: Date }
  | { type: 'reflection-written'; reflectionId: string; lessonId: string; text: string | null; at: Date }
  /** A self-assessment or action plan is done: only that, never its content (it stays on the device). */
  | { type: 'personal-done'; blockId: string; blockKind: 'self-assessment' | 'action-plan'; lessonId: string; at: Date }
  | { type: 'lesson-completed'; lessonId: string; at: Date }
  | { type: 'assessment-submitted'; attempt: number; result: AttemptResult; passed: boolean; at: Date }
  | { type: 'course-completed'; at: Date };

