import type { ErrorName } from '../../src/errors/catalogue.ts';

/** One content problem, located as precisely as we can: file → lesson id → field path. */
export interface Problem {
  code: ErrorName;
  file: string;
  /** Lesson id, or "course" for the course metadata. */
  lesson: string;
  path: string;
  expected: string;
  found: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file} → ${p.lesson} → ${p.path || '(root)'}: expected ${p.expected}, found ${p.found} [${p.code}]`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** A short, readable description of what the author wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return value.length > 50 ? `"${value.slice(0, 47)}…"` : `"${value}"`;
  if (typeof value === 'object') return `an object with keys ${Object.keys(value).join(', ') || '(none)'}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${value.toString()}`;
  return typeof value;
}
