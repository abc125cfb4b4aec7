import type { Course, Question } from '../../course/schema/index.ts';
import { indexCourse } from '../../src/state/course-index.ts';
import { isCorrect } from '../../src/state/scoring.ts';
import { positionChar } from '../../src/tracking/scorm/scorm12-values.ts';
import { shortIdentifier } from '../../src/tracking/scorm/scorm2004-values.ts';
import { aggregateStore, earliest, type Aggregate } from './aggregate.ts';
import { addItemScore } from './stats.ts';
import { layoutOf, moodleDate, MoodleExportError, records, unescapeHtml, type ExportLayout } from './moodle-export.ts';

/**
 * Folds Moodle's SCORM interactions export (moodle-export.ts) into the same aggregate the xAPI
 * reader fills, one row at a time; what is kept grows with learners and questions only.
 *
 * Interaction ids are the tracker's (scorm-interactions.ts): a question's id, or
 * <scenarioId>--<situationId> for a decision. Responses are decoded with the tracker's own
 * encoders, inverted per interaction: SCORM 1.2 writes each option as the character of its
 * position (positionChar), SCORM 2004 writes option ids with hyphens as underscores
 * (shortIdentifier) joined by "[,]". What a row cannot tell, the report leaves out: time on
 * course (no session time in the export) and scenario endings (not interactions).
 */
