import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Question } from '../../../course/schema/index.ts';
import { readMoodleExport, MOODLE_SOURCE } from '../../../packaging/report/moodle-interactions.ts';
import { moodleDate, records } from '../../../packaging/report/moodle-export.ts';
import { reportModel, type ReportModel } from '../../../packaging/report/report-model.ts';
import { writeOutputs } from '../../../packaging/report/report.ts';
import { indexCourse } from '../../../src/state/course-index.ts';
import type { TrackingEvent } from '../../../src/state/events.ts';
import { createScorm12Tracker } from '../../../src/tracking/scorm/scorm12.ts';
import { createScorm2004Tracker } from '../../../src/tracking/scorm/scorm2004.ts';
import { sampleCourse } from '../../fixtures/sample-course.ts';
import { htmlProblems } from '../guide/html-check.ts';
import { fakeScormApi } from '../tracking/scorm/fake-scorm-api.ts';
import { context, snap } from '../tracking/scorm/tracker-harness.ts';

/**
 * Known learners → Moodle's Interactions report download → known figures. Each learner's
 * answers and decisions of each Moodle attempt are recorded by the real SCORM 1.2 / 2004
 * tracker against the fake LMS API (a fresh data model per attempt, as Moodle gives), and
 * what the tracker stored in cmi.interactions.n.* is laid out the way report.php writes its
 * "CSV" download:
 * tab-separated, PHP fputcsv quoting, Name, Email address, Attempt, Started, Last accessed
 * on, Score, the SCO's column ("raw" score), then Question/Response/Right answer/Result i.
 * Every expected figure below is counted from the rules, not with the report's code.
 */
/**
 * The sample course with hyphens in option and choice ids (as the real course has), so SCORM
 * 2004's hyphen → underscore coding is exercised: option "r" becomes "svar-r", choice "c1" "valg-c1".
 */
const O = (id: string) => `svar-${id}`;
const C = (id: string) => `valg-${id}`;
const course = JSON.parse(
  JSON.stringify(sampleCourse())
    .replace(/"id":"([rswxyz])"/g, '"id":"svar-$1"')
    .replace(/"id":"(c[1-4])"/g, '"id":"valg-$1"'),
) as ReturnType<typeof sampleCourse>;
const index = indexCourse(course);
const q = (id: string): Question => {
  const found = index.questions.get(id);
  if (!found) throw new Error(id);
  return found;
};
function sc() {
  const found = index.scenarios.get('sc-a');
  if (!found) throw new Error('sc-a');
  return found;
}
const scenario = sc();
const node = (id: string) => {
  const n = scenario.nodes.find((x) => x.id === id);
  if (n?.kind !== 'situation') throw new Error(id);
  return n;
};
const choice = (n: ReturnType<typeof node>, id: string) => {
  const c = n.choices.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
};

const N = 12;
const neverStarts = (i: number) => i % 6 === 5;
const secondAttempt = (i: number) => i % 4 === 0;
const TEST = ['ta-1', 'ta-2', 'tb-1', 'tb-2'];
const right = (i: number, id: string, attempt: number): boolean => {
  if (attempt === 2) return true;
  if (id === 'tb-2') return true;
  if (id === 'tb-1') return i % 2 === 0;
  if (id === 'ta-1') return i % 3 !== 0;
  return i % 4 !== 3; // ta-2
};
const answer = (question: Question, ok: boolean): string[] => (ok ? [O('r')] : question.kind === 'single' || question.kind === 'multiple' ? [O('w')] : []);

