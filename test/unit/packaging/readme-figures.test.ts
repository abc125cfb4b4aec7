import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appBudgetOf, appCheck, BUDGETS } from '../../../packaging/budgets.ts';
import { renderFigures, sectionOf, type Figures } from '../../../packaging/readme-figures.ts';

describe('README figures (issue 12: generated, never typed by hand)', () => {
  const figures = JSON.parse(readFileSync('packaging/readme-figures.json', 'utf8')) as Figures;
  const readme = readFileSync('README.md', 'utf8');

  it('the README section is exactly what the script renders from packaging/readme-figures.json', () => {
    expect(sectionOf(readme)).toBe(renderFigures(figures));
  });

  it('the data file holds every budget, checked against the limits in packaging/budgets.ts', () => {
    const limits = new Set(figures.budgets.map((b) => b.limit));
    for (const limit of [BUDGETS.appGzipBytes, BUDGETS.trackedAppGzipBytes, BUDGETS.packageZipBytes, BUDGETS.firstScreenBytes, BUDGETS.readyRatio]) expect(limits).toContain(limit);
    for (const b of figures.budgets) expect(b.ok).toBe(b.value <= b.limit);
  });

  it('holds every target to its app budget: 40 KB for the web player, the tracked ceiling for the others', () => {
    const app = figures.budgets.filter((b) => b.what.startsWith('app JS+CSS'));
    const targets = app.map((b) => /\((\w+)/.exec(b.what)?.[1]);
    expect(targets).toEqual(['web', 'scorm12', 'scorm2004', 'xapi', 'cmi5']);
    for (const [i, b] of app.entries()) expect(b.limit).toBe(appBudgetOf(targets[i] ?? ''));
    expect(appBudgetOf('web')).toBe(40 * 1024);
  });

  it('checks a player against its target\'s budget, and names the tracked ones as such', () => {
    expect(appCheck('web', 41 * 1024)).toEqual({ what: 'app JS+CSS + largest language pack, gzip (web)', value: 41 * 1024, limit: 40 * 1024, unit: 'bytes', ok: false });
    expect(appCheck('cmi5', 49 * 1024)).toMatchObject({ what: 'app JS+CSS + largest language pack, gzip (cmi5, with tracking adapter)', limit: 50 * 1024, ok: true });
  });
});
