import { describe, expect, it } from 'vitest';
import type { Question } from '../../../course/schema/index.ts';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import { indexCourse } from '../../../src/state/course-index.ts';

/**
 * Issue 10: the right option was the longest in 23 of 24 single-choice questions and the strong
 * scenario choice the longest in 29 of 30 decisions, so "pick the longest" passed. Length must
 * carry (almost) no signal: the right answer the longest in at most a third of the items.
 * A tie for longest counts as longest (a learner can't tell which of the two to pick).
 */
const course = await loadValidCourse(process.cwd());
const index = indexCourse(course);
const len = (text: { nb: string }) => text.nb.trim().length;

type Choice = Extract<Question, { kind: 'single' | 'multiple' }>;
const choiceItems = [...index.questions.values()].filter((q): q is Choice => q.kind !== 'ordering');

describe('length gives the answer away in at most a third of the items', () => {
  it('the correct option is the longest (or tied for it) in at most a third of the choice questions, lessons and final-test bank', () => {
    const longestIsCorrect = choiceItems.filter((q) => {
      const max = Math.max(...q.options.map((o) => len(o.text)));
      return q.options.some((o) => o.correct && len(o.text) === max);
    });
    expect(choiceItems.length).toBeGreaterThan(0);
    expect(longestIsCorrect.length, `longest is correct in: ${longestIsCorrect.map((q) => q.id).join(', ')}`).toBeLessThanOrEqual(choiceItems.length / 3);
  });

  it('the strong scenario choice is the longest (or tied for it) in at most a third of the decisions', () => {
    const decisions = [...index.scenarios.values()].flatMap((s) => s.nodes.flatMap((n) => (n.kind === 'situation' && n.choices.some((c) => c.rating === 'strong') ? [{ s, n }] : [])));
    const longestIsStrong = decisions.filter(({ n }) => {
      const max = Math.max(...n.choices.map((c) => len(c.text)));
      return n.choices.some((c) => c.rating === 'strong' && len(c.text) === max);
    });
    expect(decisions.length).toBeGreaterThan(0);
    expect(longestIsStrong.length, `longest is strong at: ${longestIsStrong.map(({ s, n }) => `${s.id}/${n.id}`).join(', ')}`).toBeLessThanOrEqual(decisions.length / 3);
  });
});
