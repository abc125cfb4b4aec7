import type { AssessmentBlock, Objective } from '../../course/schema/index.ts';

/** Fisher–Yates with an injectable random source, so tests can pin a draw. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Draws `drawPerObjective` questions per objective, then shuffles them (the order is kept in
 * the attempt, so a reload shows the same). A retry gets a fresh draw: questions not in the
 * previous draw come first, so the learner sees new ones when the bank has enough.
 */
export function drawAssessment(block: AssessmentBlock, objectives: readonly Objective[], random: () => number, previous: readonly string[] = []): string[] {
  const seen = new Set(previous);
  const drawn = objectives.flatMap((objective) => {
    const pool = shuffle(block.bank.filter((q) => q.objective === objective.id), random);
    const fresh = pool.filter((q) => !seen.has(q.id));
    const again = pool.filter((q) => seen.has(q.id));
    return [...fresh, ...again].slice(0, block.drawPerObjective).map((q) => q.id);
  });
  return shuffle(drawn, random);
}
