import { createRequire } from 'node:module';
import type { Target } from './course-driver.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core with the WCAG 2.1 A and AA rules; returns the violations in a readable form. */
export async function axeViolations(t: Target, label: string): Promise<AxeViolation[]> {
  if (!(await t.evaluate(() => 'axe' in window))) await t.addScriptTag({ path: axePath });
  const violations = await t.evaluate(async () => {
    // axe is injected above; typed loosely here because it lives only in the test page.
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.map((v) => ({ ...v, help: `${label}: ${v.help}` }));
}
