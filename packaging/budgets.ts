/**
 * The budgets of issue 12, in one place: the build (size report) and `npm run bench` check them
 * and shout when one breaks (the build exits 1 with --strict-budgets or STRICT_BUDGETS=1; the
 * bench always); the README's figures are generated from both.
 */
export const BUDGETS = {
  /** Every request made before the start page is ready (the lessons come after). */
  firstScreenBytes: 60 * 1024,
  /** Ready on the slow profile, against a static HTML page measured in the same run. */
  readyRatio: 1.5,
  /** Each zip. */
  packageZipBytes: 300 * 1024,
  /**
   * What a learner downloads of the player before using the course, gzip, without the course
   * content: each target's app JS and CSS (with the start page's words in every language) plus
   * its largest language pack (every learner fetches the pack of their language; packaging/page-assets.ts).
   */
  appGzipBytes: 40 * 1024,
} as const;

export interface BudgetCheck {
  what: string;
  value: number;
  limit: number;
  unit: 'bytes' | 'ratio';
  ok: boolean;
}

export function check(what: string, value: number, limit: number, unit: BudgetCheck['unit']): BudgetCheck {
  return { what, value, limit, unit, ok: value <= limit };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export const show = (c: BudgetCheck, v = c.value) => (c.unit === 'bytes' ? kb(v) : `${v.toFixed(2)}×`);

/** One line per budget; the broken ones shouted, so a log reader cannot miss them. */
export function formatChecks(checks: BudgetCheck[]): string {
  return checks.map((c) => `  ${c.ok ? '✓' : '✗ OVER BUDGET:'} ${c.what}: ${show(c)} (budget ${show(c, c.limit)})`).join('\n');
}
