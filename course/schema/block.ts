import { z } from 'zod';
import { idSchema } from './ids.ts';
import { illustrationSchema } from './illustration.ts';
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
  /**
   * True when the points are the source document's own (the 18 points): the document exists
   * in bokmål only, so in nynorsk and English the player marks them as the course's translation.
   */
  fromDocument: z.boolean().default(false),
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

/** One question of the structured action plan: its label and an optional hint. */
export const planFieldSchema = z.object({ label: text, hint: text.optional() });

/**
 * A structured action plan: goal, first step, when, with whom, how I will know. The answers
 * stay on the learner's device like reflections (tracking learns only that the plan is
 * done); the learner can download it as text or print it, with the listed reflections.
 */
export const actionPlanBlockSchema = z.object({
  kind: z.literal('action-plan'),
  id: idSchema,
  title: text,
  intro: rich.optional(),
  fields: z
    .object({
      /** What do I want to achieve? */
      goal: planFieldSchema,
      /** The first concrete step. */
      firstStep: planFieldSchema,
      /** When I take it. */
      when: planFieldSchema,
      /** With whom. */
      withWhom: planFieldSchema,
      /** How I will know it worked. */
      evidence: planFieldSchema,
    })
    .strict(),
  /** Reflection ids whose text is added to the downloaded and printed plan, in order. */
  reflections: z.array(idSchema).default([]),
});

/**
 * A short self-assessment: the learner rates each of the course's expectations (its
 * objectives) on the scale. Kept on the device like reflections; tracking learns only that
 * it is done. `compareWith` names an earlier self-assessment (the one at the start): its
 * ratings are then shown beside these, so the learner sees the change.
 */
export const selfAssessmentBlockSchema = z.object({
  kind: z.literal('self-assessment'),
  id: idSchema,
  title: text,
  intro: rich.optional(),
  /** The question asked for each expectation, e.g. "Hvor godt kjenner du deg igjen i …". */
  prompt: text,
  /** Scale labels, lowest first; the learner picks one per expectation. */
  scale: z.array(text).min(3, { error: 'at least 3 scale steps' }).max(7, { error: 'at most 7 scale steps' }),
  compareWith: idSchema.optional(),
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

/** A titled piece of content: one accordion section, one card, one step. */
const titledSchema = z.object({ title: text, body: rich }).strict();

/**
 * «Les mer»: sections the learner opens one by one (WAI-ARIA APG Accordion pattern). For
 * content a learner may want in depth but need not see at once.
 */
export const accordionBlockSchema = z.object({
  kind: z.literal('accordion'),
  title: text.optional(),
  items: z.array(titledSchema).min(1, { error: 'at least 1 section' }),
});

/**
 * Reveal cards: each card shows its title (and picture) and turns over to its text when the
 * learner presses it (a disclosure button with aria-expanded, not hover). For a few parallel
 * ideas the learner explores, e.g. the five expectations, or an expectation's points with a
 * practical tip behind each.
 */
export const cardsBlockSchema = z.object({
  kind: z.literal('cards'),
  /**
   * True when the card titles are the source document's own points (as for key-points): checked
   * word for word against course/source-document.ts, and marked as the course's translation in
   * nynorsk and English.
   */
  fromDocument: z.boolean().default(false),
  title: text,
  cards: z.array(titledSchema.extend({ illustration: illustrationSchema.optional() })).min(2, { error: 'at least 2 cards' }),
});

/** A process or a ladder: numbered steps in order, all visible (an ordered list). */
export const stepsBlockSchema = z.object({
  kind: z.literal('steps'),
  title: text.optional(),
  intro: rich.optional(),
  steps: z.array(titledSchema).min(2, { error: 'at least 2 steps' }),
});

/**
 * The model of Grunnlag for god ledelse i staten: the goal in the centre, the course's
 * objectives (the five expectations) around it. Drawn as SVG from the data, so the labels are
 * the objectives' titles in the learner's language; a list beside it is the text alternative.
 */
export const modelFigureBlockSchema = z.object({
  kind: z.literal('model-figure'),
  /** The goal in the middle of the model, as the document words it. */
  centre: text,
  caption: rich,
});

export const blockSchema = z.discriminatedUnion('kind', [
  textBlockSchema,
  quoteBlockSchema,
  keyPointsBlockSchema,
  reflectionBlockSchema,
  questionBlockSchema,
  scenarioBlockSchema,
  actionPlanBlockSchema,
  selfAssessmentBlockSchema,
  assessmentBlockSchema,
  accordionBlockSchema,
  cardsBlockSchema,
  stepsBlockSchema,
  modelFigureBlockSchema,
]);

export type Block = z.output<typeof blockSchema>;
export type BlockInput = z.input<typeof blockSchema>;
export type AssessmentBlock = z.output<typeof assessmentBlockSchema>;
export type ReflectionBlock = z.output<typeof reflectionBlockSchema>;
export type ActionPlanBlock = z.output<typeof actionPlanBlockSchema>;
export type SelfAssessmentBlock = z.output<typeof selfAssessmentBlockSchema>;
export type PlanField = keyof ActionPlanBlock['fields'];
export type AccordionBlock = z.output<typeof accordionBlockSchema>;
export type CardsBlock = z.output<typeof cardsBlockSchema>;
export type StepsBlock = z.output<typeof stepsBlockSchema>;
export type ModelFigureBlock = z.output<typeof modelFigureBlockSchema>;
