/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment -- the fixtures are broken on purpose through untyped access */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../course/schema/problem.ts';
import { validateCourse } from '../../../course/schema/validate.ts';
import { sampleLessons, sampleMeta, sources } from '../../fixtures/sample-course.ts';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- fixtures are mutated freely to break them

function problemsOf(mutate: (meta: Mutable, lessons: Mutable[]) => void): string[] {
  const meta = sampleMeta() as Mutable;
  const lessons = sampleLessons() as Mutable[];
  mutate(meta, lessons);
  const result = validateCourse(sources(meta, lessons));
  return result.ok ? [] : result.problems.map(formatProblem);
}

const lessonA = (lessons: Mutable[]) => lessons[1] as Mutable;
const scenarioA = (lessons: Mutable[]) => lessonA(lessons).pages[2].blocks[0].scenario as Mutable;
const assessment = (lessons: Mutable[]) => lessons[3]?.pages[0].blocks[0] as Mutable;

describe('validateCourse', () => {
  it('accepts the sample course', () => {
    expect(problemsOf(() => undefined)).toEqual([]);
  });

  // Pinned messages: file → lesson id → field path: expected …, found …
  it.each([
    [
      'a duplicate id',
      (_m: Mutable, l: Mutable[]) => { lessonA(l).pages[1].blocks[1].question.id = 'qa-1'; },
      'course/lessons/01-test.ts → lesson-a → pages[1].blocks[1].question.id: expected a unique id (already used by question in lesson-a), found "qa-1" [CONTENT_DUPLICATE_ID]',
    ],
    [
      'a dangling scenario node',
      (_m: Mutable, l: Mutable[]) => { scenarioA(l).nodes[0].choices[0].next = 'nowhere'; },
      'course/lessons/01-test.ts → lesson-a → pages[2].blocks[0].scenario.nodes[0].choices[0].next: expected a node id of this scenario, found "nowhere" (dangling) [CONTENT_SCENARIO_GRAPH]',
    ],
    [
      'an unreachable scenario node',
      (_m: Mutable, l: Mutable[]) => { scenarioA(l).nodes.push({ kind: 'ending', id: 'orphan', title: 'x', outcome: 'good', text: 'x', debrief: 'x' }); },
      'course/lessons/01-test.ts → lesson-a → pages[2].blocks[0].scenario.nodes[4]: expected a node reachable from start "n1", found "orphan" (unreachable) [CONTENT_SCENARIO_GRAPH]',
    ],
    [
      'a scenario with no ending',
      (_m: Mutable, l: Mutable[]) => {
        const s = scenarioA(l);
        s.nodes = s.nodes.filter((n: Mutable) => n.kind === 'situation');
      },
      'course/lessons/01-test.ts → lesson-a → pages[2].blocks[0].scenario.nodes: expected at least one ending node, found no ending [CONTENT_SCENARIO_GRAPH]',
    ],
    [
      'a scenario loop',
      (_m: Mutable, l: Mutable[]) => { scenarioA(l).nodes[1].choices[1].next = 'n1'; },
      'course/lessons/01-test.ts → lesson-a → pages[2].blocks[0].scenario.nodes[0]: expected no path that loops back, found a loop through "n1" [CONTENT_SCENARIO_GRAPH]',
    ],
    [
      'a single-choice question with two correct options',
      (_m: Mutable, l: Mutable[]) => { lessonA(l).pages[1].blocks[0].question.options[1].correct = true; },
      'course/lessons/01-test.ts → lesson-a → pages[1].blocks[0].question.options: expected exactly 1 correct option for a single-choice question, found 2 [CONTENT_ANSWER_KEY]',
    ],
    [
      'a multiple-choice question with no correct option',
      (_m: Mutable, l: Mutable[]) => { for (const o of lessonA(l).pages[1].blocks[1].question.options) o.correct = false; },
      'course/lessons/01-test.ts → lesson-a → pages[1].blocks[1].question.options: expected at least 1 correct option for a multiple-choice question, found 0 [CONTENT_ANSWER_KEY]',
    ],
    [
      'a draw larger than the bank',
      (_m: Mutable, l: Mutable[]) => { assessment(l).drawPerObjective = 3; },
      'course/lessons/03-test.ts → test → pages[0].blocks[0].drawPerObjective: expected at most 2, the bank\'s questions for "obj-b", found 3 (draw larger than the bank) [CONTENT_ASSESSMENT]',
    ],
    [
      'a missing nb string',
      (_m: Mutable, l: Mutable[]) => { lessonA(l).title = { en: 'Lesson A' }; },
      'course/lessons/01-test.ts → lesson-a → title.nb: expected a bokmål (nb) text (missing nb string), found nothing [CONTENT_SCHEMA]',
    ],
    [
      'an unknown objective',
      (_m: Mutable, l: Mutable[]) => { lessonA(l).objective = 'obj-x'; },
      'course/lessons/01-test.ts → lesson-a → objective: expected an objective id (obj-a, obj-b), found "obj-x" [CONTENT_UNKNOWN_REFERENCE]',
    ],
    [
      'an unknown block kind',
      (_m: Mutable, l: Mutable[]) => { lessonA(l).pages[0].blocks.push({ kind: 'video', src: 'x.mp4' }); },
      'course/lessons/01-test.ts → lesson-a → pages[0].blocks[1].kind: expected a known "kind", found "video" [CONTENT_SCHEMA]',
    ],
    [
      'a script link in rich text',
      (_m: Mutable, l: Mutable[]) => { (l[0] as Mutable).pages[0].blocks[0].body = 'Se [her](javascript:alert)'; },
      'course/lessons/00-test.ts → intro → pages[0].blocks[0].body.nb: expected valid markup (link address must be https:, mailto: or a relative file, found «javascript:alert»), found "Se [her](javascript:alert)" [CONTENT_SCHEMA]',
    ],
    [
      'an action plan naming an unknown reflection',
      (_m: Mutable, l: Mutable[]) => { (l[2] as Mutable).pages[0].blocks[1].reflections = ['ref-x']; },
      'course/lessons/02-test.ts → closing → pages[0].blocks[1].reflections[0]: expected the id of a reflection block, found "ref-x" [CONTENT_UNKNOWN_REFERENCE]',
    ],
    [
      'a self-assessment comparing with one that does not come before it',
      (_m: Mutable, l: Mutable[]) => { (l[2] as Mutable).pages[0].blocks[0].compareWith = 'sa-x'; },
      'course/lessons/02-test.ts → closing → pages[0].blocks[0].compareWith: expected the id of a self-assessment earlier in the course, found "sa-x" [CONTENT_UNKNOWN_REFERENCE]',
    ],
    [
      'a course id that is not an https IRI',
      (m: Mutable) => { m.id = 'kurs'; },
      'course/course.ts → course → id: expected an https IRI, e.g. https://example.no/kurs/ledelse, found "kurs" [CONTENT_SCHEMA]',
    ],
    [
      'a declared language without its texts',
      (m: Mutable) => { m.languages = ['nb', 'nn']; },
      'course/course.ts → course → title.nn: expected a nynorsk (nn) text, since course.ts lists languages nb, nn, found nothing [CONTENT_TRANSLATION]',
    ],
    [
      'a short title too long for the header on a phone',
      (m: Mutable) => { m.shortTitle = { nb: 'God ledelse i staten' }; },
      'course/course.ts → course → shortTitle.nb: expected at most 12 characters (the header at 320 px keeps one line), found "God ledelse i staten" [CONTENT_SCHEMA]',
    ],
  ])('names file, lesson and field for %s', (_name, mutate, expected) => {
    expect(problemsOf(mutate)).toContain(expected);
  });

  it('collects every problem before failing', () => {
    const problems = problemsOf((_m, l) => {
      lessonA(l).objective = 'obj-x';
      lessonA(l).pages[1].blocks[0].question.options[1].correct = true;
      assessment(l).drawPerObjective = 3;
      (l[0] as Mutable).title = '';
    });
    expect(problems.length).toBeGreaterThanOrEqual(4);
  });

  it('reports a missing bank objective and a mastery score that differs from the course', () => {
    const problems = problemsOf((_m, l) => {
      delete assessment(l).bank[0].objective;
      assessment(l).masteryScore = 50;
    });
    expect(problems).toContain('course/lessons/03-test.ts → test → pages[0].blocks[0].bank[0].objective: expected an objective id (obj-a, obj-b), found nothing [CONTENT_ASSESSMENT]');
    expect(problems).toContain('course/lessons/03-test.ts → test → pages[0].blocks[0].masteryScore: expected the course masteryScore (80) or nothing, found 50 [CONTENT_ASSESSMENT]');
  });
});
