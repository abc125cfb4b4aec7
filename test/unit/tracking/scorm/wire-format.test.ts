import { beforeAll, describe, expect, it } from 'vitest';
import type { Course, Locale } from '../../../../course/schema/index.ts';
import { loadValidCourse } from '../../../../packaging/validate-course.ts';
import type { TrackingEvent } from '../../../../src/state/events.ts';
import type { ScormDialect } from '../../../../src/tracking/scorm/scorm-dialect.ts';
import { interactionFor } from '../../../../src/tracking/scorm/scorm-interactions.ts';
import { scorm12 } from '../../../../src/tracking/scorm/scorm12-values.ts';
import { scorm2004 } from '../../../../src/tracking/scorm/scorm2004-values.ts';
import { summary } from './scorm-fixtures.ts';

/**
 * What each SCORM version writes, element by element and in order, for the real course's
 * answers, decisions and a reflection in every language, and for a state with scores: a change
 * to what the LMS receives shows up here as a changed file, never silently.
 */
let course: Course;
let events: TrackingEvent[];
const at = new Date('2026-01-05T10:00:00.000Z');
const LOCALES: Locale[] = ['nb', 'nn', 'en'];

beforeAll(async () => {
  course = await loadValidCourse(process.cwd());
  const blocks = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks.map((b) => ({ lessonId: l.id, b }))));
  events = [];
  let questions = 0;
  let scenarios = 0;
  for (const { lessonId, b } of blocks) {
    if (b.kind === 'question' && questions++ < 3) events.push({ type: 'question-answered', question: b.question, lessonId, response: ['x'], correct: false, latencyMs: 3210, at, context: { kind: 'lesson' } });
    if (b.kind === 'assessment') {
      for (const q of b.bank.slice(0, 4)) events.push({ type: 'question-answered', question: q, lessonId, response: [], correct: true, latencyMs: 61_000, at, context: { kind: 'assessment', attempt: 2 } });
    }
    if (b.kind === 'scenario' && scenarios++ < 1) {
      let step = 1;
      for (const node of b.scenario.nodes) {
        if (node.kind !== 'situation') continue;
        for (const choice of node.choices) events.push({ type: 'scenario-decision', scenario: b.scenario, lessonId, node, choice, step, latencyMs: 4500, at });
        step += 1;
      }
    }
    if (b.kind === 'reflection') events.push({ type: 'reflection-written', reflectionId: b.id, lessonId, text: 'Mine\ntanker {om} dette', at });
  }
});

const objectiveIndex = (id: string) => ['kjenn-rammene', 'styrk-medarbeiderne', 'se-helheten', 'vaer-innovativ', 'utvikle-deg-som-leder'].indexOf(id);

function written(dialect: ScormDialect): string {
  const lines: string[] = [];
  for (const locale of LOCALES) {
    for (const e of events) {
      const record = interactionFor(e, true, locale, dialect.describe);
      if (record) lines.push(JSON.stringify(dialect.interactionValues(7, record)));
    }
  }
  const context = { objectiveTitles: Object.fromEntries(course.meta.objectives.map((o) => [o.id, o.title])) } as unknown as Parameters<ScormDialect['stateValues']>[2];
  for (const s of [summary(), summary({ completion: 'completed', success: 'failed', score: 61.5, progress: 1 }, { completion: 'completed', success: 'passed', score: 87.25 })]) {
    for (const locale of LOCALES) lines.push(JSON.stringify(dialect.stateValues({ location: 'p-1', summary: s, serialized: 'g1~x', locale, chosen: locale }, objectiveIndex, context)));
  }
  return lines.join('\n');
}

describe('the SCORM wire format', () => {
  it('SCORM 1.2', async () => {
    await expect(written(scorm12)).toMatchFileSnapshot('./__wire__/scorm12-values.jsonl');
  });
  it('SCORM 2004', async () => {
    await expect(written(scorm2004)).toMatchFileSnapshot('./__wire__/scorm2004-values.jsonl');
  });
});
