import type { AssessmentBlock, Locale, Objective, Question, Scenario, SituationNode } from '../../../course/schema/index.ts';
import { drawAssessment, shuffle } from '../../../src/state/draw.ts';
import { choiceOrder, newSeed, seededRandom, shownOrder, type ShownIn } from '../../../src/state/order.ts';
import { isCorrect, scoreAttempt } from '../../../src/state/scoring.ts';

/**
 * Answer strategies that use only what a learner sees: the order on screen and the length of
 * the texts. Each gets the display order from the player's own order.ts for a simulated
 * learner, and answers with option ids, as the player records them.
 */
export type Strategy = (q: Question, shown: string[], random: () => number) => string[];

/** The learner reads one language (issue 13): "longest" is judged in the language shown. */
const textLength = (q: Question, id: string, locale: Locale): number => {
  const o = q.kind === 'ordering' ? q.items.find((i) => i.id === id) : q.options.find((x) => x.id === id);
  return o ? (o.text[locale] ?? o.text.nb).length : 0;
};
const longestFirst = (q: Question, shown: string[], locale: Locale) => [...shown].sort((a, b) => textLength(q, b, locale) - textLength(q, a, locale));

/** Picks `count` options by a rule; an ordering question is submitted in the order it starts in. */
const picking = (rule: (q: Question, shown: string[], random: () => number) => string[]): Strategy => (q, shown, random) => (q.kind === 'ordering' ? shown : rule(q, shown, random));

/** How many options a strategy picks for a choice question: one, or (first-two) two for "velg alle som passer". */
const count = (q: Question, two: boolean) => (two && q.kind === 'multiple' ? 2 : 1);

export const STRATEGIES = {
  first: picking((q, shown) => shown.slice(0, count(q, false))),
  last: picking((q, shown) => shown.slice(-count(q, false))),
  longest: picking((q, shown) => longestFirst(q, shown, 'nb').slice(0, count(q, false))),
  'longest-nn': picking((q, shown) => longestFirst(q, shown, 'nn').slice(0, count(q, false))),
  'longest-en': picking((q, shown) => longestFirst(q, shown, 'en').slice(0, count(q, false))),
  'first-two': picking((q, shown) => shown.slice(0, count(q, true))),
} satisfies Record<string, Strategy>;

/**
 * The baseline for each strategy: a learner who guesses, picking the same NUMBER of options
 * at random (and, for ordering, a random order). Comparing with the same number isolates
 * what position and length reveal from what the count of right options reveals.
 */
export const GUESSING = {
  first: (q, _shown, random) => guess(q, 1, random),
  last: (q, _shown, random) => guess(q, 1, random),
  longest: (q, _shown, random) => guess(q, 1, random),
  'longest-nn': (q, _shown, random) => guess(q, 1, random),
  'longest-en': (q, _shown, random) => guess(q, 1, random),
  'first-two': (q, _shown, random) => guess(q, q.kind === 'multiple' ? 2 : 1, random),
} satisfies Record<keyof typeof STRATEGIES, Strategy>;

function guess(q: Question, n: number, random: () => number): string[] {
  const ids = q.kind === 'ordering' ? q.items.map((i) => i.id) : q.options.map((o) => o.id);
  return q.kind === 'ordering' ? shuffle(ids, random) : shuffle(ids, random).slice(0, n);
}

export interface TestOutcome {
  passedFirst: boolean;
  passedWithin: boolean;
}

/**
 * One simulated learner taking the final test with a strategy, attempt after attempt until
 * passed or out of attempts: a fresh draw per attempt (draw.ts), the display order for that
 * attempt (order.ts), scored by scoring.ts against the mastery score.
 */
export function takeTest(block: AssessmentBlock, objectives: readonly Objective[], mastery: number, strategy: Strategy, run: number): TestOutcome {
  const seed = newSeed(seededRandom(run, 'learner'));
  const random = seededRandom(run, 'guesser');
  let previous: string[] = [];
  for (let attempt = 1; attempt <= block.maxAttempts; attempt += 1) {
    const draw = drawAssessment(block, objectives, seededRandom(run, `draw-${attempt}`), previous);
    const shownIn: ShownIn = { kind: 'assessment', attempt };
    const answers: Record<string, string[]> = {};
    for (const id of draw) {
      const q = block.bank.find((b) => b.id === id);
      if (!q) throw new Error(`drawn question ${id} not in the bank`);
      answers[id] = strategy(q, shownOrder(seed, q, shownIn), random);
    }
    const passed = scoreAttempt(block, { draw, answers }).score >= mastery;
    if (passed) return { passedFirst: attempt === 1, passedWithin: true };
    previous = draw;
  }
  return { passedFirst: false, passedWithin: false };
}

/** Does a simulated learner get a lesson question right with this strategy? */
export function answersRight(q: Question, strategy: Strategy, run: number): boolean {
  const seed = newSeed(seededRandom(run, 'learner'));
  return isCorrect(q, strategy(q, shownOrder(seed, q, { kind: 'lesson' }), seededRandom(run, `guess-${q.id}`)));
}

const longestChoice = (shown: SituationNode['choices'], locale: Locale) => [...shown].sort((a, b) => (b.text[locale] ?? b.text.nb).length - (a.text[locale] ?? a.text.nb).length)[0];

export type ChoiceStrategy = (node: SituationNode, shown: SituationNode['choices'], random: () => number) => SituationNode['choices'][number] | undefined;

export const CHOICE_STRATEGIES = {
  first: (_node, shown) => shown[0],
  longest: (_node, shown) => longestChoice(shown, 'nb'),
  'longest-nn': (_node, shown) => longestChoice(shown, 'nn'),
  'longest-en': (_node, shown) => longestChoice(shown, 'en'),
  guess: (_node, shown, random) => shown[Math.floor(random() * shown.length)],
} satisfies Record<string, ChoiceStrategy>;

/** Plays a scenario from its start with a strategy at every situation; returns the ending's outcome. */
export function playScenario(s: Scenario, strategy: ChoiceStrategy, run: number): 'good' | 'mixed' | 'poor' {
  const seed = newSeed(seededRandom(run, 'learner'));
  const random = seededRandom(run, `guess-${s.id}`);
  let node = s.nodes.find((n) => n.id === s.start);
  for (let guard = 0; node && guard < 100; guard += 1) {
    if (node.kind === 'ending') return node.outcome;
    const choice = strategy(node, choiceOrder(seed, s.id, node), random);
    node = s.nodes.find((n) => n.id === choice?.next);
  }
  throw new Error(`scenario ${s.id} did not reach an ending`);
}

/**
 * One-sided check that rate `a` is not above rate `b` beyond chance: the difference must stay
 * within z pooled binomial standard errors of two samples of n (z = 3.29: a 1-in-2000 chance
 * of a false alarm for a fair order). The pooled rate is floored at 3/n ("rule of three") so a
 * baseline of 0 still allows a few chance successes.
 */
export function tolerance(a: number, b: number, n: number, z = 3.29): number {
  const pooled = Math.max((a + b) / 2, 3 / n);
  return z * Math.sqrt((2 * pooled * (1 - pooled)) / n);
}
