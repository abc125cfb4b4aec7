import type { Question, ScenarioChoice, SituationNode } from '../../course/schema/index.ts';
import { shuffle } from './draw.ts';

/**
 * The order a learner sees options, ordering items and scenario choices in. Authors write the
 * correct option first far too easily, so position must carry no signal: the order is drawn
 * from the learner's seed (CourseState.seed, made once per learner) mixed with what is being
 * shown, so it is the same after a reload and different for another learner, and the final
 * test mixes in the attempt number so every attempt is drawn anew. Pure: tests replay it.
 * Only the display order changes; responses and tracking always use the stable ids.
 */

/** Where a question is shown: a lesson, or attempt n (1-based) of the final test. */
export type ShownIn = { kind: 'lesson' } | { kind: 'assessment'; attempt: number };

/** FNV-1a of the salt, folded with the seed: one 32-bit start value per (learner, thing shown). */
function mix(seed: number, salt: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < salt.length; i += 1) {
    hash ^= salt.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** mulberry32: small, fast and well spread for 32-bit seeds; returns numbers in [0, 1). */
export function seededRandom(seed: number, salt: string): () => number {
  let a = mix(seed, salt);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new learner seed from a random source in [0, 1) (the caller passes Math.random). */
export function newSeed(random: () => number): number {
  return Math.floor(random() * 0x1_0000_0000) >>> 0;
}

const salt = (q: Question, shownIn: ShownIn) => `${shownIn.kind === 'lesson' ? 'q' : `a${shownIn.attempt}`}:${q.id}`;

/**
 * Option ids in display order (single / multiple), or the starting order of an ordering
 * question's items, which is never already the correct order.
 */
export function shownOrder(seed: number, q: Question, shownIn: ShownIn): string[] {
  const random = seededRandom(seed, salt(q, shownIn));
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return shuffle(q.options.map((o) => o.id), random);
    case 'ordering': {
      const correct = q.items.map((i) => i.id);
      const order = shuffle(correct, random);
      // Rotating a list of distinct items by one never leaves it in the same order.
      if (order.every((id, i) => id === correct[i])) order.push(order.shift() as string);
      return order;
    }
    default:
      return q satisfies never;
  }
}

/** A situation's choices in display order, for this learner. */
export function choiceOrder(seed: number, scenarioId: string, node: SituationNode): ScenarioChoice[] {
  return shuffle(node.choices, seededRandom(seed, `s:${scenarioId}:${node.id}`));
}
