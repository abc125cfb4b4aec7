import type { Course } from '../../course/schema/index.ts';
import { correctResponse } from '../../src/state/scoring.ts';
import { indexCourse } from '../../src/state/course-index.ts';
import type { Aggregate } from './aggregate.ts';
import { bins10, pointBiserial, quantile } from './stats.ts';

/** What the report shows, computed once from the aggregate and the course (for names). */
export interface ReportModel {
  course: { title: string; version: string; id: string };
  filter: string;
  generated: string;
  /** Where the figures came from, for the report's first line (default: an LRS's statements). */
  source?: { from: string; unit: string; note?: string };
  statements: number;
  ignored: number;
  learners: { total: number; started: number; completed: number; passed: number; failed: number };
  overTime: { unit: 'dag' | 'uke'; rows: { date: string; started: number; completed: number; passed: number; failed: number }[] };
  expectations: { id: string; title: string; n: number; mean: number | null; median: number | null; atMastery: number; bins: number[] }[];
  items: {
    id: string;
    prompt: string;
    where: 'test' | 'leksjon';
    kind: string;
    answers: number;
    shareCorrect: number | null;
    discrimination: number | null;
    pairs: number;
    options: { id: string; text: string; correct: boolean; count: number }[];
    orders: { order: string; count: number }[];
  }[];
  scenarios: { id: string; title: string; decisions: { node: string; total: number; choices: { id: string; text: string; rating: string; count: number }[] }[]; endings: { id: string; title: string; outcome: string; count: number }[] }[];
  time: { learners: number; q1: number | null; median: number | null; q3: number | null; bins: { label: string; count: number }[] };
  attempts: { label: string; count: number }[];
  mastery: number;
}

const day = (ts: string) => ts.slice(0, 10);
/** Monday of the ISO week of a YYYY-MM-DD date. */
function weekOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function overTime(agg: Aggregate): ReportModel['overTime'] {
  const kinds = ['started', 'completed', 'passed', 'failed'] as const;
  const events: { date: string; kind: (typeof kinds)[number] }[] = [];
  for (const l of agg.learners.values()) {
    if (l.started) events.push({ date: day(l.started), kind: 'started' });
    if (l.completed) events.push({ date: day(l.completed), kind: 'completed' });
    if (l.passed) events.push({ date: day(l.passed), kind: 'passed' });
    if (l.failed && !l.passed) events.push({ date: day(l.failed), kind: 'failed' });
  }
  const dates = events.map((e) => e.date).sort();
  const first = dates[0];
  const last = dates.at(-1);
  const unit = first && last && (Date.parse(last) - Date.parse(first)) / 86_400_000 > 90 ? 'uke' : 'dag';
  const bucket = (d: string) => (unit === 'uke' ? weekOf(d) : d);
  const per = new Map<string, Record<(typeof kinds)[number], number>>();
  for (const e of events) {
    const row = per.get(bucket(e.date)) ?? { started: 0, completed: 0, passed: 0, failed: 0 };
    row[e.kind] += 1;
    per.set(bucket(e.date), row);
  }
  // Cumulative: how many learners had reached each state by that date.
  const running = { started: 0, completed: 0, passed: 0, failed: 0 };
  const rows = [...per.keys()].sort().map((date) => {
    const r = per.get(date) ?? running;
    for (const k of kinds) running[k] += r[k];
    return { date, ...running };
  });
  return { unit, rows };
}

export function reportModel(course: Course, agg: Aggregate, o: { filter: string; generated: string; source?: ReportModel['source'] }): ReportModel {
  const index = indexCourse(course);
  const mastery = course.meta.masteryScore;
  const learners = [...agg.learners.values()];
  const bank = new Set(index.assessment?.bank.map((q) => q.id) ?? []);
  const items: ReportModel['items'] = [...index.questions.values()].map((q) => {
    const f = agg.questions.get(q.id);
    const correct = new Set(correctResponse(q));
    const universe = q.kind === 'ordering' ? q.items.map((i) => ({ id: i.id, text: i.text.nb })) : q.options.map((x) => ({ id: x.id, text: x.text.nb }));
    return {
      id: q.id,
      prompt: q.prompt.nb,
      where: bank.has(q.id) ? 'test' : 'leksjon',
      kind: q.kind,
      answers: f?.answers ?? 0,
      shareCorrect: f && f.answers ? f.correct / f.answers : null,
      discrimination: f ? pointBiserial(f.scores) : null,
      pairs: f ? f.scores.n0 + f.scores.n1 : 0,
      options: q.kind === 'ordering' ? [] : universe.map((u) => ({ ...u, correct: correct.has(u.id), count: f?.options.get(u.id) ?? 0 })),
      orders: q.kind === 'ordering' ? [...(f?.orders ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([order, count]) => ({ order, count })) : [],
    };
  });
  const scenarios: ReportModel['scenarios'] = [...index.scenarios.values()].map((s) => ({
    id: s.id,
    title: s.title.nb,
    decisions: s.nodes.flatMap((n) => {
      if (n.kind !== 'situation') return [];
      const counts = agg.decisions.get(s.id)?.get(n.id);
      const choices = n.choices.map((c) => ({ id: c.id, text: c.text.nb, rating: c.rating, count: counts?.get(c.id) ?? 0 }));
      return [{ node: n.id, total: choices.reduce((t, c) => t + c.count, 0), choices }];
    }),
    endings: s.nodes.flatMap((n) => (n.kind === 'ending' ? [{ id: n.id, title: n.title.nb, outcome: n.outcome, count: agg.endings.get(s.id)?.get(n.id) ?? 0 }] : [])),
  }));
  const minutes = learners.filter((l) => l.sessionMs > 0).map((l) => l.sessionMs / 60_000).sort((a, b) => a - b);
  const timeBins = Array.from({ length: 13 }, (_, i) => ({ label: i < 12 ? `${i * 10}–${i * 10 + 10}` : '120+', count: 0 }));
  for (const m of minutes) {
    const bin = timeBins[Math.min(12, Math.floor(m / 10))];
    if (bin) bin.count += 1;
  }
  const attempts = [0, 1, 2, 3, 4].map((n) => ({ label: n === 4 ? '4+' : String(n), count: learners.filter((l) => (n === 4 ? l.attempts >= 4 : l.attempts === n)).length }));
  return {
    course: { title: course.meta.title.nb, version: course.meta.version, id: course.meta.id },
    filter: o.filter,
    ...(o.source ? { source: o.source } : {}),
    generated: o.generated,
    statements: agg.statements,
    ignored: agg.ignored,
    learners: {
      total: learners.length,
      started: learners.filter((l) => l.started).length,
      completed: learners.filter((l) => l.completed).length,
      passed: learners.filter((l) => l.passed).length,
      failed: learners.filter((l) => l.failed && !l.passed).length,
    },
    overTime: overTime(agg),
    expectations: course.meta.objectives.map((o) => {
      const scores = learners.flatMap((l) => (l.objectives.has(o.id) ? [l.objectives.get(o.id) ?? 0] : [])).sort((a, b) => a - b);
      return {
        id: o.id,
        title: o.title.nb,
        n: scores.length,
        mean: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
        median: quantile(scores, 0.5),
        atMastery: scores.filter((s) => s >= mastery).length,
        bins: bins10(scores),
      };
    }),
    items,
    scenarios,
    time: { learners: minutes.length, q1: quantile(minutes, 0.25), median: quantile(minutes, 0.5), q3: quantile(minutes, 0.75), bins: timeBins },
    attempts,
    mastery,
  };
}
