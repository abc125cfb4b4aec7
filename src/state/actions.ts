import type { Locale } from '../../course/schema/index.ts';

/** What the UI may do to course state. Randomness and timing come in the payload, so reduce() stays pure. */
export type Action =
  | { type: 'goto'; pageId: string }
  | { type: 'answer'; questionId: string; response: string[]; latencyMs: number }
  | { type: 'choose'; scenarioId: string; choiceId: string; latencyMs: number }
  | { type: 'restart-scenario'; scenarioId: string }
  | { type: 'reflect'; reflectionId: string; text: string }
  /** A self-assessment's ratings or an action plan's parts, as JSON (personal.ts); '' clears it. */
  | { type: 'keep-personal'; blockId: string; value: string }
  /** Once per learner: the seed for the order of options and choices (order.ts), from Math.random. */
  | { type: 'seed'; seed: number }
  /** The learner chose a language with the switch (issue 13): kept so the next launch opens in it. */
  | { type: 'set-locale'; locale: Locale }
  | { type: 'start-attempt'; draw: string[] }
  | { type: 'assessment-answer'; questionId: string; response: string[] }
  /**
   * `answered`: per question, when its answer last changed (epoch ms) and how long the learner
   * took for it (from the previous answer, or the attempt's start, to that change). Questions
   * without it (answered before a reload) share the attempt's time equally.
   */
  | { type: 'submit-attempt'; latencyMs: number; answered?: Record<string, { at: number; latencyMs: number }> }
  /** Start over (web version): progress, answers and attempts go; reflections are the learner's own and stay. */
  | { type: 'reset' };
