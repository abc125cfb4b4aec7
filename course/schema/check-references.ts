import { CODE_LENGTH, shortCode } from '../../src/state/short-code.ts';
import { scenarioGraphProblems } from './check-scenario.ts';
import type { AuthoredMeta } from './course.ts';
import type { Lesson } from './lesson.ts';
import type { Problem } from './problem.ts';
import { collectItems } from './walk.ts';

/**
 * Checks across lessons that a schema cannot express: unique ids, references, answer keys,
 * scenario graphs, assessment draws and translations. Collects every problem; never stops early.
 */
export function checkReferences(meta: AuthoredMeta, lessons: readonly Lesson[], fileOf: (l: Lesson) => string): Problem[] {
  const problems: Problem[] = [];
  const add = (code: Problem['code'], lesson: Lesson | null, path: string, expected: string, found: string) =>
    problems.push({ code, file: lesson ? fileOf(lesson) : 'course/course.ts', lesson: lesson?.id ?? 'course', path, expected, found });

  const items = collectItems(lessons);
  const objectiveIds = new Set(meta.objectives.map((o) => o.id));
  const objectiveList = [...objectiveIds].join(', ');

  // One course-wide namespace for everything tracked or bookmarked: duplicates would merge learner data.
  const seen = new Map<string, string>();
  const codes = new Map<string, string>();
  const claim = (id: string, what: string, lesson: Lesson, path: string) => {
    const before = seen.get(id);
    if (before) add('CONTENT_DUPLICATE_ID', lesson, `${path}.id`, `a unique id (already used by ${before})`, `"${id}"`);
    else {
      seen.set(id, `${what} in ${lesson.id}`);
      const code = shortCode(id, CODE_LENGTH.global);
      const clash = codes.get(code);
      if (clash) add('CONTENT_DUPLICATE_ID', lesson, `${path}.id`, `an id whose saved-state code differs from "${clash}" (rename one slightly)`, `"${id}"`);
      codes.set(code, id);
    }
  };
  const uniqueWithin = (ids: string[], lesson: Lesson, path: string, what: string) => {
    const local = new Map<string, number>();
    const localCodes = new Map<string, string>();
    ids.forEach((id, i) => {
      if (local.has(id)) add('CONTENT_DUPLICATE_ID', lesson, `${path}[${i}].id`, `a unique ${what} id`, `"${id}" (also at [${local.get(id)}])`);
      local.set(id, i);
      const code = shortCode(id, CODE_LENGTH.local);
      const clash = localCodes.get(code);
      if (clash && clash !== id) add('CONTENT_DUPLICATE_ID', lesson, `${path}[${i}].id`, `an id whose saved-state code differs from "${clash}"`, `"${id}"`);
      localCodes.set(code, id);
    });
  };
  const objectiveRef = (id: string | undefined, lesson: Lesson, path: string) => {
    if (id !== undefined && !objectiveIds.has(id)) add('CONTENT_UNKNOWN_REFERENCE', lesson, path, `an objective id (${objectiveList})`, `"${id}"`);
  };

  for (const lesson of lessons) {
    claim(lesson.id, 'lesson', lesson, '');
    objectiveRef(lesson.objective, lesson, 'objective');
    lesson.pages.forEach((page, p) => claim(page.id, 'page', lesson, `pages[${p}]`));
  }
  for (const { lesson, path, item: q } of items.questions) {
    claim(q.id, 'question', lesson, path);
    objectiveRef(q.objective, lesson, `${path}.objective`);
    switch (q.kind) {
      case 'single':
      case 'multiple': {
        uniqueWithin(q.options.map((o) => o.id), lesson, `${path}.options`, 'option');
        const correct = q.options.filter((o) => o.correct).length;
        if (q.kind === 'single' && correct !== 1) add('CONTENT_ANSWER_KEY', lesson, `${path}.options`, 'exactly 1 correct option for a single-choice question', `${correct}`);
        if (q.kind === 'multiple' && correct < 1) add('CONTENT_ANSWER_KEY', lesson, `${path}.options`, 'at least 1 correct option for a multiple-choice question', '0');
        break;
      }
      case 'ordering':
        uniqueWithin(q.items.map((o) => o.id), lesson, `${path}.items`, 'item');
        break;
      default:
        q satisfies never;
    }
  }
  for (const { lesson, path, item: s } of items.scenarios) {
    claim(s.id, 'scenario', lesson, path);
    objectiveRef(s.objective, lesson, `${path}.objective`);
    uniqueWithin(s.nodes.map((n) => n.id), lesson, `${path}.nodes`, 'node');
    const choices = s.nodes.flatMap((n) => (n.kind === 'situation' ? n.choices.map((c) => c.id) : []));
    uniqueWithin(choices, lesson, `${path}.choices`, 'choice (unique within the scenario)');
    for (const [sub, expected, found] of scenarioGraphProblems(s)) add('CONTENT_SCENARIO_GRAPH', lesson, `${path}.${sub}`, expected, found);
  }
  const reflectionIds = new Set<string>();
  for (const { lesson, path, item } of items.reflections) {
    claim(item.id, 'reflection', lesson, path);
    reflectionIds.add(item.id);
  }
  for (const { lesson, path, item } of items.actionPlans) {
    claim(item.id, 'action plan', lesson, path);
    item.reflections.forEach((id, i) => {
      if (!reflectionIds.has(id)) add('CONTENT_UNKNOWN_REFERENCE', lesson, `${path}.reflections[${i}]`, 'the id of a reflection block', `"${id}"`);
    });
  }
  // Course order: a self-assessment compares with one the learner met before it.
  const selfAssessmentIds = new Set<string>();
  for (const { lesson, path, item } of items.selfAssessments) {
    claim(item.id, 'self-assessment', lesson, path);
    if (item.compareWith !== undefined && !selfAssessmentIds.has(item.compareWith)) {
      add('CONTENT_UNKNOWN_REFERENCE', lesson, `${path}.compareWith`, 'the id of a self-assessment earlier in the course', `"${item.compareWith}"`);
    }
    selfAssessmentIds.add(item.id);
  }
  items.assessments.forEach(({ lesson, path, item: a }, index) => {
    claim(a.id, 'assessment', lesson, path);
    if (index > 0) add('CONTENT_ASSESSMENT', lesson, path, 'one final assessment in the course', `${items.assessments.length}`);
    if (a.masteryScore !== undefined && a.masteryScore !== meta.masteryScore) {
      add('CONTENT_ASSESSMENT', lesson, `${path}.masteryScore`, `the course masteryScore (${meta.masteryScore}) or nothing`, `${a.masteryScore}`);
    }
    a.bank.forEach((q, i) => {
      if (q.objective === undefined) add('CONTENT_ASSESSMENT', lesson, `${path}.bank[${i}].objective`, `an objective id (${objectiveList})`, 'nothing');
    });
    for (const objective of meta.objectives) {
      const count = a.bank.filter((q) => q.objective === objective.id).length;
      if (count < a.drawPerObjective) {
        add('CONTENT_ASSESSMENT', lesson, `${path}.drawPerObjective`, `at most ${count}, the bank's questions for "${objective.id}"`, `${a.drawPerObjective} (draw larger than the bank)`);
      }
    }
  });
  return problems;
}
