import type { RichDoc, Inline } from './rich-text.ts';

/**
 * How long a lesson takes, computed from its content at build time, never written by hand
 * (a hand-written figure drifts: the course once said 59 minutes for 65–83 minutes of work).
 *
 *   minutes = words ÷ 200 words per minute
 *           + 30 s per question (lesson questions; final test: the questions one attempt draws)
 *           + 60 s per scenario decision, on the scenario's longest path
 *           + an allowance for writing: reflection 2 min, self-assessment 1 min, action plan 3 min
 *
 * Words are the bokmål words a learner reads: page titles, texts, quotations, key points,
 * question prompts, every option, the feedback for the right answer; in a scenario the
 * intro, and along the longest path each situation, all its choices and the consequence of
 * the one taken, and the ending with its debrief; accordion sections, cards and steps (title
 * and text, closed ones too); a model figure's caption; in the final test the intro and, per drawn
 * question, the bank's average prompt and options. Each lesson is rounded to whole minutes
 * (at least 1); the course's duration is the sum of its lessons.
 */
export const WORDS_PER_MINUTE = 200;
export const SECONDS_PER_QUESTION = 30;
export const SECONDS_PER_DECISION = 60;
export const ALLOWANCE_SECONDS = { reflection: 120, 'self-assessment': 60, 'action-plan': 180 } as const;

type Text = { nb: string };
type Rich = { nb: RichDoc };

/** Structural views of the parsed blocks, so this file needs no schema imports (no cycles). */
type Option = { text: Text; correct: boolean; feedback: Text };
type QuestionLike =
  | { kind: 'single' | 'multiple'; prompt: Text; options: Option[] }
  | { kind: 'ordering'; prompt: Text; items: { text: Text }[]; feedbackCorrect: Text };
type Choice = { text: Text; consequence: Rich; next: string };
type NodeLike = { kind: 'situation'; id: string; text: Rich; choices: Choice[] } | { kind: 'ending'; id: string; title: Text; text: Rich; debrief: Rich };
type BlockLike =
  | { kind: 'text'; body: Rich }
  | { kind: 'quote'; text: Text; by: Text }
  | { kind: 'key-points'; title: Text; points: Rich[] }
  | { kind: 'reflection'; prompt: Text; hint?: Text | undefined }
  | { kind: 'question'; question: QuestionLike }
  | { kind: 'scenario'; scenario: { title: Text; intro?: Rich | undefined; start: string; nodes: NodeLike[] } }
  | { kind: 'action-plan'; title: Text; intro?: Rich | undefined; fields: Record<string, { label: Text; hint?: Text | undefined }> }
  | { kind: 'self-assessment'; title: Text; intro?: Rich | undefined; prompt: Text; scale: Text[] }
  | { kind: 'assessment'; intro?: Rich | undefined; bank: (QuestionLike & { objective?: string | undefined })[]; drawPerObjective: number }
  | { kind: 'accordion'; title?: Text | undefined; items: Titled[] }
  | { kind: 'cards'; title: Text; cards: Titled[] }
  | { kind: 'steps'; title?: Text | undefined; intro?: Rich | undefined; steps: Titled[] }
  | { kind: 'model-figure'; caption: Rich };
type Titled = { title: Text; body: Rich };
export interface LessonLike {
  pages: { title: Text; blocks: BlockLike[] }[];
}

export interface Duration {
  words: number;
  questions: number;
  decisions: number;
  /** Seconds allowed for writing (reflections, self-assessments, action plans). */
  allowanceSeconds: number;
  seconds: number;
  /** Rounded to whole minutes, at least 1. */
  minutes: number;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const inlineText = (nodes: Inline[]): string => nodes.map((n) => (typeof n === 'string' ? n : inlineText(n.c))).join('');
const richText = (doc: RichDoc): string => doc.map((b) => ('items' in b ? b.items.map(inlineText).join(' ') : inlineText(b.c))).join(' ');

const w = (t: Text | undefined) => (t ? countWords(t.nb) : 0);
const wr = (t: Rich | undefined) => (t ? countWords(richText(t.nb)) : 0);

/** Every section, card or step is read (an accordion's closed sections too: the learner is meant to open them). */
const titledWords = (items: Titled[]) => items.reduce((n, i) => n + w(i.title) + wr(i.body), 0);

function questionWords(q: QuestionLike, withFeedback: boolean): number {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return w(q.prompt) + q.options.reduce((n, o) => n + w(o.text) + (withFeedback && o.correct ? w(o.feedback) : 0), 0);
    case 'ordering':
      return w(q.prompt) + q.items.reduce((n, i) => n + w(i.text), 0) + (withFeedback ? w(q.feedbackCorrect) : 0);
    default:
      return q satisfies never;
  }
}

