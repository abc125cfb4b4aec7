/**
 * The budgets of issue 12, in one place: the build (size report) and `npm run bench` check them
 * and shout when one breaks (the build and the bench exit 1; `--lenient-budgets` or
 * LENIENT_BUDGETS=1 lets a build finish for a look at what grew); the README's figures are
 * generated from both.
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
   * content: the app JS and CSS (with the start page's words in every language) plus its largest
   * language pack (every learner fetches the pack of their language; packaging/page-assets.ts).
   * Issues 2 and 12 set 40 KB for the player as `npm run bench` measures it, on dist/web (issue
   * 12's "21.2 KB today" was that figure), so this holds for the web build.
   */
  appGzipBytes: 40 * 1024,
  /**
   * The same player with an LMS/LRS tracking adapter (SCORM 1.2, SCORM 2004, xAPI, cmi5), which no
   * issue sized: the journal, commit queue, outbox, replay and session rules that keep every
   * answer (issues 8 and 9) add 5–11 KB gzip. A ceiling of its own, so that adapter growth is
   * caught too; the start page doesn't wait for it (prerendered in index.html, first screen above).
   */
  trackedAppGzipBytes: 50 * 1024,
} as const;

/** The app budget of a build target: the web player's, or the tracked players'. */
export const appBudgetOf = (target: string): number => (target === 'web' ? BUDGETS.appGzipBytes : BUDGETS.trackedAppGzipBytes);

/** A target's player (app JS+CSS and its largest language pack, gzip) against that target's budget. */
export function appCheck(target: string, bytes: number): BudgetCheck {
  return check(`app JS+CSS + largest language pack, gzip (${target}${target === 'web' ? '' : ', with tracking adapter'})`, bytes, appBudgetOf(target), 'bytes');
}

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
