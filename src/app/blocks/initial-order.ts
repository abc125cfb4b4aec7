import { shuffle } from '../../state/draw.ts';
import { shortCode } from '../../state/short-code.ts';

/** A stable pseudo-random source seeded by an id, so a question looks the same after a reload. */
export function seededRandom(seed: string): () => number {
  let x = parseInt(shortCode(seed, 6), 36) || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 1_000_000) / 1_000_000;
  };
}

/** The starting order of an ordering question: shuffled, and never already correct. */
export function initialOrder(questionId: string, correct: readonly string[]): string[] {
  const order = shuffle(correct, seededRandom(questionId));
  if (order.every((id, i) => id === correct[i]) && order.length > 1) order.push(order.shift() as string);
  return order;
}
