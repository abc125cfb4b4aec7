import { z } from 'zod';
import { idSchema } from './ids.ts';
import { illustrationSchema } from './illustration.ts';
import { localizedRichTextSchema as rich, localizedTextSchema as text } from './text.ts';

/** How well a choice lives up to the expectation — shown in the debrief, reported with the decision. */
export const ratingSchema = z.enum(['strong', 'partly', 'weak']);
export type Rating = z.infer<typeof ratingSchema>;

export const scenarioChoiceSchema = z.object({
  id: idSchema,
  text,
  consequence: rich,
  rating: ratingSchema,
  /** The next situation or ending. */
  next: idSchema,
});

export const situationNodeSchema = z.object({
  kind: z.literal('situation'),
  id: idSchema,
  text: rich,
  /** Who and where, when this situation changes them; otherwise the scenario's picture is shown. */
  illustration: illustrationSchema.optional(),
  choices: z.array(scenarioChoiceSchema).min(2, { error: 'at least 2 choices' }),
});

export const endingNodeSchema = z.object({
  kind: z.literal('ending'),
  id: idSchema,
  title: text,
  outcome: z.enum(['good', 'mixed', 'poor']),
  text: rich,
  /** Ties the choices to the expectation's points. */
  debrief: rich,
});

export const scenarioNodeSchema = z.discriminatedUnion('kind', [situationNodeSchema, endingNodeSchema]);

export const scenarioSchema = z.object({
  id: idSchema,
  title: text,
  intro: rich.optional(),
  /** The setting and the people of the story, shown with each situation. */
  illustration: illustrationSchema.optional(),
  objective: idSchema.optional(),
  start: idSchema,
  nodes: z.array(scenarioNodeSchema).min(2, { error: 'at least one situation and one ending' }),
});

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioNode = z.output<typeof scenarioNodeSchema>;
export type ScenarioChoice = z.output<typeof scenarioChoiceSchema>;
export type SituationNode = z.output<typeof situationNodeSchema>;
export type EndingNode = z.output<typeof endingNodeSchema>;