export function createMoodleAggregator(course: Course) {
  const index = indexCourse(course);
  const mastery = course.meta.masteryScore;
  const { agg, learner, question, bump, child } = aggregateStore();
  const bank = new Set(index.assessment?.bank.map((q) => q.id) ?? []);
  type Target = { kind: 'question'; q: Question; universe: string[] } | { kind: 'decision'; scenario: string; node: string; universe: string[] };
  const targets = new Map<string, Target>();
  for (const q of index.questions.values()) {
    const t: Target = { kind: 'question', q, universe: q.kind === 'ordering' ? q.items.map((i) => i.id) : q.options.map((o) => o.id) };
    targets.set(q.id, t);
    targets.set(shortIdentifier(q.id), t);
  }
  for (const s of index.scenarios.values())
    for (const n of s.nodes) {
      if (n.kind !== 'situation') continue;
      const t: Target = { kind: 'decision', scenario: s.id, node: n.id, universe: n.choices.map((c) => c.id) };
      targets.set(`${s.id}--${n.id}`, t);
      targets.set(shortIdentifier(`${s.id}--${n.id}`), t);
    }
  /** A response as option ids: 2004 codes first (several characters), 1.2 position characters otherwise. */
  function decode(universe: string[], value: string): string[] {
    const tokens = value.includes('[,]') ? value.split('[,]') : value.split(',');
    return tokens
      .map((tok) => tok.trim())
      .filter((tok) => tok !== '')
      .map((tok) => universe.find((id) => shortIdentifier(id) === tok && (tok.length > 1 || !universe.some((u) => positionChar(universe, u) === tok))) ?? universe.find((id) => positionChar(universe, id) === tok) ?? tok);
  }
  /** The SCO column: "raw" or "raw/max" when the SCO reported a score, else its status in the teacher's language. */
  function scoCell(text: string): { score: number | null; status: string } {
    const m = /^(\d+(?:[.,]\d+)?)(?:\s*\/\s*(\d+(?:[.,]\d+)?))?$/.exec(text.trim());
    if (!m) return { score: null, status: text.trim().toLowerCase() };
    const raw = Number((m[1] ?? '').replace(',', '.'));
    const max = m[2] ? Number(m[2].replace(',', '.')) : 100;
    return { score: max > 0 ? (raw / max) * 100 : raw, status: '' };
  }

  let layout: ExportLayout | null = null;
  function addRow(cells: string[], line: number): void {
    if (!layout) throw new MoodleExportError('Overskriftsraden mangler.');
    if (cells.length === 1 && cells[0] === '') return; // a blank line
    if (cells.length !== layout.width) throw new MoodleExportError(`Linje ${line} har ${cells.length} kolonner, overskriften ${layout.width}.`);
    agg.statements += 1;
    const cell = (c: number) => unescapeHtml(cells[c] ?? '').trim();
    const attempt = cell(layout.attempt);
    if (attempt === '-' || attempt === '') return; // enrolled, never started: Moodle writes "-"
    if (!/^\d+$/.test(attempt)) throw new MoodleExportError(`Linje ${line}: forsøkskolonnen har «${attempt}», ikke et tall.`);
    const who = cells.slice(0, layout.learnerColumns).map((c) => unescapeHtml(c).trim()).join('|');
    const l = learner(who);
    const started = moodleDate(cell(layout.started));
    const finished = moodleDate(cell(layout.finished)) ?? started;
    if (started) l.started = earliest(l.started, started);
    const { score, status } = scoCell(cell(layout.sco));
    if (score !== null) {
      l.attempts += 1;
      l.bestScore = Math.max(l.bestScore ?? 0, score);
    }
    // Passed/failed as the course decides it (score against the mastery score), or the 1.2 status Moodle shows when there is no score.
    const passed = score !== null ? score >= mastery : ['passed', 'bestått'].includes(status);
    const failed = score !== null ? score < mastery : ['failed', 'ikke bestått', 'ikkje bestått'].includes(status);
    const completed = passed || ['completed', 'fullført'].includes(status);
    if (finished && passed) l.passed = earliest(l.passed, finished);
    if (finished && failed) l.failed = earliest(l.failed, finished);
    if (finished && completed) l.completed = earliest(l.completed, finished);

    // The latest answer to each test question in this attempt, for the per-expectation figures.
    const latest = new Map<string, { objective: string; correct: boolean }>();
    for (const cols of layout.interactions) {
      const id = cols.id === undefined ? '' : cell(cols.id);
      if (id === '') continue;
      const target = targets.get(id);
      if (!target) {
        agg.ignored += 1; // reflections (with trackReflectionText) and anything not in this course
        continue;
      }
      const response = cols.response === undefined ? [] : decode(target.universe, cell(cols.response));
      const result = cols.result === undefined ? '' : cell(cols.result).toLowerCase();
      if (target.kind === 'decision') {
        const choice = response[0];
        if (choice) bump(child(child(agg.decisions, target.scenario, () => new Map<string, Map<string, number>>()), target.node, () => new Map<string, number>()), choice);
        continue;
      }
      const { q } = target;
      // RTE 3.4.2.7.6 (1.2 "wrong") / RTE 4.2.9 (2004 "incorrect"); without a result column, the course's own scoring.
      const correct = result !== '' ? result === 'correct' : response.length > 0 && isCorrect(q, response);
      if (result === '' && response.length === 0) continue;
      const facts = question(q.id);
      facts.answers += 1;
      if (correct) facts.correct += 1;
      if (q.kind === 'ordering') {
        if (response.length) bump(facts.orders, response.join(' → '));
      } else for (const o of response) bump(facts.options, o);
      if (bank.has(q.id)) {
        if (score !== null) addItemScore(facts.scores, correct, score);
        if (q.objective) latest.set(q.id, { objective: q.objective, correct });
      }
    }
    const tally = new Map<string, { right: number; total: number }>();
    for (const { objective, correct } of latest.values()) {
      const t = child(tally, objective, () => ({ right: 0, total: 0 }));
      t.total += 1;
      if (correct) t.right += 1;
    }
    for (const [objective, t] of tally) l.objectives.set(objective, Math.max(l.objectives.get(objective) ?? 0, Math.round((100 * t.right) / t.total)));
  }

  return {
    header(cells: string[], delimiter: string) {
      layout = layoutOf(cells.map(unescapeHtml), delimiter);
    },
    addRow,
    result: (): Aggregate => agg,
  };
}

/** The report's first line for this source. */
export const MOODLE_SOURCE = {
  from: 'Fra Moodles SCORM-interaksjonsrapport',
  unit: 'rader',
  note: 'Moodles eksport har ikke tid i kurset eller hvilke avslutninger scenarioene endte i, så de delene er tomme. «Forsøk» er Moodle-forsøk med poeng. Resultat per forventning er andelen riktige testsvar i forsøket (beste forsøk).',
};

/** Reads the export file record by record into the aggregate. */
export async function readMoodleExport(course: Course, path: string): Promise<Aggregate> {
  const a = createMoodleAggregator(course);
  let first = true;
  try {
    for await (const r of records(path)) {
      if (first) a.header(r.cells, r.delimiter);
      else a.addRow(r.cells, r.line);
      first = false;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw new MoodleExportError(`Filen ${path} kunne ikke åpnes (${code}).`);
    throw error;
  }
  if (first) throw new MoodleExportError('Filen er tom.');
  return a.result();
}