/** Seconds along the scenario's longest path (words read + a minute per decision), and that path's words and decisions. */
function scenarioPath(start: string, nodes: NodeLike[]): { words: number; decisions: number } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const memo = new Map<string, { words: number; decisions: number }>();
  const cost = (p: { words: number; decisions: number }) => (p.words / WORDS_PER_MINUTE) * 60 + p.decisions * SECONDS_PER_DECISION;
  const visit = (id: string, open: Set<string>): { words: number; decisions: number } => {
    const node = byId.get(id);
    // Validation rejects loops and dangling ids; until then they simply add nothing.
    if (!node || open.has(id)) return { words: 0, decisions: 0 };
    const known = memo.get(id);
    if (known) return known;
    let best = { words: 0, decisions: 0 };
    if (node.kind === 'ending') best = { words: w(node.title) + wr(node.text) + wr(node.debrief), decisions: 0 };
    else {
      const here = wr(node.text) + node.choices.reduce((n, c) => n + w(c.text), 0);
      open.add(id);
      for (const c of node.choices) {
        const rest = visit(c.next, open);
        const path = { words: here + wr(c.consequence) + rest.words, decisions: 1 + rest.decisions };
        if (cost(path) > cost(best)) best = path;
      }
      open.delete(id);
    }
    memo.set(id, best);
    return best;
  };
  return visit(start, new Set());
}

export function lessonDuration(lesson: LessonLike): Duration {
  let words = 0;
  let questions = 0;
  let decisions = 0;
  let allowanceSeconds = 0;
  for (const page of lesson.pages) {
    words += w(page.title);
    for (const block of page.blocks) {
      switch (block.kind) {
        case 'text':
          words += wr(block.body);
          break;
        case 'quote':
          words += w(block.text) + w(block.by);
          break;
        case 'key-points':
          words += w(block.title) + block.points.reduce((n, p) => n + wr(p), 0);
          break;
        case 'reflection':
          words += w(block.prompt) + w(block.hint);
          allowanceSeconds += ALLOWANCE_SECONDS.reflection;
          break;
        case 'question':
          words += questionWords(block.question, true);
          questions += 1;
          break;
        case 'scenario': {
          const path = scenarioPath(block.scenario.start, block.scenario.nodes);
          words += w(block.scenario.title) + wr(block.scenario.intro) + path.words;
          decisions += path.decisions;
          break;
        }
        case 'action-plan':
          words += w(block.title) + wr(block.intro) + Object.values(block.fields).reduce((n, f) => n + w(f.label) + w(f.hint), 0);
          allowanceSeconds += ALLOWANCE_SECONDS['action-plan'];
          break;
        case 'self-assessment':
          words += w(block.title) + wr(block.intro) + w(block.prompt) + block.scale.reduce((n, s) => n + w(s), 0);
          allowanceSeconds += ALLOWANCE_SECONDS['self-assessment'];
          break;
        case 'assessment': {
          const drawn = new Set(block.bank.map((q) => q.objective)).size * block.drawPerObjective;
          const average = block.bank.length ? block.bank.reduce((n, q) => n + questionWords(q, false), 0) / block.bank.length : 0;
          words += wr(block.intro) + Math.round(average * drawn);
          questions += drawn;
          break;
        }
        case 'accordion':
          words += w(block.title) + titledWords(block.items);
          break;
        case 'cards':
          words += w(block.title) + titledWords(block.cards);
          break;
        case 'steps':
          words += w(block.title) + wr(block.intro) + titledWords(block.steps);
          break;
        case 'model-figure':
          // The figure's labels repeat its caption (the goal) and the course's objective titles.
          words += wr(block.caption);
          break;
        default:
          block satisfies never;
      }
    }
  }
  const seconds = (words / WORDS_PER_MINUTE) * 60 + questions * SECONDS_PER_QUESTION + decisions * SECONDS_PER_DECISION + allowanceSeconds;
  return { words, questions, decisions, allowanceSeconds, seconds: Math.round(seconds), minutes: Math.max(1, Math.round(seconds / 60)) };
}
