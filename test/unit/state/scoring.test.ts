import { describe, expect, it } from 'vitest';
import type { Question } from '../../../course/schema/index.ts';
import { drawAssessment } from '../../../src/state/draw.ts';
import { seededRandom } from '../../../src/state/order.ts';
import { correctResponse, isCorrect, isValidResponse } from '../../../src/state/scoring.ts';
import { sampleIndex } from './helpers.ts';

const index = sampleIndex();
const q = (id: string) => index.questions.get(id) as Question;

describe('scoring', () => {
  it.each([
    ['qa-1', ['x'], true],
    ['qa-1', ['y'], false],
    ['qa-2', ['x', 'y'], true],
    ['qa-2', ['y', 'x'], true],
    ['qa-2', ['x'], false],
    ['qa-2', ['x', 'y', 'z'], false],
    ['qa-3', ['i1', 'i2', 'i3'], true],
    ['qa-3', ['i2', 'i1', 'i3'], false],
  ])('%s answered %j is correct: %s', (id, response, expected) => {
    expect(isCorrect(q(id), response)).toBe(expected);
  });

  it('gives the correct response pattern per kind', () => {
    expect(correctResponse(q('qa-2'))).toEqual(['x', 'y']);
    expect(correctResponse(q('qa-3'))).toEqual(['i1', 'i2', 'i3']);
  });

  it.each([
    ['qa-1', [], false],
    ['qa-2', ['x', 'x'], false],
    ['qa-3', ['i1', 'i2'], false],
    ['qa-3', ['i3', 'i2', 'i1'], true],
  ])('%s response %j is valid: %s', (id, response, expected) => {
    expect(isValidResponse(q(id), response)).toBe(expected);
  });
});

describe('drawAssessment', () => {
  const block = index.assessment;
  if (!block) throw new Error('fixture has no assessment');
  const objectives = index.course.meta.objectives;

  it('draws the configured number per objective', () => {
    const draw = drawAssessment(block, objectives, () => 0.3);
    expect(draw).toHaveLength(4);
    expect(draw.filter((id) => id.startsWith('ta-'))).toHaveLength(2);
    expect(draw.filter((id) => id.startsWith('tb-'))).toHaveLength(2);
  });

  it('mixes the objectives: the drawn questions are not shown grouped by expectation', () => {
    const orders = new Set(Array.from({ length: 40 }, (_, i) => drawAssessment(block, objectives, seededRandom(i, 'draw')).map((id) => id.slice(0, 2)).join(',')));
    expect(orders.size).toBeGreaterThan(2);
  });

  it('prefers questions not in the previous draw', () => {
    const first = drawAssessment(block, objectives, () => 0.1);
    const second = drawAssessment(block, objectives, () => 0.1, first);
    const unseenA = ['ta-1', 'ta-2', 'ta-3'].filter((id) => !first.includes(id));
    expect(second).toEqual(expect.arrayContaining(unseenA));
  });
});
