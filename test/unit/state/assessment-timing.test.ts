import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/state/actions.ts';
import { fullRun, run, sampleIndex } from './helpers.ts';

const index = sampleIndex();

describe('final test: each answer has its own time (issue 8, item 5)', () => {
  it('submit-attempt carries per-question timestamps and latencies into the answered events', () => {
    const actions = fullRun(true);
    const submit = actions.at(-1);
    if (submit?.type !== 'submit-attempt') throw new Error('fixture');
    const t0 = Date.parse('2026-11-27T12:00:00Z');
    const answered = { 'ta-1': { at: t0 + 4_000, latencyMs: 4_000 }, 'ta-3': { at: t0 + 19_000, latencyMs: 15_000 }, 'tb-1': { at: t0 + 21_500, latencyMs: 2_500 }, 'tb-2': { at: t0 + 40_000, latencyMs: 18_500 } };
    const { events } = run(index, [...actions.slice(0, -1), { ...submit, answered } satisfies Action]);
    const test = events.filter((e) => e.type === 'question-answered' && e.context.kind === 'assessment');
    expect(test.map((e) => (e.type === 'question-answered' ? [e.question.id, e.latencyMs, e.at.getTime()] : null))).toEqual(
      Object.entries(answered).map(([id, a]) => [id, a.latencyMs, a.at]),
    );
  });

  it('a question without its own timing (answered before a reload) shares the attempt time', () => {
    const { events } = run(index, fullRun(true));
    const test = events.filter((e) => e.type === 'question-answered' && e.context.kind === 'assessment');
    expect(test.map((e) => (e.type === 'question-answered' ? e.latencyMs : 0))).toEqual([15_000, 15_000, 15_000, 15_000]);
  });
});
