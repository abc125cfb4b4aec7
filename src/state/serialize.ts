import { LOCALES, type Locale } from '../../course/schema/locales.ts';
import { isDeviceOnly, type CourseIndex } from './course-index.ts';
import { codeBook, type CodeBook } from './code-book.ts';
import { isValidResponse } from './scoring.ts';
import { traverse } from './scenario-engine.ts';
import { fromDay } from '../util/calendar-day.ts';
import { initialState, type AttemptResult, type CourseState } from './state.ts';

/**
 * Compact, versioned saved state, shared by every target (SCORM suspend_data, xAPI State API,
 * localStorage). Designed for the tightest budget: SCORM 1.2 RTE 3.4.2.1 cmi.suspend_data is
 * CMIString4096, and our worst case must fit in half of it (see test/unit/state/budget.test.ts).
 *
 *   g1~L<page>~V<pages>~A<q><opts>.<q><opts>~S<s>[!]<choices>.…~R<reflections>~T<attempt>.…~C<draw>:<q><opts>,…~D<yyyymmdd>~N<seed>~P<locale>
 *
 * An attempt is <score><objective><pct>…:<draw>[:<opts>,<opts>,…], the responses in draw order
 * (kept so the learner can see what was wrong; older strings have none). N is the learner's
 * seed for the order of options (order.ts) in base 36; a string without one still loads.
 * P is the language the learner chose with the switch ("P" for preference: nb, nn or en), only
 * when they chose one: the same few characters whichever the language (issue 13). D is the day the
 * certificate was earned (state.ts certifiedOn); a string without one still loads.
 *
 * Ids are written as short codes derived from the id (code-book.ts), so re-ordering the
 * course never scrambles a learner's data. Reflection text is never written here: only
 * that a reflection exists; the text stays on the device.
 */
export const FORMAT = 'g1';
const G = 3; // global code length
const L = 2; // local code length

const chunks = (s: string, n: number): string[] => s.match(new RegExp(`.{1,${n}}`, 'g')) ?? [];
const pct = (n: number) => Math.max(0, Math.min(100, Math.round(n))).toString(36).padStart(2, '0');

export function serialize(index: CourseIndex, state: CourseState): string {
  const book = codeBook(index);
  const g = (id: string) => book.global.get(id) ?? '';
  const l = (owner: string, ids: readonly string[]) => ids.map((id) => book.local.get(owner)?.toCode.get(id) ?? '').join('');
  const parts = [FORMAT];
  if (state.location) parts.push(`L${g(state.location)}`);
  if (state.visited.length) parts.push(`V${state.visited.map(g).join('')}`);
  const answers = Object.entries(state.answers).map(([q, r]) => g(q) + l(q, r));
  if (answers.length) parts.push(`A${answers.join('.')}`);
  const runs = Object.entries(state.scenarios).map(([s, run]) => g(s) + (run.done ? '!' : '') + l(s, run.path));
  if (runs.length) parts.push(`S${runs.join('.')}`);
  // Reflections, self-assessments and action plans: which exist, never their text.
  const reflections = Object.keys(state.reflections).map(g).join('');
  if (reflections) parts.push(`R${reflections}`);
  const attemptAnswers = (a: AttemptResult) => (a.answers ? `:${a.draw.map((q) => l(q, a.answers?.[q] ?? [])).join(',')}` : '');
  const attempt = (a: AttemptResult) =>
    pct(a.score) + Object.entries(a.byObjective).map(([o, v]) => (book.objectives.toCode.get(o) ?? '') + pct(v)).join('') + ':' + a.draw.map(g).join('') + attemptAnswers(a);
  if (state.attempts.length) parts.push(`T${state.attempts.map(attempt).join('.')}`);
  if (state.current) {
    const { draw, answers: given } = state.current;
    parts.push(`C${draw.map(g).join('')}:${Object.entries(given).map(([q, r]) => g(q) + l(q, r)).join(',')}`);
  }
  if (state.certifiedOn) parts.push(`D${state.certifiedOn.replace(/-/g, '')}`);
  if (state.seed !== null) parts.push(`N${state.seed.toString(36)}`);
  if (state.locale) parts.push(`P${state.locale}`);
  return parts.join('~');
}

/** The language choice in a saved string, read before the lessons are loaded (the start page needs it). */
export function savedLocale(text: string | null | undefined): Locale | null {
  const [version, ...sections] = (text ?? '').split('~');
  if (version !== FORMAT) return null;
  const body = sections.find((s) => s.startsWith('P'))?.slice(1);
  return LOCALES.find((l) => l === body) ?? null;
}

export interface Restored {
  state: CourseState;
  /**
   * What could not be read and was left out, each as written in the saved string (its section
   * letter, then the part: `A<q><opts>`, `Sabc`, …; see the format above); empty when the string was whole.
   */
  warnings: string[];
}

/**
 * Reads saved state. Never throws: a foreign or corrupted string yields a fresh state, and
 * a partly damaged one keeps every part that is still valid for this course.
 */
export function deserialize(index: CourseIndex, text: string | null | undefined): Restored {
  const state = initialState();
  const warnings: string[] = [];
  if (!text) return { state, warnings };
  const [version, ...sections] = text.split('~');
  if (version !== FORMAT) return { state, warnings: [`format ${String(version).slice(0, 12)}`] };
  const book = codeBook(index);
  for (const section of sections) {
    try {
      readSection(index, book, state, section.charAt(0), section.slice(1), warnings);
    } catch {
      warnings.push(section.slice(0, 12));
    }
  }
  return { state, warnings };
}

