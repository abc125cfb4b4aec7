import { describe, expect, it } from 'vitest';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import { indexCourse } from '../../../src/state/course-index.ts';
import { answersRight, CHOICE_STRATEGIES, GUESSING, playScenario, STRATEGIES, takeTest, tolerance, type Strategy } from './strategies.ts';

/**
 * Issue 10: the final test could be passed blind (always the first option: 82 % on the first
 * try). Strategies that use only position and length play the REAL course and bank for
 * N simulated learners each (fixed seeds: deterministic), through the player's own pure draw,
 * order and scoring functions, and must do no better than guessing beyond chance.
 */
const N = 2000;
const course = await loadValidCourse(process.cwd());
const index = indexCourse(course);
const block = index.assessment;
if (!block) throw new Error('the course has no final assessment');
const objectives = course.meta.objectives;
const bank = new Set(block.bank);
const lessonQuestions = [...index.questions.values()].filter((q) => !bank.has(q) && q.kind !== 'ordering');
const runs = Array.from({ length: N }, (_, i) => i + 1);

function testRates(strategy: Strategy) {
  const outcomes = runs.map((run) => takeTest(block as NonNullable<typeof block>, objectives, index.mastery, strategy, run));
  return { first: outcomes.filter((o) => o.passedFirst).length / N, within: outcomes.filter((o) => o.passedWithin).length / N };
}

describe(`position and length strategies against the real final test (${N} learners each)`, () => {
  it.each(Object.keys(STRATEGIES) as (keyof typeof STRATEGIES)[])('"%s" passes no more often than guessing, first try and within all attempts', (name) => {
    const s = testRates(STRATEGIES[name]);
    const g = testRates(GUESSING[name]);
    expect(s.first - g.first, `first try: ${name} ${s.first}, guessing ${g.first}`).toBeLessThanOrEqual(tolerance(s.first, g.first, N));
    expect(s.within - g.within, `within ${block.maxAttempts} attempts: ${name} ${s.within}, guessing ${g.within}`).toBeLessThanOrEqual(tolerance(s.within, g.within, N));
  });

  it('the simulation can tell: an answer key that leaks through position would be caught', () => {
    // The same harness with a strategy that knows the key passes always; guessing almost never.
    const knowing: Strategy = (q) => (q.kind === 'ordering' ? q.items.map((i) => i.id) : q.options.filter((o) => o.correct).map((o) => o.id));
    const k = testRates(knowing);
    const g = testRates(GUESSING.first);
    expect(k.first).toBe(1);
    expect(k.first - g.first).toBeGreaterThan(tolerance(k.first, g.first, N));
  });
});

describe(`position strategies on the lesson questions (${N} learners each)`, () => {
  it.each(['first', 'last', 'first-two'] as const)('"%s" gets lesson questions right no more often than guessing', (name) => {
    const n = N * lessonQuestions.length;
    const rate = (strategy: Strategy) => runs.reduce((sum, run) => sum + lessonQuestions.filter((q) => answersRight(q, strategy, run)).length, 0) / n;
    const s = rate(STRATEGIES[name]);
    const g = rate(GUESSING[name]);
    expect(s - g, `${name} ${s}, guessing ${g}`).toBeLessThanOrEqual(tolerance(s, g, n));
  });
});

describe(`first and longest scenario choice (${N} learners each)`, () => {
  const scenarios = [...index.scenarios.values()];
  const goodRate = (strategy: (typeof CHOICE_STRATEGIES)[keyof typeof CHOICE_STRATEGIES]) =>
    runs.reduce((sum, run) => sum + scenarios.filter((s) => playScenario(s, strategy, run) === 'good').length, 0) / (N * scenarios.length);
  const guessing = goodRate(CHOICE_STRATEGIES.guess);

  it.each(['first', 'longest', 'longest-nn', 'longest-en'] as const)('always taking the "%s" choice reaches a good ending no more often than guessing', (name) => {
    const s = goodRate(CHOICE_STRATEGIES[name]);
    expect(s - guessing, `${name} ${s}, guessing ${guessing}`).toBeLessThanOrEqual(tolerance(s, guessing, N * scenarios.length));
  });
});
