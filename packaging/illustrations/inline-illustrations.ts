import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Course, Illustration } from '../../course/schema/index.ts';
import type { Problem } from '../../course/schema/problem.ts';
import { optimiseSvg } from './optimise-svg.ts';

/** Where the illustration files live, relative to the project root. */
export const ILLUSTRATION_DIR = 'course/illustrations';

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

interface Found {
  illustration: Illustration;
  /** Lesson id, or "course" for course/course.ts. */
  lesson: string;
  path: string;
}

/** Every illustration the course refers to, with where it is written (for messages). */
export function findIllustrations(course: Course): Found[] {
  const found: Found[] = [];
  if (course.meta.cover) found.push({ illustration: course.meta.cover, lesson: 'course', path: 'cover' });
  for (const lesson of course.lessons) {
    const at = (illustration: Illustration | undefined, path: string) => illustration && found.push({ illustration, lesson: lesson.id, path });
    at(lesson.cover, 'cover');
    lesson.pages.forEach((page, p) =>
      page.blocks.forEach((block, b) => {
        const path = `pages[${p}].blocks[${b}]`;
        if (block.kind === 'cards') block.cards.forEach((card, c) => at(card.illustration, `${path}.cards[${c}].illustration`));
        if (block.kind === 'scenario') {
          at(block.scenario.illustration, `${path}.scenario.illustration`);
          block.scenario.nodes.forEach((node, n) => node.kind === 'situation' && at(node.illustration, `${path}.scenario.nodes[${n}].illustration`));
        }
      }),
    );
  }
  return found;
}

/**
 * Reads each illustration file once, optimises it (optimise-svg.ts) and puts the markup into the
 * course (`svg`), so the player inlines it with no request. Returns every problem: a missing
 * file or an unsafe one, named by file, lesson and field.
 */
export function inlineIllustrations(course: Course, root: string, fileOf: (lesson: string) => string): Problem[] {
  const problems: Problem[] = [];
  const cache = new Map<string, ReturnType<typeof optimiseSvg> | null>();
  for (const { illustration, lesson, path } of findIllustrations(course)) {
    let result = cache.get(illustration.src);
    if (result === undefined) {
      const source = readOrNull(join(root, ILLUSTRATION_DIR, illustration.src));
      result = source === null ? null : optimiseSvg(source);
      cache.set(illustration.src, result);
    }
    const file = fileOf(lesson);
    if (result === null) problems.push({ code: 'CONTENT_LOAD', file, lesson, path: `${path}.src`, expected: `a file in ${ILLUSTRATION_DIR}/`, found: `"${illustration.src}" (no such file)` });
    else if (!result.ok) problems.push({ code: 'CONTENT_SCHEMA', file, lesson, path: `${path}.src`, expected: result.problem, found: `"${ILLUSTRATION_DIR}/${illustration.src}"` });
    else illustration.svg = result.svg;
  }
  return problems;
}
