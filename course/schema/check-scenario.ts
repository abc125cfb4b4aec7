import type { Scenario } from './scenario.ts';

/** Graph problems of one scenario, each as [path inside the scenario, expected, found]. */
export function scenarioGraphProblems(s: Scenario): [string, string, string][] {
  const out: [string, string, string][] = [];
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  if (!byId.has(s.start)) out.push(['start', `a node id (${[...byId.keys()].join(', ')})`, `"${s.start}"`]);
  s.nodes.forEach((node, n) => {
    if (node.kind !== 'situation') return;
    node.choices.forEach((choice, c) => {
      if (!byId.has(choice.next)) {
        out.push([`nodes[${n}].choices[${c}].next`, `a node id of this scenario`, `"${choice.next}" (dangling)`]);
      }
    });
  });
  if (!s.nodes.some((n) => n.kind === 'ending')) out.push(['nodes', 'at least one ending node', 'no ending']);
  if (!byId.has(s.start) || !s.nodes.some((n) => n.kind === 'ending')) return out;

  // Reachability from start, and a cycle check: a loop would make paths (and saved state) unbounded.
  const state = new Map<string, 'visiting' | 'done'>();
  const canEnd = new Map<string, boolean>();
  const visit = (id: string): boolean => {
    const node = byId.get(id);
    if (!node) return false;
    if (state.get(id) === 'visiting') {
      out.push([`nodes[${s.nodes.indexOf(node)}]`, 'no path that loops back', `a loop through "${id}"`]);
      return false;
    }
    if (state.get(id) === 'done') return canEnd.get(id) ?? false;
    state.set(id, 'visiting');
    let ends = node.kind === 'ending';
    if (node.kind === 'situation') for (const choice of node.choices) ends = visit(choice.next) || ends;
    state.set(id, 'done');
    canEnd.set(id, ends);
    return ends;
  };
  visit(s.start);
  s.nodes.forEach((node, n) => {
    if (!state.has(node.id)) out.push([`nodes[${n}]`, `a node reachable from start "${s.start}"`, `"${node.id}" (unreachable)`]);
    else if (!canEnd.get(node.id)) out.push([`nodes[${n}]`, 'a node from which an ending can be reached', `"${node.id}" (dead end)`]);
  });
  return out;
}