/** One Moodle attempt's interactions, as TrackingEvents the course would raise. */
function events(i: number, attempt: number): TrackingEvent[] {
  const at = new Date(Date.UTC(2026, 2, 2 + (i % 3), 9));
  const base = { lessonId: 'lesson-a', latencyMs: 4000, at };
  const out: TrackingEvent[] = [];
  if (attempt === 1) {
    out.push({ type: 'question-answered', ...base, question: q('qa-1'), response: [O(i % 3 === 0 ? 'y' : 'x')], correct: i % 3 !== 0, context: { kind: 'lesson' } });
    out.push({ type: 'question-answered', ...base, question: q('qa-3'), response: i % 2 ? ['i1', 'i2', 'i3'] : ['i2', 'i1', 'i3'], correct: i % 2 === 1, context: { kind: 'lesson' } });
    const n1 = node('n1');
    const first = C(i % 2 === 0 ? 'c1' : 'c2');
    out.push({ type: 'scenario-decision', ...base, scenario, node: n1, choice: choice(n1, first), step: 1 });
    if (first === C('c1')) {
      const n2 = node('n2');
      out.push({ type: 'scenario-decision', ...base, scenario, node: n2, choice: choice(n2, C(i % 4 === 0 ? 'c3' : 'c4')), step: 2 });
    }
  }
  for (const id of TEST) {
    const ok = right(i, id, attempt);
    out.push({ type: 'question-answered', ...base, question: q(id), response: answer(q(id), ok), correct: ok, context: { kind: 'assessment', attempt } });
  }
  return out;
}
const scoreOf = (i: number, attempt: number) => (100 * TEST.filter((id) => right(i, id, attempt)).length) / TEST.length;

/** PHP fputcsv: a field with the delimiter, a quote, a space or a line break is enclosed, quotes doubled. */
const field = (v: string) => (/[\t" \n\r\\]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** Moodle's s(): htmlspecialchars. */
const s = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#039;');

type Version = '1.2' | '2004';
interface FileOptions {
  version: Version;
  labels: [string, string, string, string];
  date: (d: Date) => string;
  /** SCORM 2004 writes learner_response, which report.php does not read (see the README): false leaves the column empty. */
  responses: boolean;
}

/** One Moodle attempt: the real tracker records the events into a fake LMS; its data model is what Moodle stores. */
async function trackedAttempt(version: Version, evts: TrackingEvent[]): Promise<Map<string, string>> {
  const fake = fakeScormApi({ version });
  const tracker = version === '1.2' ? createScorm12Tracker(context(), { api: fake.api }) : createScorm2004Tracker(context(), { api: fake.api });
  await tracker.start();
  tracker.record(evts, snap());
  await vi.advanceTimersByTimeAsync(10_000);
  return new Map([...fake.store].map(([k, v]) => [k, String(v)]));
}

async function exportFile(o: FileOptions): Promise<string> {
  const rows: string[][] = [];
  let width = 0;
  for (let i = 0; i < N; i++) {
    const who = [`Deltaker ${i} O'Neil`, `d${i}@etat.example`];
    if (neverStarts(i)) {
      rows.push([...who, '-', '-', '-', '-', 'Not attempted']);
      continue;
    }
    for (const attempt of secondAttempt(i) ? [1, 2] : [1]) {
      const model = await trackedAttempt(o.version, events(i, attempt));
      const cells: string[] = [];
      for (let n = 0; model.has(`cmi.interactions.${n}.id`); n++) {
        const p = `cmi.interactions.${n}`;
        const patterns = [...model].filter(([k]) => k.startsWith(`${p}.correct_responses.`)).map(([, v]) => s(v));
        const response = model.get(`${p}.student_response`) ?? model.get(`${p}.learner_response`) ?? '';
        cells.push(s(model.get(`${p}.id`) ?? ''), o.responses ? s(response) : '', patterns.join(','), s(model.get(`${p}.result`) ?? ''));
      }
      if (cells.length === 0) throw new Error('the tracker stored no interactions');
      // A reflection id the report does not know (as with trackReflectionText) is skipped.
      cells.push('ref-a', 'Tekst med\ttab og "sitat"', '', 'neutral');
      width = Math.max(width, cells.length / 4);
      const day = new Date(Date.UTC(2026, 2, 2 + (i % 3), 9 + attempt));
      rows.push([...who, String(attempt), o.date(day), o.date(day), String(scoreOf(i, attempt)), String(scoreOf(i, attempt)), ...cells]);
    }
  }
  const header = ['Name', 'Email address', 'Attempt', 'Started', 'Last accessed on', 'Score', 'God ledelse i staten 1'];
  for (let n = 0; n < width; n++) header.push(...o.labels.map((l) => `${l} ${n}`));
  const lines = [header, ...rows.map((r) => [...r, ...Array<string>(header.length - r.length).fill('')])];
  return lines.map((r) => r.map(field).join('\t')).join('\n') + '\n';
}

const english = (d: Date) => `${d.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })}, ${d.getUTCDate()} ${d.toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' })} ${d.getUTCFullYear()}, ${d.getUTCHours()}:00 AM`;
const norsk = (d: Date) => `mandag, ${d.getUTCDate()}. mars ${d.getUTCFullYear()}, ${d.getUTCHours()}:00`;

// Figures from the rules.
const started = [...Array(N).keys()].filter((i) => !neverStarts(i));
const passers = started.filter((i) => secondAttempt(i) || scoreOf(i, 1) >= course.meta.masteryScore);
const objB = started.map((i) => {
  const per = (a: number) => (100 * ['tb-1', 'tb-2'].filter((id) => right(i, id, a)).length) / 2;
  return secondAttempt(i) ? Math.max(per(1), per(2)) : per(1);
});
const ta1Answers = started.length + started.filter(secondAttempt).length;
const ta1Right = started.filter((i) => i % 3 !== 0).length + started.filter(secondAttempt).length;

let dir = '';
const EN: FileOptions['labels'] = ['Question', 'Response', 'Right answer', 'Result'];
const files = { v12: '', v2004: '', v2004NoResponses: '' };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'moodle-export-'));
  vi.useFakeTimers();
  try {
    files.v12 = await exportFile({ version: '1.2', labels: EN, date: english, responses: true });
    files.v2004 = await exportFile({ version: '2004', labels: ['Spørsmål', 'Svar', 'Riktig svar', 'Resultat'], date: norsk, responses: true });
    files.v2004NoResponses = await exportFile({ version: '2004', labels: EN, date: english, responses: false });
  } finally {
    vi.useRealTimers();
  }
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function modelOf(name: string, text: string): Promise<ReportModel> {
  const path = join(dir, name);
  await writeFile(path, text);
  return reportModel(course, await readMoodleExport(course, path), { filter: name, generated: 'x', source: MOODLE_SOURCE });
}

