import type { AssessmentBlock, Question } from '../../course/schema/index.ts';
import type { AttemptResult, CurrentAttempt } from './state.ts';

/** The correct response pattern: the correct option ids, or the item ids in order. */
export function correctResponse(q: Question): string[] {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return q.options.filter((o) => o.correct).map((o) => o.id);
    case 'ordering':
      return q.items.map((i) => i.id);
    default:
      return q satisfies never;
  }
}

export function isCorrect(q: Question, response: readonly string[]): boolean {
  const key = correctResponse(q);
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const chosen = new Set(response);
      return chosen.size === key.length && response.length === key.length && key.every((id) => chosen.has(id));
    }
    case 'ordering':
      return response.length === key.length && key.every((id, i) => response[i] === id);
    default:
      return q satisfies never;
  }
}

/** A response is acceptable if it only names the question's own options/items (and all items, for ordering). */
export function isValidResponse(q: Question, response: readonly string[]): boolean {
  switch (q.kind) {
    case 'single':
      return response.length === 1 && q.options.some((o) => o.id === response[0]);
    case 'multiple':
      return response.length >= 1 && new Set(response).size === response.length && response.every((id) => q.options.some((o) => o.id === id));
    case 'ordering':
      return response.length === q.items.length && q.items.every((i) => response.includes(i.id));
    default:
      return q satisfies never;
  }
}

const percent = (correct: number, total: number) => (total === 0 ? 0 : Math.round((correct / total) * 100));

/** Scores a submitted attempt: overall and per objective, as whole percents. */
export function scoreAttempt(block: AssessmentBlock, attempt: CurrentAttempt): AttemptResult {
  const byId = new Map(block.bank.map((q) => [q.id, q]));
  const tally = new Map<string, { right: number; total: number }>();
  let right = 0;
  for (const id of attempt.draw) {
    const q = byId.get(id);
    if (!q) continue;
    const ok = isCorrect(q, attempt.answers[id] ?? []);
    if (ok) right += 1;
    const key = q.objective ?? '';
    const t = tally.get(key) ?? { right: 0, total: 0 };
    t.total += 1;
    if (ok) t.right += 1;
    tally.set(key, t);
  }
  const byObjective: Record<string, number> = {};
  for (const [objective, t] of tally) if (objective) byObjective[objective] = percent(t.right, t.total);
  const answers = Object.fromEntries(attempt.draw.flatMap((id) => (attempt.answers[id] ? [[id, [...attempt.answers[id]]]] : [])));
  return { score: percent(right, attempt.draw.length), byObjective, draw: [...attempt.draw], answers };
}