function globalId(book: CodeBook, code: string): string | undefined {
  return book.globalIds.get(code);
}

function localIds(book: CodeBook, owner: string, codes: string): string[] | null {
  const map = book.local.get(owner)?.toId;
  const ids = chunks(codes, L).map((c) => map?.get(c));
  return ids.every((id): id is string => id !== undefined) ? ids : null;
}

function readSection(index: CourseIndex, book: CodeBook, state: CourseState, tag: string, body: string, warnings: string[]): void {
  const drop = (part: string) => warnings.push(tag + part);
  switch (tag) {
    case 'L': {
      const id = globalId(book, body);
      if (id && index.pageById.has(id)) state.location = id;
      else drop(body);
      return;
    }
    case 'V':
      for (const code of chunks(body, G)) {
        const id = globalId(book, code);
        if (id && index.pageById.has(id) && !state.visited.includes(id)) state.visited.push(id);
        else drop(code);
      }
      return;
    case 'A':
      for (const item of body.split('.').filter(Boolean)) {
        const id = globalId(book, item.slice(0, G));
        const q = id ? index.questions.get(id) : undefined;
        const response = id ? localIds(book, id, item.slice(G)) : null;
        if (id && q && response && isValidResponse(q, response) && !index.assessment?.bank.includes(q)) state.answers[id] = response;
        else drop(item);
      }
      return;
    case 'S':
      for (const item of body.split('.').filter(Boolean)) {
        const id = globalId(book, item.slice(0, G));
        const s = id ? index.scenarios.get(id) : undefined;
        const done = item.charAt(G) === '!';
        const path = id ? localIds(book, id, item.slice(G + (done ? 1 : 0))) : null;
        if (!id || !s || !path) {
          drop(item);
          continue;
        }
        const walked = traverse(s, path);
        if (walked.dropped.length) drop(item); // the decisions after the last one the scenario still has
        state.scenarios[id] = { path: path.slice(0, walked.steps.length), done: done || walked.current.kind === 'ending' };
      }
      return;
    case 'R':
      for (const code of chunks(body, G)) {
        const id = globalId(book, code);
        // The text lives on the device (reflection-store.ts); here we only know it was written.
        if (id && isDeviceOnly(index, id)) state.reflections[id] = state.reflections[id] ?? '';
        else drop(code);
      }
      return;
    case 'T':
      for (const item of body.split('.').filter(Boolean)) {
        const attempt = readAttempt(index, book, item);
        if (attempt) state.attempts.push(attempt);
        else drop(item);
      }
      return;
    case 'C': {
      const [drawCodes = '', answerPart = ''] = body.split(':');
      const bank = index.assessment?.bank ?? [];
      const draw = chunks(drawCodes, G).map((c) => globalId(book, c));
      if (!draw.length || !draw.every((id): id is string => !!id && bank.some((q) => q.id === id))) {
        drop(body);
        return;
      }
      const answers: Record<string, string[]> = {};
      for (const item of answerPart.split(',').filter(Boolean)) {
        const id = globalId(book, item.slice(0, G));
        const q = bank.find((b) => b.id === id);
        const response = id ? localIds(book, id, item.slice(G)) : null;
        if (id && q && response && draw.includes(id) && isValidResponse(q, response)) answers[id] = response;
        else drop(item);
      }
      state.current = { draw, answers };
      return;
    }
    case 'P': {
      const locale = index.course.meta.languages.find((l) => l === body);
      if (locale) state.locale = locale;
      else drop(body);
      return;
    }
    case 'D': {
      const day = `${body.slice(0, 4)}-${body.slice(4, 6)}-${body.slice(6)}`;
      // A real calendar day only (2026-02-30 is not one): what the certificate will print.
      if (fromDay(day)) state.certifiedOn = day;
      else drop(body);
      return;
    }
    case 'N': {
      const seed = /^[0-9a-z]{1,7}$/.test(body) ? parseInt(body, 36) : NaN;
      if (seed >= 0 && seed <= 0xffff_ffff) state.seed = seed;
      else drop(body);
      return;
    }
    default:
      drop(body);
  }
}

function readAttempt(index: CourseIndex, book: CodeBook, item: string): AttemptResult | null {
  const [head = '', drawCodes = '', answerCodes] = item.split(':');
  const score = parseInt(head.slice(0, 2), 36);
  if (!/^[0-9a-z]{2}(?:[0-9a-z]{4})*$/.test(head) || !(score >= 0 && score <= 100)) return null;
  const byObjective: Record<string, number> = {};
  for (const pair of chunks(head.slice(2), 4)) {
    const objective = book.objectives.toId.get(pair.slice(0, 2));
    const value = parseInt(pair.slice(2), 36);
    if (!objective || !(value >= 0 && value <= 100)) return null;
    byObjective[objective] = value;
  }
  const draw = chunks(drawCodes, G).map((c) => globalId(book, c));
  if (!draw.every((id): id is string => !!id && index.questions.has(id))) return null;
  if (answerCodes === undefined) return { score, byObjective, draw };
  const given = answerCodes.split(',');
  if (given.length !== draw.length) return null;
  const answers: Record<string, string[]> = {};
  for (const [i, id] of draw.entries()) {
    const response = localIds(book, id, given[i] ?? '');
    const q = index.questions.get(id);
    if (!q || !response) return null;
    if (response.length) answers[id] = response;
  }
  return { score, byObjective, draw, answers };
}
