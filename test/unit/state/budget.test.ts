import { describe, expect, it } from 'vitest';
import type { Question, Scenario } from '../../../course/schema/index.ts';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import { indexCourse } from '../../../src/state/course-index.ts';
import { longestPath } from '../../../src/state/scenario-engine.ts';
import { deserialize, serialize } from '../../../src/state/serialize.ts';
import type { AttemptResult, CourseState } from '../../../src/state/state.ts';

/**
 * SCORM 1.2 RTE 3.4.2.1: cmi.suspend_data is CMIString4096. Our saved state must fit in HALF of
 * it in the worst case the real course allows, so the other half stays as headroom for content
 * growth. Worst case: every page visited, every lesson question answered with its longest
 * response, every scenario at its longest path, every reflection written, all attempts used
 * plus one in progress with every answer given.
 */
const BUDGET = 2048;

function longestResponse(q: Question): string[] {
  switch (q.kind) {
    case 'single':
      return [q.options[0]?.id ?? ''];
    case 'multiple':
      return q.options.map((o) => o.id);
    case 'ordering':
      return [...q.items].reverse().map((i) => i.id);
    default:
      return q satisfies never;
  }
}

/** The choice ids of a deepest path through the scenario. */
function deepestPath(s: Scenario): string[] {
  const depth = (id: string): number => {
    const node = s.nodes.find((n) => n.id === id);
    return !node || node.kind === 'ending' ? 0 : 1 + Math.max(...node.choices.map((c) => depth(c.next)));
  };
  const path: string[] = [];
  let id = s.start;
  for (;;) {
    const node = s.nodes.find((n) => n.id === id);
    if (!node || node.kind === 'ending') return path;
    const best = [...node.choices].sort((a, b) => depth(b.next) - depth(a.next))[0];
    if (!best) return path;
    path.push(best.id);
    id = best.next;
  }
}

describe('saved-state budget for the real course', async () => {
  const course = await loadValidCourse(process.cwd());
  const index = indexCourse(course);

  function worstCase(): CourseState {
    const bank = index.assessment?.bank ?? [];
    const objectives = course.meta.objectives.map((o) => o.id);
    const perObjective = index.assessment?.drawPerObjective ?? 0;
    const draw = objectives.flatMap((o) => bank.filter((q) => q.objective === o).slice(0, perObjective).map((q) => q.id));
    const longestAnswers = Object.fromEntries(draw.map((id) => [id, longestResponse(bank.find((q) => q.id === id) as Question)]));
    const attempt = (): AttemptResult => ({ score: 100, byObjective: Object.fromEntries(objectives.map((o) => [o, 100])), draw, answers: longestAnswers });
    const lessonQuestions = [...index.questions.values()].filter((q) => !bank.includes(q));
    const longestPage = [...index.pageById.keys()].sort((a, b) => b.length - a.length)[0] ?? null;
    return {
      location: longestPage,
      visited: [...index.pageById.keys()],
      answers: Object.fromEntries(lessonQuestions.map((q) => [q.id, longestResponse(q)])),
      scenarios: Object.fromEntries([...index.scenarios.values()].map((s) => [s.id, { path: deepestPath(s), done: true }])),
      reflections: Object.fromEntries([...index.reflections.keys(), ...index.personal.keys()].map((id) => [id, 'x'.repeat(2000)])),
      attempts: Array.from({ length: index.assessment?.maxAttempts ?? 0 }, attempt),
      current: index.assessment ? { draw, answers: longestAnswers } : null,
      // The largest seed a learner can get: 7 base-36 characters.
      seed: 0xffff_ffff,
    };
  }

  it('the worst case really is the largest: every scenario path is at its longest', () => {
    const state = worstCase();
    for (const s of index.scenarios.values()) expect(state.scenarios[s.id]?.path.length).toBe(longestPath(s));
    expect(state.visited.length).toBe(index.pages.length);
    expect(state.attempts.length).toBe(index.assessment?.maxAttempts ?? 0);
  });

  it(`serialize(worst case) fits in ${BUDGET} characters (half of SCORM 1.2's 4096)`, () => {
    const text = serialize(index, worstCase());
    expect(text.length).toBeLessThanOrEqual(BUDGET);
  });

  it('the worst case survives the round trip (nothing was dropped to make it fit)', () => {
    const state = worstCase();
    const restored = deserialize(index, serialize(index, state));
    expect(restored.warnings).toEqual([]);
    expect(restored.state.visited).toEqual(state.visited);
    expect(restored.state.answers).toEqual(state.answers);
    expect(Object.keys(restored.state.scenarios).sort()).toEqual(Object.keys(state.scenarios).sort());
    expect(restored.state.attempts).toEqual(state.attempts);
    expect(restored.state.current).toEqual(state.current);
    expect(restored.state.seed).toBe(state.seed);
    expect(Object.keys(restored.state.reflections).sort()).toEqual(Object.keys(state.reflections).sort());
  });
});
