import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question, SituationNode } from '../../../course/schema/index.ts';
import { learnerStatements, type LearnerPolicy } from '../../../packaging/report/generate-learners.ts';
import type { ReportModel } from '../../../packaging/report/report-model.ts';
import { writeReport } from '../../../packaging/report/report.ts';
import type { Statement } from '../../../src/tracking/xapi/types.ts';
import { sampleCourse } from '../../fixtures/sample-course.ts';
import { startStatementsLrs, type StatementsLrs } from '../../lrs/xapi-statements-process.ts';
import { htmlProblems } from '../guide/html-check.ts';

/**
 * Known data → known figures. 40 learners of the sample course, each following fixed rules,
 * their statements made by the course's own builders and stored in Learning Locker's
 * xapi-statements; the report reads them back page by page. Every expected figure below is
 * counted straight from the rules, not with the report's code.
 */
const course = sampleCourse();
const N = 40;
const dropsOut = (i: number) => i % 10 === 9; // starts, sees nothing, takes no test
const firstDraw = ['ta-1', 'ta-2', 'tb-1', 'tb-2']; // drawAssessment with random() ≈ 1 keeps the bank order
const secondDraw = ['ta-3', 'ta-1', 'tb-1', 'tb-2']; // unseen questions first
const right = (i: number, q: string, attempt: number): boolean => {
  if (q === 'tb-2') return true;
  if (q === 'tb-1') return i % 2 === 0;
  if (q === 'ta-1') return attempt === 2 || i % 4 !== 3;
  if (q === 'ta-2') return i % 3 !== 0;
  return i % 5 !== 0; // ta-3
};
const uuid = (i: number) => `00000000-0000-4000-8000-${i.toString().padStart(12, '0')}`;

function policy(i: number): LearnerPolicy {
  return {
    actor: { objectType: 'Agent', name: `Deltaker ${i}`, account: { homePage: 'https://lms.example', name: `l${i}` } },
    registration: uuid(i),
    start: new Date(Date.UTC(2026, 2, 2 + (i % 4), 9)),
    answer(q: Question, attempt: number | null) {
      if (attempt === null) {
        if (q.id === 'qa-1') return [i % 2 === 0 ? 'x' : 'y'];
        if (q.id === 'qa-2') return ['x', 'y'];
        return i % 3 === 0 ? ['i1', 'i2', 'i3'] : ['i2', 'i1', 'i3'];
      }
      const ok = right(i, q.id, attempt);
      if (q.kind === 'multiple') return ok ? ['r', 's'] : ['w'];
      return [ok ? 'r' : 'w'];
    },
    choose(_s: string, node: SituationNode) {
      if (node.id === 'n1') return i % 4 === 0 ? 'c2' : 'c1';
      return i % 2 === 0 ? 'c3' : 'c4';
    },
    attempts: dropsOut(i) ? 0 : 2,
    finishLessons: !dropsOut(i),
    minutesPerAction: 1 + (i % 3),
    random: () => 0.999,
  };
}

/** What each learner's attempts come to, by the rules above. */
function attemptsOf(i: number): { draw: string[]; score: number }[] {
  const out: { draw: string[]; score: number }[] = [];
  for (const [n, draw] of [firstDraw, secondDraw].entries()) {
    if (dropsOut(i)) break;
    const score = Math.round((draw.filter((q) => right(i, q, n + 1)).length / draw.length) * 100);
    out.push({ draw, score });
    if (score >= 80) break;
  }
  return out;
}

/** Plain Pearson correlation of (0/1, score) pairs: the point-biserial by its definition. */
function pearson(pairs: [number, number][]): number {
  const n = pairs.length;
  const mx = pairs.reduce((s, p) => s + p[0], 0) / n;
  const my = pairs.reduce((s, p) => s + p[1], 0) / n;
  const cov = pairs.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0);
  const vx = pairs.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  const vy = pairs.reduce((s, p) => s + (p[1] - my) ** 2, 0);
  return cov / Math.sqrt(vx * vy);
}

let lrs: StatementsLrs;
let dir: string;
let generated: Statement[];
let model: ReportModel;
let files: string[];
let pages = 0;
const countingFetch: typeof fetch = (input, init) => {
  pages += 1;
  return fetch(input, init);
};

beforeAll(async () => {
  lrs = await startStatementsLrs();
  dir = await mkdtemp(join(tmpdir(), 'report-'));
  generated = Array.from({ length: N }, (_, i) => learnerStatements(course, policy(i))).flat();
  for (let k = 0; k < generated.length; k += 500) {
    const res = await fetch(new URL('statements', lrs.endpoint), {
      method: 'POST',
      headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
      body: JSON.stringify(generated.slice(k, k + 500)),
    });
    if (!res.ok) throw new Error(`LRS refused statements: ${res.status} ${await res.text()}`);
  }
  ({ model, files } = await writeReport(course, { endpoint: lrs.endpoint, auth: lrs.auth, limit: 100, outDir: dir, fetch: countingFetch, now: new Date('2026-04-01T12:00:00Z') }));
}, 120_000);
afterAll(async () => {
  await lrs.stop();
  await rm(dir, { recursive: true, force: true });
});