function expectKnownFigures(m: ReportModel, withResponses: boolean) {
  expect(m.learners).toEqual({ total: started.length, started: started.length, completed: passers.length, passed: passers.length, failed: started.length - passers.length });
  expect(m.statements).toBe(N + started.filter(secondAttempt).length);
  const ta1 = m.items.find((x) => x.id === 'ta-1');
  expect(ta1?.answers).toBe(ta1Answers);
  expect(ta1?.shareCorrect).toBeCloseTo(ta1Right / ta1Answers, 10);
  expect(ta1?.pairs).toBe(ta1Answers);
  const qa1 = m.items.find((x) => x.id === 'qa-1');
  expect(qa1?.shareCorrect).toBeCloseTo(started.filter((i) => i % 3 !== 0).length / started.length, 10);
  const b = m.expectations.find((e) => e.id === 'obj-b');
  expect(b?.n).toBe(started.length);
  expect(b?.mean).toBeCloseTo(objB.reduce((a, x) => a + x, 0) / objB.length, 10);
  expect(m.attempts.find((a) => a.label === '2')?.count).toBe(started.filter(secondAttempt).length);
  if (withResponses) {
    expect(qa1?.options.find((o) => o.id === O('y'))?.count).toBe(started.filter((i) => i % 3 === 0).length);
    expect(m.items.find((x) => x.id === 'qa-3')?.orders).toContainEqual({ order: 'i2 → i1 → i3', count: started.filter((i) => i % 2 === 0).length });
    const n1 = m.scenarios[0]?.decisions.find((d) => d.node === 'n1');
    expect(n1?.choices.find((c) => c.id === C('c2'))?.count).toBe(started.filter((i) => i % 2 === 1).length);
    const n2 = m.scenarios[0]?.decisions.find((d) => d.node === 'n2');
    expect(n2?.choices.find((c) => c.id === C('c3'))?.count).toBe(started.filter((i) => i % 4 === 0).length);
  } else {
    expect(qa1?.options.every((o) => o.count === 0)).toBe(true);
  }
  expect(m.overTime.rows[0]?.date).toBe('2026-03-02');
}

