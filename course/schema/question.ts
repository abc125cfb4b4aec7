import { z } from 'zod';
import { idSchema } from './ids.ts';
import { localizedTextSchema as text } from './text.ts';

/** One answer option of a choice question. Feedback explains why it is right or wrong. */
export const optionSchema = z.object({
  id: idSchema,
  text,
  correct: z.boolean().default(false),
  feedback: text,
});

const base = {
  id: idSchema,
  prompt: text,
  /** The expectation this question checks; required for questions in the assessment bank. */
  objective: idSchema.optional(),
};

export const singleChoiceSchema = z.object({
  ...base,
  kind: z.literal('single'),
  options: z.array(optionSchema).min(2, { error: 'at least 2 options' }),
});

export const multipleChoiceSchema = z.object({
  ...base,
  kind: z.literal('multiple'),
  options: z.array(optionSchema).min(2, { error: 'at least 2 options' }),
});

/**
 * Put items in the right order. Authors list the items in the CORRECT order; the player
 * shuffles them and the learner moves them with buttons (works with keyboard alone, no drag).
 */
export const orderingSchema = z.object({
  ...base,
  kind: z.literal('ordering'),
  items: z.array(z.object({ id: idSchema, text })).min(3, { error: 'at least 3 items' }),
  feedbackCorrect: text,
  feedbackIncorrect: text,
});

export const questionSchema = z.discriminatedUnion('kind', [singleChoiceSchema, multipleChoiceSchema, orderingSchema]);

export type Question = z.output<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type ChoiceOption = z.output<typeof optionSchema>;
