import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startStatementsLrs } from '../../test/lrs/xapi-statements-process.ts';
import type { Course } from '../../course/schema/index.ts';
import type { Statement } from '../../src/tracking/xapi/types.ts';
import { loadValidCourse } from '../validate-course.ts';
import { learnerStatements, seeded, type LearnerPolicy } from './generate-learners.ts';

/**
 * `npm run bench:report [-- --learners=10000 --limit=1000 --lrs=stream|test]` (a benchmark,
 * not a test): statements of many simulated learners of the REAL course, made by the course's
 * own builders, served on loopback; `npm run report` reads them in its own process and this
 * prints its time and peak memory. Learners follow a seeded random policy (an ability per
 * learner), so runs are comparable.
 */
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const LEARNERS = arg('learners', 10_000);
const LIMIT = arg('limit', 1000);
const MODE = process.argv.find((a) => a.startsWith('--lrs='))?.split('=')[1] ?? 'stream';
const root = resolve(import.meta.dirname, '../..');

function policy(course: Course, i: number): LearnerPolicy {
  const random = seeded(i + 1);
  const ability = random();
  return {
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: `learner-${i}` } },
    registration: `00000000-0000-4000-8000-${i.toString().padStart(12, '0')}`,
    start: new Date(Date.UTC(2026, 0, 5) + (i % 120) * 86_400_000),
    answer(q) {
      const right = random() < 0.35 + 0.6 * ability;
      if (q.kind === 'ordering') return right ? q.items.map((x) => x.id) : [...q.items.map((x) => x.id)].reverse();
      const correct = q.options.filter((o) => o.correct).map((o) => o.id);
      const wrong = q.options.filter((o) => !o.correct).map((o) => o.id);
      return right || wrong.length === 0 ? correct : [wrong[Math.floor(random() * wrong.length)] ?? ''];
    },
    choose: (_s, node) => node.choices[Math.floor(random() * node.choices.length)]?.id ?? '',
    attempts: ability < 0.05 ? 0 : 3,
    finishLessons: ability >= 0.05,
    minutesPerAction: 0.5 + ability,
    random,
  };
}

/** Runs `npm run report` in its own process, so its peak memory is its own. */
async function runReport(endpoint: string, auth: string, out: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(root, 'packaging/report/report-cli.ts'), '--endpoint', endpoint, '--auth', auth, '--limit', String(LIMIT), '--out', out],
    { cwd: root, maxBuffer: 1 << 20 },
  );
  return stdout.split('\n')[0] ?? '';
}

/** --lrs=test: load everything into xapi-statements first (realistic, but its in-memory store slows down with size). */
async function viaTestLrs(course: Course, out: string): Promise<void> {
  const lrs = await startStatementsLrs();
  try {
    const loadStart = Date.now();
    let batch: Statement[] = [];
    let total = 0;
    const post = async () => {
      const res = await fetch(new URL('statements', lrs.endpoint), {
        method: 'POST',
        headers: { Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
        body: JSON.stringify(batch),
      });
      if (!res.ok) throw new Error(`LRS refused: ${res.status} ${await res.text()}`);
      total += batch.length;
      batch = [];
    };
    for (let i = 0; i < LEARNERS; i++) {
      batch.push(...learnerStatements(course, policy(course, i)));
      if (batch.length >= 2000) await post();
    }
    if (batch.length) await post();
    console.log(`Loaded ${total} statements for ${LEARNERS} learners into xapi-statements in ${((Date.now() - loadStart) / 1000).toFixed(0)} s.`);
    console.log(`Report: ${await runReport(lrs.endpoint, lrs.auth, out)}`);
  } finally {
    await lrs.stop();
  }
}

/**
 * --lrs=stream (default): a loopback LRS that answers GET statements (limit, more) by
 * generating each learner's statements when a page needs them, so 1 M statements need no
 * store. It measures the report, not an LRS.
 */
async function viaStreamingLrs(course: Course, out: string): Promise<void> {
  let cache: { learner: number; statements: Statement[] } | null = null;
  const statementsOf = (i: number) => {
    if (cache?.learner !== i) cache = { learner: i, statements: learnerStatements(course, policy(course, i)) };
    return cache.statements;
  };
  let served = 0;
  const pageAt = (cursor: string, limit: number): { page: Statement[]; more: string } => {
    let [learner, offset] = cursor.split(':').map(Number) as [number, number];
    const page: Statement[] = [];
    while (page.length < limit && learner < LEARNERS) {
      const list = statementsOf(learner);
      const take = list.slice(offset, offset + limit - page.length);
      page.push(...take);
      offset += take.length;
      if (offset >= list.length) {
        learner += 1;
        offset = 0;
      }
    }
    return { page, more: learner < LEARNERS ? `${learner}:${offset}` : '' };
  };
  // The next page is made while the report works on this one (an LRS answers from its store).
  let ahead: { cursor: string; body: string; more: string; count: number } | null = null;
  const make = (cursor: string, limit: number) => {
    const { page, more } = pageAt(cursor, limit);
    return { cursor, more, count: page.length, body: JSON.stringify({ statements: page, more: more ? `/xapi/statements?limit=${limit}&cursor=${more}` : '' }) };
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const limit = Number(url.searchParams.get('limit') ?? 500);
    const cursor = url.searchParams.get('cursor') ?? '0:0';
    const page = ahead?.cursor === cursor ? ahead : make(cursor, limit);
    served += page.count;
    res.writeHead(200, { 'content-type': 'application/json', 'X-Experience-API-Version': '1.0.3' }).end(page.body);
    ahead = null;
    if (page.more) setImmediate(() => (ahead = make(page.more, limit)));
  });
  // Making a page can take seconds on a busy machine; keep idle connections open meanwhile.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  try {
    console.log(`Report: ${await runReport(`http://127.0.0.1:${port}/xapi/`, 'Basic YmVuY2g6YmVuY2g=', out)}`);
    console.log(`(the loopback LRS generated and served ${served} statements for ${LEARNERS} learners)`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

async function main(): Promise<void> {
  const course = await loadValidCourse(root);
  const out = await mkdtemp(join(tmpdir(), 'bench-report-'));
  try {
    await (MODE === 'test' ? viaTestLrs(course, out) : viaStreamingLrs(course, out));
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
