import type { Question } from '../../course/schema/index.ts';
import type { CourseIndex } from './course-index.ts';
import { CODE_LENGTH, shortCode } from './short-code.ts';

/** Two-way maps between ids and their short codes, per namespace (see short-code.ts). */
export interface CodeBook {
  global: Map<string, string>;
  globalIds: Map<string, string>;
  /** Per question or scenario id: option/item/choice id ↔ code. */
  local: Map<string, { toCode: Map<string, string>; toId: Map<string, string> }>;
  objectives: { toCode: Map<string, string>; toId: Map<string, string> };
}

const books = new WeakMap<CourseIndex, CodeBook>();

function localMaps(ids: readonly string[]) {
  const toCode = new Map<string, string>();
  const toId = new Map<string, string>();
  for (const id of ids) {
    const code = shortCode(id, CODE_LENGTH.local);
    toCode.set(id, code);
    toId.set(code, id);
  }
  return { toCode, toId };
}

function answerIds(q: Question): string[] {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return q.options.map((o) => o.id);
    case 'ordering':
      return q.items.map((i) => i.id);
    default:
      return q satisfies never;
  }
}

export function codeBook(index: CourseIndex): CodeBook {
  const cached = books.get(index);
  if (cached) return cached;
  const global = new Map<string, string>();
  const globalIds = new Map<string, string>();
  const local: CodeBook['local'] = new Map();
  const add = (id: string) => {
    const code = shortCode(id, CODE_LENGTH.global);
    global.set(id, code);
    globalIds.set(code, id);
  };
  index.pages.forEach((p) => add(p.page.id));
  for (const [id, q] of index.questions) {
    add(id);
    local.set(id, localMaps(answerIds(q)));
  }
  for (const [id, s] of index.scenarios) {
    add(id);
    local.set(id, localMaps(s.nodes.flatMap((n) => (n.kind === 'situation' ? n.choices.map((c) => c.id) : []))));
  }
  for (const id of index.reflections.keys()) add(id);
  for (const id of index.personal.keys()) add(id);
  const book = { global, globalIds, local, objectives: localMaps(index.course.meta.objectives.map((o) => o.id)) };
  books.set(index, book);
  return book;
}
