import type { ActionPlanBlock, PlanField, SelfAssessmentBlock } from '../../course/schema/index.ts';

/**
 * Self-assessments and action plans are personal, like reflections (DESIGN.md): their answers
 * live in CourseState.reflections under the block id, as a small JSON object, and stay on the
 * device; tracking learns only that one is done. These functions read and check those values.
 */

/** The plan's parts in the order they are asked and printed (the schema's `fields` keys). */
export const PLAN_FIELDS = ['goal', 'firstStep', 'when', 'withWhom', 'evidence'] as const satisfies readonly PlanField[];

/** Objective id → the step chosen on the scale, 1-based. */
export type Ratings = Record<string, number>;
export type PlanAnswers = Partial<Record<PlanField, string>>;

function parseObject(value: string | undefined): Record<string, unknown> | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The ratings kept for a self-assessment; anything not a known objective or not on the scale is left out. */
export function readRatings(block: SelfAssessmentBlock, objectiveIds: readonly string[], value: string | undefined): Ratings {
  const raw = parseObject(value) ?? {};
  const out: Ratings = {};
  for (const id of objectiveIds) {
    const step = raw[id];
    if (typeof step === 'number' && Number.isInteger(step) && step >= 1 && step <= block.scale.length) out[id] = step;
  }
  return out;
}

export function readPlan(value: string | undefined): PlanAnswers {
  const raw = parseObject(value) ?? {};
  const out: PlanAnswers = {};
  for (const field of PLAN_FIELDS) {
    const text = raw[field];
    if (typeof text === 'string' && text !== '') out[field] = text;
  }
  return out;
}

/** Is `value` exactly what the block can hold (so reduce() keeps nothing foreign)? */
export function isPersonalValue(block: SelfAssessmentBlock | ActionPlanBlock, objectiveIds: readonly string[], value: string): boolean {
  const raw = parseObject(value);
  if (!raw) return false;
  const kept = block.kind === 'self-assessment' ? readRatings(block, objectiveIds, value) : readPlan(value);
  return Object.keys(raw).length === Object.keys(kept).length;
}

/** Done: every expectation rated, or every part of the plan written. */
export function isPersonalDone(block: SelfAssessmentBlock | ActionPlanBlock, objectiveIds: readonly string[], value: string | undefined): boolean {
  switch (block.kind) {
    case 'self-assessment': {
      const ratings = readRatings(block, objectiveIds, value);
      return objectiveIds.every((id) => ratings[id] !== undefined);
    }
    case 'action-plan': {
      const plan = readPlan(value);
      return PLAN_FIELDS.every((f) => (plan[f] ?? '').trim() !== '');
    }
    default:
      return block satisfies never;
  }
}
