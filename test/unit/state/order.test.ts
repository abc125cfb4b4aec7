import { describe, expect, it } from 'vitest';
import type { Question } from '../../../course/schema/index.ts';
import { choiceOrder, newSeed, seededRandom, shownOrder } from '../../../src/state/order.ts';
import { correctResponse } from '../../../src/state/scoring.ts';
import { sampleIndex } from './helpers.ts';

const index = sampleIndex();
const q = (id: string) => index.questions.get(id) as Question;
const seeds = Array.from({ length: 400 }, (_, i) => newSeed(seededRandom(i, 'test')));

describe('display order of options and choices (order.ts)', () => {
  it('is the same for the same learner and thing shown (a reload shows the same order)', () => {
    for (const seed of seeds.slice(0, 20)) expect(shownOrder(seed, q('qa-1'), { kind: 'lesson' })).toEqual(shownOrder(seed, q('qa-1'), { kind: 'lesson' }));
  });

  it('holds every option exactly once', () => {
    for (const seed of seeds) expect([...shownOrder(seed, q('qa-2'), { kind: 'lesson' })].sort()).toEqual(['x', 'y', 'z']);
  });

  it('puts the correct option first about a third of the time across learners (3 options), not always', () => {
    const first = seeds.filter((seed) => shownOrder(seed, q('qa-1'), { kind: 'lesson' })[0] === 'x').length / seeds.length;
    // Binomial: n = 400, p = 1/3, SE ≈ 0.024; 4 SE either side.
    expect(first).toBeGreaterThan(1 / 3 - 0.1);
    expect(first).toBeLessThan(1 / 3 + 0.1);
  });

  it('is drawn anew for each final-test attempt', () => {
    const changed = seeds.filter((seed) => shownOrder(seed, q('ta-3'), { kind: 'assessment', attempt: 1 }).join() !== shownOrder(seed, q('ta-3'), { kind: 'assessment', attempt: 2 }).join()).length;
    // 3 options: a new draw keeps the same order 1 time in 6.
    expect(changed / seeds.length).toBeGreaterThan(0.7);
  });

  it('differs between learners', () => {
    expect(new Set(seeds.map((seed) => shownOrder(seed, q('qa-2'), { kind: 'lesson' }).join())).size).toBe(6);
  });

  it('never starts an ordering question in the correct order, and reaches every other order', () => {
    const orders = new Set<string>();
    for (const seed of seeds) {
      const order = shownOrder(seed, q('qa-3'), { kind: 'lesson' });
      expect(order).not.toEqual(correctResponse(q('qa-3')));
      expect([...order].sort()).toEqual(['i1', 'i2', 'i3']);
      orders.add(order.join());
    }
    expect(orders.size).toBe(5);
  });

  it('orders scenario choices per learner, and the strong one is not always first', () => {
    const s = index.scenarios.get('sc-a');
    const node = s?.nodes.find((n) => n.id === 'n1');
    if (node?.kind !== 'situation') throw new Error('fixture');
    const firsts = seeds.map((seed) => choiceOrder(seed, 'sc-a', node)[0]?.id);
    expect(new Set(firsts)).toEqual(new Set(['c1', 'c2']));
    expect(choiceOrder(seeds[0] ?? 0, 'sc-a', node)).toEqual(choiceOrder(seeds[0] ?? 0, 'sc-a', node));
  });

  it('makes a seed that fits 32 bits from any random source', () => {
    expect(newSeed(() => 0)).toBe(0);
    expect(newSeed(() => 0.999999999999)).toBeLessThanOrEqual(0xffff_ffff);
  });
});