const learners = Array.from({ length: N }, (_, i) => i);

describe('npm run report: known statements in a real LRS give known figures', () => {
  it('reads every statement, page by page (following more)', () => {
    expect(model.statements).toBe(generated.length);
    expect(model.ignored).toBe(0);
    expect(pages).toBe(Math.ceil(generated.length / 100) + (generated.length % 100 === 0 ? 1 : 0));
  });

  it('learners started / completed / passed / failed', () => {
    const passed = learners.filter((i) => attemptsOf(i).some((a) => a.score >= 80));
    expect(model.learners).toEqual({
      total: N,
      started: N,
      completed: learners.filter((i) => !dropsOut(i)).length,
      passed: passed.length,
      failed: learners.filter((i) => !dropsOut(i) && !passed.includes(i)).length,
    });
    const last = model.overTime.rows.at(-1);
    expect(last).toEqual({ date: '2026-03-05', started: N, completed: model.learners.completed, passed: passed.length, failed: model.learners.failed });
    expect(model.overTime.rows.map((r) => r.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(model.overTime.rows[0]?.started).toBe(learners.filter((i) => i % 4 === 0).length);
  });

  it('item analysis: share correct, point-biserial against the attempt score, option frequencies', () => {
    for (const q of ['ta-1', 'ta-2', 'ta-3', 'tb-1']) {
      const pairs: [number, number][] = learners.flatMap((i) => attemptsOf(i).flatMap((a, n) => (a.draw.includes(q) ? [[right(i, q, n + 1) ? 1 : 0, a.score] as [number, number]] : [])));
      const item = model.items.find((x) => x.id === q);
      expect(item?.answers, q).toBe(pairs.length);
      expect(item?.shareCorrect, q).toBeCloseTo(pairs.filter((p) => p[0] === 1).length / pairs.length, 10);
      expect(item?.discrimination, q).toBeCloseTo(pearson(pairs), 10);
    }
    // Everyone gets tb-2 right: discrimination is undefined, not a number.
    expect(model.items.find((x) => x.id === 'tb-2')?.discrimination).toBeNull();
    const qa1 = model.items.find((x) => x.id === 'qa-1');
    const takers = learners.filter((i) => !dropsOut(i));
    expect(qa1?.options.map((o) => [o.id, o.correct, o.count])).toEqual([
      ['x', true, takers.filter((i) => i % 2 === 0).length],
      ['y', false, takers.filter((i) => i % 2 !== 0).length],
      ['z', false, 0],
    ]);
    expect(model.items.find((x) => x.id === 'qa-3')?.orders).toEqual([
      { order: 'i2 → i1 → i3', count: takers.filter((i) => i % 3 !== 0).length },
      { order: 'i1 → i2 → i3', count: takers.filter((i) => i % 3 === 0).length },
    ]);
  });

  it('results per expectation: each learner\'s best score, as a distribution', () => {
    const best = (obj: 'obj-a' | 'obj-b', i: number) =>
      Math.max(...attemptsOf(i).map((a, n) => {
        const qs = a.draw.filter((q) => q.startsWith(obj === 'obj-a' ? 'ta' : 'tb'));
        return Math.round((qs.filter((q) => right(i, q, n + 1)).length / qs.length) * 100);
      }));
    for (const obj of ['obj-a', 'obj-b'] as const) {
      const scores = learners.filter((i) => !dropsOut(i)).map((i) => best(obj, i));
      const e = model.expectations.find((x) => x.id === obj);
      expect(e?.n).toBe(scores.length);
      expect(e?.bins[5]).toBe(scores.filter((s) => s === 50).length);
      expect(e?.bins[9]).toBe(scores.filter((s) => s === 100).length);
      expect(e?.bins[0]).toBe(scores.filter((s) => s === 0).length);
      expect(e?.atMastery).toBe(scores.filter((s) => s >= 80).length);
    }
  });

  it('scenario paths: choices per decision and endings reached', () => {
    const takers = learners.filter((i) => !dropsOut(i));
    const s = model.scenarios.find((x) => x.id === 'sc-a');
    const n1 = s?.decisions.find((d) => d.node === 'n1')?.choices.map((c) => [c.id, c.count]);
    expect(n1).toEqual([['c1', takers.filter((i) => i % 4 !== 0).length], ['c2', takers.filter((i) => i % 4 === 0).length]]);
    const n2 = s?.decisions.find((d) => d.node === 'n2')?.choices.map((c) => [c.id, c.count]);
    const reachN2 = takers.filter((i) => i % 4 !== 0);
    expect(n2).toEqual([['c3', reachN2.filter((i) => i % 2 === 0).length], ['c4', reachN2.filter((i) => i % 2 !== 0).length]]);
    expect(s?.endings.map((e) => [e.id, e.count])).toEqual([['end-good', reachN2.filter((i) => i % 2 === 0).length], ['end-bad', takers.length - reachN2.filter((i) => i % 2 === 0).length]]);
  });

  it('time on course and attempts', () => {
    const minutes = learners.map((i) => {
      const own = generated.filter((s) => s.actor.account?.name === `l${i}`);
      return (Date.parse(own.at(-1)?.timestamp ?? '') - Date.parse(own[0]?.timestamp ?? '')) / 60_000;
    });
    const sorted = [...minutes].filter((m) => m > 0).sort((a, b) => a - b);
    expect(model.time.learners).toBe(sorted.length);
    expect(model.time.bins.reduce((n, b) => n + b.count, 0)).toBe(sorted.length);
    expect(model.time.median).toBeCloseTo(((sorted[sorted.length / 2 - 1] ?? 0) + (sorted[sorted.length / 2] ?? 0)) / 2, 5);
    const attempts = learners.map((i) => attemptsOf(i).length);
    expect(model.attempts.map((a) => a.count)).toEqual([0, 1, 2, 3].map((n) => attempts.filter((a) => a === n).length).concat([0]));
  });

  it('writes one self-contained HTML file (inline SVG, no scripts, no remote loads) and the CSVs', async () => {
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['forventninger.csv', 'over-tid.csv', 'rapport.html', 'scenarioer.csv', 'sporsmal.csv']);
    const html = await readFile(join(dir, 'rapport.html'), 'utf8');
    expect(htmlProblems(html)).toEqual([]);
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html.match(/<svg role="img"/g)?.length).toBeGreaterThan(5);
    expect(html).toContain(`<div><b>${N}</b>deltakere</div>`);
    const items = await readFile(join(dir, 'sporsmal.csv'), 'utf8');
    expect(items.split('\r\n')[0]).toBe('question,where,answers,share_correct,point_biserial,option,option_correct,option_count');
    expect(items).toContain(`qa-1,leksjon,${model.items.find((x) => x.id === 'qa-1')?.answers ?? -1},`);
  });

  it('--registration and --since/--until narrow what the LRS returns', async () => {
    const one = await writeReport(course, { endpoint: lrs.endpoint, auth: lrs.auth, registration: uuid(5), outDir: join(dir, 'one') });
    expect(one.model.learners.total).toBe(1);
    expect(one.model.statements).toBe(generated.filter((s) => s.context?.registration === uuid(5)).length);
    const none = await writeReport(course, { endpoint: lrs.endpoint, auth: lrs.auth, since: '2999-01-01T00:00:00Z', outDir: join(dir, 'none') });
    expect(none.model.statements).toBe(0);
    const until = await writeReport(course, { endpoint: lrs.endpoint, auth: lrs.auth, until: '2000-01-01T00:00:00Z', outDir: join(dir, 'until') });
    expect(until.model.statements).toBe(0);
  });

  it('a dropped connection or a 503 is retried; the report is the same', async () => {
    let calls = 0;
    const flaky: typeof fetch = (input, init) => {
      calls += 1;
      if (calls === 2) return Promise.reject(new TypeError('fetch failed'));
      if (calls === 4) return Promise.resolve(new Response('busy', { status: 503 }));
      return fetch(input, init);
    };
    const again = await writeReport(course, { endpoint: lrs.endpoint, auth: lrs.auth, limit: 100, outDir: join(dir, 'again'), fetch: flaky, retryDelayMs: () => 1 });
    expect(again.model.statements).toBe(generated.length);
    expect(again.model.learners).toEqual(model.learners);
    const down: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    await expect(writeReport(course, { endpoint: lrs.endpoint, auth: lrs.auth, outDir: join(dir, 'down'), fetch: down, retryDelayMs: () => 1 })).rejects.toThrow(/could not be reached .* after 4 tries/);
  });

  it('a refused request is a clear error, not an empty report', async () => {
    const deny: typeof fetch = () => Promise.resolve(new Response('nope', { status: 401, statusText: 'Unauthorized' }));
    await expect(writeReport(course, { endpoint: lrs.endpoint, auth: 'Basic x', outDir: join(dir, 'deny'), fetch: deny })).rejects.toThrow(/401 Unauthorized/);
  });
});
