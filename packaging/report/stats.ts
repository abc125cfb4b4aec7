/** Small statistics for the coordinator report: running sums only, so nothing is kept per statement. */

/** Accumulates, for one item, the test scores of those who got it right and wrong. */
export interface ItemScores {
  n1: number;
  n0: number;
  sum1: number;
  sum0: number;
  sum: number;
  sumSq: number;
}

export const emptyItemScores = (): ItemScores => ({ n1: 0, n0: 0, sum1: 0, sum0: 0, sum: 0, sumSq: 0 });

export function addItemScore(acc: ItemScores, correct: boolean, score: number): void {
  if (correct) {
    acc.n1 += 1;
    acc.sum1 += score;
  } else {
    acc.n0 += 1;
    acc.sum0 += score;
  }
  acc.sum += score;
  acc.sumSq += score * score;
}

/**
 * Point-biserial correlation between answering the item right and the test score of the same
 * attempt: r = (M1 − M0) / s · √(p·q), s the population standard deviation of the scores.
 * Null when it is undefined (everyone right, everyone wrong, or all scores equal).
 */
export function pointBiserial(acc: ItemScores): number | null {
  const n = acc.n1 + acc.n0;
  if (acc.n1 === 0 || acc.n0 === 0) return null;
  const mean = acc.sum / n;
  const variance = acc.sumSq / n - mean * mean;
  if (variance <= 1e-12) return null;
  const p = acc.n1 / n;
  return ((acc.sum1 / acc.n1 - acc.sum0 / acc.n0) / Math.sqrt(variance)) * Math.sqrt(p * (1 - p));
}

/** Quantile (linear interpolation between closest ranks) of sorted values. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (!sorted.length) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? 0;
  return a + (b - a) * (pos - lo);
}

/** Counts of values in bins [0,10), [10,20) … [90,100] (100 falls in the last bin). */
export function bins10(values: Iterable<number>): number[] {
  const out = Array.from({ length: 10 }, () => 0);
  for (const v of values) {
    const i = Math.min(9, Math.max(0, Math.floor(v / 10)));
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

/** ISO 8601 duration (as xAPI uses, e.g. PT1H2M3.5S, P1DT2H) → milliseconds; null if unreadable. */
export function durationMs(iso: unknown): number | null {
  if (typeof iso !== 'string') return null;
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return null;
  const [d, h, min, s] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0)) as [number, number, number, number];
  return Math.round((((d * 24 + h) * 60 + min) * 60 + s) * 1000);
}
