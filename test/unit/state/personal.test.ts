import { describe, expect, it } from 'vitest';
import { actionPlanBlockSchema, type ActionPlanBlock, type SelfAssessmentBlock } from '../../../course/schema/index.ts';
import { isPersonalDone, isPersonalValue, PLAN_FIELDS, readPlan, readRatings } from '../../../src/state/personal.ts';
import { deserialize, serialize } from '../../../src/state/serialize.ts';
import { AT, run, sampleIndex } from './helpers.ts';
import { reduce } from '../../../src/state/reduce.ts';
import { initialState } from '../../../src/state/state.ts';

const index = sampleIndex();
const start = index.personal.get('sa-start') as SelfAssessmentBlock;
const plan = index.personal.get('plan') as ActionPlanBlock;
const objectives = ['obj-a', 'obj-b'];
const fullPlan = JSON.stringify(Object.fromEntries(PLAN_FIELDS.map((f) => [f, `Svar ${f}`])));

describe('self-assessment and action plan values (personal.ts)', () => {
  it('the player asks every part the schema defines, in order', () => {
    expect([...PLAN_FIELDS]).toEqual(Object.keys(actionPlanBlockSchema.shape.fields.shape));
  });

  it('reads ratings on the scale for known expectations only', () => {
    expect(readRatings(start, objectives, '{"obj-a":3,"obj-b":9,"x":1}')).toEqual({ 'obj-a': 3 });
    expect(readRatings(start, objectives, 'not json')).toEqual({});
    expect(isPersonalValue(start, objectives, '{"obj-a":3,"obj-b":9}')).toBe(false);
    expect(isPersonalValue(start, objectives, '{"obj-a":3}')).toBe(true);
  });

  it('is done when every expectation is rated, or every part of the plan written', () => {
    expect(isPersonalDone(start, objectives, '{"obj-a":3}')).toBe(false);
    expect(isPersonalDone(start, objectives, '{"obj-a":3,"obj-b":1}')).toBe(true);
    expect(isPersonalDone(plan, objectives, JSON.stringify({ goal: 'Mål' }))).toBe(false);
    expect(isPersonalDone(plan, objectives, fullPlan)).toBe(true);
    expect(readPlan(JSON.stringify({ goal: 'Mål', other: 'x' }))).toEqual({ goal: 'Mål' });
  });
});

describe('reduce: keep-personal', () => {
  it('keeps the answers, and tells tracking once that it is done, never the content', () => {
    const { state, events } = run(index, [
      { type: 'keep-personal', blockId: 'sa-start', value: '{"obj-a":2}' },
      { type: 'keep-personal', blockId: 'sa-start', value: '{"obj-a":2,"obj-b":3}' },
      { type: 'keep-personal', blockId: 'sa-start', value: '{"obj-a":3,"obj-b":3}' },
    ]);
    expect(state.reflections['sa-start']).toBe('{"obj-a":3,"obj-b":3}');
    expect(events).toEqual([{ type: 'personal-done', blockId: 'sa-start', blockKind: 'self-assessment', lessonId: 'intro', at: AT }]);
  });

  it('reports a structured plan as done when every part is written', () => {
    const { events } = run(index, [
      { type: 'keep-personal', blockId: 'plan', value: JSON.stringify({ goal: 'Mål' }) },
      { type: 'keep-personal', blockId: 'plan', value: fullPlan },
    ]);
    expect(events).toEqual([{ type: 'personal-done', blockId: 'plan', blockKind: 'action-plan', lessonId: 'closing', at: AT }]);
  });

  it.each([
    ['an unknown block', { type: 'keep-personal', blockId: 'nope', value: '{}' }],
    ['a reflection id', { type: 'keep-personal', blockId: 'ref-a', value: '{}' }],
    ['a foreign value', { type: 'keep-personal', blockId: 'sa-start', value: '{"obj-a":"lots"}' }],
  ] as const)('ignores %s', (_what, action) => {
    const state = initialState();
    expect(reduce(index, state, action, AT).state).toBe(state);
  });

  it('the saved state lists it like a reflection, without the answers', () => {
    const { state } = run(index, [{ type: 'keep-personal', blockId: 'plan', value: fullPlan }]);
    const text = serialize(index, state);
    expect(text).not.toContain('Svar');
    expect(deserialize(index, text).state.reflections).toEqual({ plan: '' });
  });
});
