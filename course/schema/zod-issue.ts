import type { z } from 'zod';
import { describeValue, formatPath, type Problem } from './problem.ts';

const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized)/;

function sizeWord(origin: string): string {
  return origin === 'string' ? 'characters' : origin === 'array' ? 'items' : '';
}

/** Turns a zod issue into "expected … found …", in words an author can act on. */
function expectedOf(issue: z.core.$ZodIssue): string {
  if (!DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `a ${issue.expected}`;
    case 'too_small':
      return `at least ${String(issue.minimum)} ${sizeWord(issue.origin)}`.trim();
    case 'too_big':
      return `at most ${String(issue.maximum)} ${sizeWord(issue.origin)}`.trim();
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `only known fields (unknown: ${issue.keys.join(', ')})`;
    case 'invalid_union':
      return 'discriminator' in issue ? `a known "${String(issue.discriminator)}"` : 'one of the allowed forms';
    default:
      return issue.message;
  }
}

function foundOf(issue: z.core.$ZodIssue): string {
  const input: unknown = issue.input;
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    if (Array.isArray(input)) return `${input.length} items`;
    if (typeof input === 'string') return `${input.length} characters`;
  }
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => `"${k}"`).join(', ');
  if (issue.code === 'invalid_union' && input && typeof input === 'object') {
    const discriminator = (issue as { discriminator?: string }).discriminator ?? 'kind';
    return describeValue((input as Record<string, unknown>)[discriminator]);
  }
  return describeValue(input);
}

export function problemsFromZod(error: z.ZodError, file: string, lesson: string): Problem[] {
  return error.issues.map((issue) => ({
    code: 'CONTENT_SCHEMA',
    file,
    lesson,
    path: formatPath(issue.path),
    expected: expectedOf(issue),
    found: foundOf(issue),
  }));
}
