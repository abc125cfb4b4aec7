import { beforeAll, describe, expect, it } from 'vitest';
import type { Course } from '../../../../course/schema/index.ts';
import { loadValidCourse } from '../../../../packaging/validate-course.ts';
import type { TrackingEvent } from '../../../../src/state/events.ts';
import { completed, initialized, judged, terminated } from '../../../../src/tracking/cmi5/defined-statements.ts';
import { courseActivity } from '../../../../src/tracking/xapi/activities.ts';
import { courseFacts } from '../../../../src/tracking/xapi/course-facts.ts';
import { courseStatements } from '../../../../src/tracking/xapi/course-statements.ts';
import { eventDrafts } from '../../../../src/tracking/xapi/event-drafts.ts';
import { buildStatement, type Draft, type StatementBase } from '../../../../src/tracking/xapi/statement-factory.ts';
import { CMI5, VERBS } from '../../../../src/tracking/xapi/vocabulary.ts';
import { fakeWindow, snapshotOf, trackerContext } from './helpers.ts';

/**
 * Every statement shape the course sends, byte for byte (JSON, key order included), for one
 * event of each kind with the real course: a change to what an LRS or LMS receives shows up
 * here as a changed file, never silently (the builders are made smaller without changing it).
 */
let course: Course;
let drafts: Draft[];
const at = new Date('2026-01-05T10:00:00.000Z');
const actor = { objectType: 'Agent' as const, name: 'Kari Nordmann', account: { homePage: 'https://lms.example', name: 'kari' } };

beforeAll(async () => {
  course = await loadValidCourse(process.cwd());
  const facts = courseFacts(trackerContext(course, fakeWindow({ course })));
  const root = courseActivity(facts);
  const blocks = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks.map((b) => ({ lessonId: l.id, pageId: p.id, b }))));
  const pick = <K extends string>(kind: K) => {
    const found = blocks.find((x) => x.b.kind === kind);
    if (!found) throw new Error(`no ${kind} block`);
    return found as { lessonId: string; pageId: string; b: Extract<(typeof blocks)[number]['b'], { kind: K }> };
  };
  const q = pick('question');
  const sc = pick('scenario');
  const node = sc.b.scenario.nodes.find((n) => n.kind === 'situation');
  if (!node?.choices[0]) throw new Error('no situation');
  const ref = pick('reflection');
  const plan = pick('action-plan');
  const test = pick('assessment');
  const ordering = test.b.bank.find((x) => x.kind === 'ordering') ?? test.b.bank[0];
  if (!ordering) throw new Error('no bank');
  const objectives = course.meta.objectives.map((o) => o.id);
  const events: TrackingEvent[] = [
    { type: 'page-viewed', lessonId: q.lessonId, pageId: q.pageId, at },
    { type: 'question-answered', question: q.b.question, lessonId: q.lessonId, response: ['x', 'y'], correct: false, latencyMs: 3210, at, context: { kind: 'lesson' } },
    { type: 'question-answered', question: ordering, lessonId: test.lessonId, response: ['a'], correct: true, latencyMs: 61_000, at, context: { kind: 'assessment', attempt: 2 } },
    { type: 'scenario-decision', scenario: sc.b.scenario, lessonId: sc.lessonId, node, choice: node.choices[0], step: 1, latencyMs: 4500, at },
    { type: 'scenario-ended', scenario: sc.b.scenario, lessonId: sc.lessonId, endingId: 'end-1', at },
    { type: 'reflection-written', reflectionId: ref.b.id, lessonId: ref.lessonId, text: 'Mine tanker', at },
    { type: 'personal-done', blockId: plan.b.id, blockKind: 'action-plan', lessonId: plan.lessonId, at },
    { type: 'lesson-completed', lessonId: q.lessonId, at },
    { type: 'assessment-submitted', attempt: 2, result: { score: 76.5, byObjective: Object.fromEntries(objectives.map((id, i) => [id, 50 + i * 12.5])) }, passed: true, at } as TrackingEvent,
    { type: 'course-completed', at },
  ];
  const summary = snapshotOf(course, { progress: 0.42 }).summary;
  drafts = [];
  for (const e of events) drafts.push(...eventDrafts(e, { facts, root, summary, trackReflectionText: false, partDoneVerb: VERBS.completed, sendProgress: true }));
  // The options change only these: cmi5's verb for a finished part, reflection text, progress.
  const small = events.filter((e) => ['page-viewed', 'scenario-ended', 'reflection-written', 'personal-done', 'lesson-completed'].includes(e.type));
  for (const e of small) drafts.push(...eventDrafts(e, { facts, root, summary, trackReflectionText: true, partDoneVerb: VERBS.experienced, sendProgress: false }));
  drafts.push(
    courseStatements.initialized(root, at),
    courseStatements.completed(root, 'PT1M', at),
    courseStatements.judged(root, true, 84.44, 'PT2M', at),
    courseStatements.judged(root, false, 12.5, 'PT2M', at),
    courseStatements.suspended(root, 'PT3M', at),
    courseStatements.resumed(root, at),
    courseStatements.terminated(root, 'PT4M', at),
    initialized(root, at),
    completed(root, 'PT1M', at),
    judged(root, true, 84.44, 0.8, 'PT2M', at),
    judged(root, false, 12.5, null, 'PT2M', at),
    terminated(root, 'PT4M', at),
  );
});

describe('the wire format', () => {
  it('Tin Can statements, as sent', async () => {
    let n = 0;
    const base: StatementBase = { actor, registration: '6b1b9a59-4a63-4c6f-9d5e-0a1b2c3d4e5f', template: {}, uuid: () => `id-${n++}`, language: 'nn' };
    const json = drafts.map((d) => JSON.stringify(buildStatement(base, d))).join('\n');
    await expect(json).toMatchFileSnapshot('./__wire__/tin-can-statements.jsonl');
  });

  it('cmi5 statements, with the LMS context template, as sent', async () => {
    let n = 0;
    const template = {
      contextActivities: { grouping: [{ objectType: 'Activity' as const, id: 'https://lms.example/course/1' }] },
      extensions: { [CMI5.sessionId]: 'session-1' },
    };
    const base: StatementBase = { actor, registration: '6b1b9a59-4a63-4c6f-9d5e-0a1b2c3d4e5f', template, uuid: () => `id-${n++}` };
    const json = drafts.map((d) => JSON.stringify(buildStatement(base, d))).join('\n');
    await expect(json).toMatchFileSnapshot('./__wire__/cmi5-statements.jsonl');
  });
});