describe('Moodle SCORM interactions export', () => {
  it('SCORM 1.2 package, English headers: position-coded responses give the known figures', async () => {
    const m = await modelOf('scorm12.txt', files.v12);
    expectKnownFigures(m, true);
  });

  it('SCORM 2004 package, headers in another language (by position): underscore-coded responses give the same figures', async () => {
    const m = await modelOf('scorm2004.txt', files.v2004);
    expectKnownFigures(m, true);
  });

  it('SCORM 2004 with an empty Response column: share correct from Result, no option counts', async () => {
    const m = await modelOf('scorm2004-noresp.txt', files.v2004NoResponses);
    expectKnownFigures(m, false);
  });

  it('writes rapport.html naming Moodle as the source', async () => {
    const path = join(dir, 'in.txt');
    await writeFile(path, files.v12);
    const { files: written } = await writeOutputs(course, await readMoodleExport(course, path), 'fil in.txt', join(dir, 'out'), new Date(0), MOODLE_SOURCE);
    const html = await readFile(written[0] ?? '', 'utf8');
    expect(html).toContain('Fra Moodles SCORM-interaksjonsrapport');
    expect(html).toContain('Moodles eksport har ikke tid i kurset');
    expect(htmlProblems(html)).toEqual([]);
  });

  it('reads fputcsv quoting across many read chunks: tabs, quotes and line breaks inside fields, CRLF, a BOM', async () => {
    const rows = Array.from({ length: 8000 }, (_, r) => [`Navn ${r}`, r % 7 === 0 ? `to\nlinjer "${r}"` : `a\tb ${r}`, '"'.repeat(r % 5), String(r)]);
    const path = join(dir, 'quoting.txt');
    await writeFile(path, '\uFEFF' + rows.map((r) => r.map(field).join('\t')).join('\r\n') + '\r\n');
    const read: string[][] = [];
    for await (const r of records(path)) read.push(r.cells);
    expect(read).toEqual(rows);
  });

  it('reads Moodle dates in English and Norwegian', () => {
    expect(moodleDate('Monday, 2 March 2026, 9:05 AM')).toBe('2026-03-02');
    expect(moodleDate('tirsdag, 10. desember 2024, 14:05')).toBe('2024-12-10');
    expect(moodleDate('-')).toBeNull();
  });

  describe('a malformed file gives REPORT_MOODLE_EXPORT', () => {
    const good = () => files.v12;
    const cases: [string, () => string, RegExp][] = [
      ['a row with a column missing', () => good().replace(/\n(.*?)\t/, '\n'), /Linje 2 har/],
      ['no question columns ticked (Moodle\'s default: responses only)', () => 'Name\tAttempt\tStarted\tLast accessed on\tScore\tSCO\tResponse 0\tResult 0\nA\t1\t-\t-\t50\t50\t0\tcorrect\n', /Summary of question/],
      ['no interaction columns at all', () => 'Name\tAttempt\tStarted\tLast accessed on\tScore\tSCO\nA\t1\t-\t-\t50\t50\n', /Fant ingen interaksjonskolonner/],
      ['only responses, labels in an unknown language', () => 'Navn\tForsøk\tStartet\tSist\tPoeng\tSCO\tSvar 0\nA\t1\t-\t-\t50\t50\tx\n', /kan ikke tolkes/],
      ['an attempt that is not a number', () => good().replace(/\t1\t/, '\tett\t'), /ikke et tall/],
      ['an unterminated quote', () => `${good()}"Deltaker\tx`, /anførselstegn/],
      ['an empty file', () => '', /tom/],
    ];
    it('a file that is not there', async () => {
      await expect(readMoodleExport(course, join(dir, 'finnes-ikke.txt'))).rejects.toThrow(/^REPORT_MOODLE_EXPORT: .*ENOENT/);
    });
    for (const [name, text, detail] of cases)
      it(name, async () => {
        const path = join(dir, `bad-${name.replace(/\W+/g, '-')}.txt`);
        await writeFile(path, text());
        await expect(readMoodleExport(course, path)).rejects.toThrow(/^REPORT_MOODLE_EXPORT: /);
        await expect(readMoodleExport(course, path)).rejects.toThrow(detail);
      });
  });
});
