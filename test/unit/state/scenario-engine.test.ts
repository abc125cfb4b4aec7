import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../course/schema/index.ts';
import { canChoose, decisionsLeft, longestPath, traverse } from '../../../src/state/scenario-engine.ts';
import { sampleIndex } from './helpers.ts';

const scenario = sampleIndex().scenarios.get('sc-a') as Scenario;

describe('scenario engine', () => {
  it('starts at the start node', () => {
    expect(traverse(scenario, []).current.id).toBe('n1');
  });

  it('follows choices to an ending', () => {
    const t = traverse(scenario, ['c1', 'c3']);
    expect(t.current).toMatchObject({ kind: 'ending', id: 'end-good' });
    expect(t.steps.map((s) => s.choice.id)).toEqual(['c1', 'c3']);
    expect(t.dropped).toEqual([]);
  });

  it('drops choices that do not fit (e.g. after a content change)', () => {
    expect(traverse(scenario, ['c1', 'zz', 'c3'])).toMatchObject({ current: { id: 'n2' }, dropped: ['zz', 'c3'] });
    expect(traverse(scenario, ['c2', 'c3'])).toMatchObject({ current: { id: 'end-bad' }, dropped: ['c3'] });
  });

  it('only offers the current node\'s choices', () => {
    expect(canChoose(scenario, [], 'c1')).toBe(true);
    expect(canChoose(scenario, [], 'c3')).toBe(false);
    expect(canChoose(scenario, ['c2'], 'c3')).toBe(false);
  });

  it('knows the longest path', () => {
    expect(longestPath(scenario)).toBe(2);
  });

  it('counts the decisions left only where every path takes the same number (the «Situasjon 1 av 2» total)', () => {
    // n1 leads to n2 (one more decision) or straight to an ending: no honest total from n1.
    expect(decisionsLeft(scenario, 'n1')).toBeNaN();
    expect(decisionsLeft(scenario, 'n2')).toBe(1);
    expect(decisionsLeft(scenario, 'end-good')).toBe(0);
    const even: Scenario = { ...scenario, nodes: scenario.nodes.map((n) => (n.id === 'n1' && n.kind === 'situation' ? { ...n, choices: n.choices.map((c) => ({ ...c, next: 'n2' })) } : n)) };
    expect(decisionsLeft(even, 'n1')).toBe(2);
  });
});
