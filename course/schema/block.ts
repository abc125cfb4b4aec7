import { z } from 'zod';
import { idSchema } from './ids.ts';
import { questionSchema } from './question.ts';
import { scenarioSchema } from './scenario.ts';
import { localizedRichTextSchema as rich, localizedTextSchema as text } from './text.ts';

export const textBlockSchema = z.object({ kind: z.literal('text'), body: rich });

/** A quotation from the source document, attributed exactly as the document attributes it. */
export const quoteBlockSchema = z.object({
  kind: z.literal('quote'),
  text,
  by: text,
  source: text.optional(),
  /** Language of the quotation when it is not the course's (WCAG 2.1 SC 3.1.2 Language of Parts), e.g. "nn". */
  lang: z.enum(['nb', 'nn', 'en']).optional(),
});

export const keyPointsBlockSchema = z.object({
  kind: z.literal('key-points'),
  title: text,
  points: z.array(rich).min(1, { error: 'at least 1 point' }),
});

/**
 * A free-text reflection. The text stays on the learner's device; tracking records only
 * that it was written, unless the course opts in with `trackReflectionText`.
 */
export const reflectionBlockSchema = z.object({
  kind: z.literal('reflection'),
  id: idSchema,
  prompt: text,
  hint: text.optional(),
  /** Short label used for this reflection in the downloadable action plan. */
  planLabel: text.optional(),
});

export const questionBlockSchema = z.object({ kind: z.literal('question'), question: questionSchema });
export const scenarioBlockSchema = z.object({ kind: z.literal('scenario'), scenario: scenarioSchema });

/** Collects the learner's reflections into a plan they can print or download (text stays local). */
export const actionPlanBlockSchema = z.object({
  kind: z.literal('action-plan'),
  id: idSchema,
  title: text,
  intro: rich.optional(),
  /** Reflection ids to gather, in order. */
  reflections: z.array(idSchema).min(1, { error: 'at least 1 reflection id' }),
});

export const assessmentBlockSchema = z.object({
  kind: z.literal('assessment'),
  id: idSchema,
  intro: rich.optional(),
  /** Questions tagged by objective; `drawPerObjective` are drawn per objective per attempt. */
  bank: z.array(questionSchema).min(1, { error: 'at least 1 question in the bank' }),
  drawPerObjective: z.number().int().min(1),
  /** Percent needed to pass; when given it must equal the course's masteryScore. */
  masteryScore: z.number().int().min(0).max(100).optional(),
  /** Attempts allowed, each with a fresh draw. Bounded so saved state stays within SCORM 1.2's 4096 chars. */
  maxAttempts: z.number().int().min(1).max(10).default(3),
});

export const blockSchema = z.discriminatedUnion('kind', [
  textBlockSchema,
  quoteBlockSchema,
  keyPointsBlockSchema,
  reflectionBlockSchema,
  questionBlockSchema,
  scenarioBlockSchema,
  actionPlanBlockSchema,
  assessmentBlockSchema,
]);

export type Block = z.output<typeof blockSchema>;
export type BlockInput = z.input<typeof blockSchema>;
export type AssessmentBlock = z.output<typeof assessmentBlockSchema>;
export type ReflectionBlock = z.output<typeof reflectionBlockSchema>;
