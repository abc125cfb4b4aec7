import type { ScenarioChoice, ScenarioNode, Scenario, SituationNode } from '../../course/schema/index.ts';

export interface Step {
  node: SituationNode;
  choice: ScenarioChoice;
}

export interface Traversal {
  /** The decisions taken so far, with the situation each was made in. */
  steps: Step[];
  /** Where the learner is now: a situation to decide in, or an ending. */
  current: ScenarioNode;
  /** Choice ids in the path that did not fit the scenario (e.g. after a content change) and were ignored. */
  dropped: string[];
}

function nodeById(s: Scenario, id: string): ScenarioNode | undefined {
  return s.nodes.find((n) => n.id === id);
}

/** Follows a path of choice ids from the start node. Stops at the first choice that doesn't fit. */
export function traverse(s: Scenario, path: readonly string[]): Traversal {
  const start = nodeById(s, s.start);
  if (!start) throw new Error(`scenario ${s.id} has no start node`); // prevented by validation
  let current: ScenarioNode = start;
  const steps: Step[] = [];
  for (let i = 0; i < path.length; i += 1) {
    if (current.kind !== 'situation') return { steps, current, dropped: path.slice(i) };
    const choice = current.choices.find((c) => c.id === path[i]);
    const next = choice && nodeById(s, choice.next);
    if (!choice || !next) return { steps, current, dropped: path.slice(i) };
    steps.push({ node: current, choice });
    current = next;
  }
  return { steps, current, dropped: [] };
}

export function canChoose(s: Scenario, path: readonly string[], choiceId: string): boolean {
  const { current } = traverse(s, path);
  return current.kind === 'situation' && current.choices.some((c) => c.id === choiceId);
}

/** The longest possible path (decision count), for the saved-state budget. Graphs are acyclic (validated). */
export function longestPath(s: Scenario): number {
  const memo = new Map<string, number>();
  const depth = (id: string): number => {
    const node = nodeById(s, id);
    if (!node || node.kind === 'ending') return 0;
    const known = memo.get(id);
    if (known !== undefined) return known;
    const d = 1 + Math.max(...node.choices.map((c) => depth(c.next)));
    memo.set(id, d);
    return d;
  };
  return depth(s.start);
}

/**
 * The decisions left from a node when every path from it takes the same number (0 at an ending),
 * else NaN, which stays NaN through sums and is falsy. The situation heading gives «Situasjon 2
 * av 3» only when this is known: a longest path would promise a situation a shorter branch never
 * shows. Graphs are small and acyclic, and a situation has at least 2 choices (validated).
 */
export function decisionsLeft(s: Scenario, id: string): number {
  const node = nodeById(s, id);
  return node?.kind === 'situation' ? node.choices.map((c) => decisionsLeft(s, c.next)).reduce((a, b) => (a === b ? a : NaN)) + 1 : 0;
}
