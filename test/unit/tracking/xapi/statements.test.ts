import { beforeAll, describe, expect, it } from 'vitest';
import { questionSchema, type Course, type Question, type Scenario, type SituationNode } from '../../../../course/schema/index.ts';
import { loadValidCourse } from '../../../../packaging/validate-course.ts';
import type { TrackingEvent } from '../../../../src/state/events.ts';
import { courseActivity } from '../../../../src/tracking/xapi/activities.ts';
import { courseFacts } from '../../../../src/tracking/xapi/course-facts.ts';
import { isoDuration } from '../../../../src/tracking/xapi/duration.ts';
import { eventDrafts, type DraftOptions } from '../../../../src/tracking/xapi/event-drafts.ts';
import { buildStatement } from '../../../../src/tracking/xapi/statement-factory.ts';
import type { Statement } from '../../../../src/tracking/xapi/types.ts';
import { UUID_PATTERN, uuidV4 } from '../../../../src/tracking/xapi/uuid.ts';
import { CMI5, VERBS } from '../../../../src/tracking/xapi/vocabulary.ts';
import { statementWarnings } from '../../../lrs/validate-statement.ts';
import { vocabularyProblems } from '../../../lrs/vocabulary-check.ts';
import { multiple, ordering } from './fixture-course.ts';
import { fakeWindow, snapshotOf, trackerContext } from './helpers.ts';

let course: Course;
let options: DraftOptions;
const at = new Date('2026-01-05T10:00:00.000Z');
const actor = { objectType: 'Agent' as const, name: 'Kari Nordmann', account: { homePage: 'https://lms.example', name: 'kari' } };
const build = (event: TrackingEvent, o: Partial<DraftOptions> = {}): Statement[] =>
  eventDrafts(event, { ...options, ...o }).map((d) => buildStatement({ actor, registration: '6b1b9a59-4a63-4c6f-9d5e-0a1b2c3d4e5f', template: {} }, d));

function scenarios(c: Course): Scenario[] {
  return c.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'scenario' ? [b.scenario] : []))));
}
function questions(c: Course): Question[] {
  return c.lessons.flatMap((l) =>
    l.pages.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'question' ? [b.question] : b.kind === 'assessment' ? b.bank : []))),
  );
}

beforeAll(async () => {
  course = await loadValidCourse(process.cwd());
  const ctx = trackerContext(course, fakeWindow({ course }));
  const facts = courseFacts(ctx);
  options = {
    facts,
    root: courseActivity(facts),
    summary: snapshotOf(course, { progress: 0.42 }).summary,
    trackReflectionText: false,
    partDoneVerb: VERBS.completed,
    sendProgress: true,
  };
});

describe('statement builders', () => {
  it('every question of the course (and each interaction kind) makes a clean answered statement', () => {
    const all = [...questions(course), questionSchema.parse(multiple), questionSchema.parse(ordering)];
    expect(new Set(all.map((q) => q.kind))).toEqual(new Set(['single', 'multiple', 'ordering']));
    for (const q of all) {
      for (const correct of [true, false]) {
        const response = q.kind === 'ordering' ? q.items.map((i) => i.id).reverse() : q.kind === 'single' ? [q.options[0]?.id ?? ''] : q.options.map((o) => o.id);
        const [s, ...rest] = build({ type: 'question-answered', question: q, lessonId: 'l', response, correct, latencyMs: 3210, at, context: correct ? { kind: 'lesson' } : { kind: 'assessment', attempt: 2 } });
        expect(rest).toEqual([]);
        if (!s) throw new Error('no statement');
        expect(statementWarnings(s)).toEqual([]);
        expect(s.verb.id).toBe(VERBS.answered.id);
        expect(s.object.id).toBe(`${course.meta.id}/question/${q.id}`);
        expect(s.object.definition?.interactionType).toBe(q.kind === 'ordering' ? 'sequencing' : 'choice');
        expect(s.object.definition?.correctResponsesPattern).toHaveLength(1);
        expect(s.result).toMatchObject({ response: response.join('[,]'), success: correct, duration: 'PT3.21S' });
        const components = s.object.definition?.choices;
        expect(components?.every((c) => typeof c.description.nb === 'string')).toBe(true);
      }
    }
  });

  it('every scenario decision of the course is a clean choice interaction; endings complete the scenario', () => {
    const list = scenarios(course);
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) {
      for (const node of s.nodes.filter((n): n is SituationNode => n.kind === 'situation')) {
        for (const choice of node.choices) {
          const [st] = build({ type: 'scenario-decision', scenario: s, lessonId: 'l', node, choice, step: 1, latencyMs: 1000, at });
          if (!st) throw new Error('no statement');
          expect(statementWarnings(st)).toEqual([]);
          expect(st.object.id).toBe(`${course.meta.id}/scenario/${s.id}/decision/${node.id}`);
          expect(st.object.definition?.choices?.map((c) => c.id)).toEqual(node.choices.map((c) => c.id));
          expect(st.result).toMatchObject({ response: choice.id, success: choice.rating === 'strong' });
        }
      }
      const ending = s.nodes.find((n) => n.kind === 'ending');
      const [end] = build({ type: 'scenario-ended', scenario: s, lessonId: 'l', endingId: ending?.id ?? 'x', at });
      expect(statementWarnings(end)).toEqual([]);
      expect(end?.result?.completion).toBe(true);
    }
  });

  it('page views send progressed with an integer 0–100 progress, and none once completed (cmi5 §9.5.5.1)', () => {
    const [s] = build({ type: 'page-viewed', lessonId: 'l', pageId: 'p', at });
    expect(statementWarnings(s)).toEqual([]);
    expect(s?.verb.id).toBe(VERBS.progressed.id);
    expect(s?.result?.extensions?.[CMI5.progress]).toBe(42);
    expect(build({ type: 'page-viewed', lessonId: 'l', pageId: 'p', at }, { sendProgress: false })).toEqual([]);
  });

  it('reflections record that one was written, and the text only when the course opts in', () => {
    const event: TrackingEvent = { type: 'reflection-written', reflectionId: 'r1', lessonId: 'l', text: 'Privat tekst', at };
    const [quiet] = build(event);
    expect(statementWarnings(quiet)).toEqual([]);
    expect(JSON.stringify(quiet)).not.toContain('Privat tekst');
    const [open] = build(event, { trackReflectionText: true });
    expect(open?.result?.response).toBe('Privat tekst');
    expect(statementWarnings(open)).toEqual([]);
  });

  it('readable names for coordinators: no ids in names; names the course makes up in nb, nn and en', () => {
    const reflections = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'reflection' ? [{ b, lessonId: l.id }] : []))));
    expect(reflections.length).toBeGreaterThan(0);
    for (const { b, lessonId } of reflections) {
      const [st] = build({ type: 'reflection-written', reflectionId: b.id, lessonId, text: 'x', at });
      expect(vocabularyProblems(st as Statement)).toEqual([]);
      const label = b.planLabel ?? b.prompt;
      expect(st?.object.definition?.name).toEqual({ nb: `Refleksjon: ${label.nb}`, nn: `Refleksjon: ${label.nn ?? label.nb}`, en: `Reflection: ${label.en ?? label.nb}` });
    }
    for (const sc of scenarios(course)) {
      for (const node of sc.nodes) {
        if (node.kind !== 'situation') continue;
        const [st] = build({ type: 'scenario-decision', scenario: sc, lessonId: 'l', node, choice: node.choices[0] as SituationNode['choices'][number], step: 1, latencyMs: 1, at });
        expect(vocabularyProblems(st as Statement)).toEqual([]);
        expect(st?.object.definition?.name?.nb).toMatch(new RegExp(`^${sc.title.nb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} – valg i situasjon \\d+$`));
        expect(st?.object.definition?.name?.nn).toMatch(/ – val i situasjon \d+$/);
        expect(st?.object.definition?.name?.en).toMatch(/ – choice in situation \d+$/);
      }
    }
  });

  it('lesson completion and the assessment (with one result per expectation) are clean', () => {
    const [lesson] = build({ type: 'lesson-completed', lessonId: 'l', at });
    expect(statementWarnings(lesson)).toEqual([]);
    const ids = course.meta.objectives.map((o) => o.id);
    const byObjective = Object.fromEntries(ids.map((id, i) => [id, i * 25]));
    const list = build({ type: 'assessment-submitted', attempt: 1, passed: false, result: { score: 66.6667, byObjective, draw: [] }, at });
    expect(list).toHaveLength(1 + ids.length);
    for (const s of list) expect(statementWarnings(s)).toEqual([]);
    expect(list[0]?.result?.score).toEqual({ scaled: 0.6667, raw: 67, min: 0, max: 100 });
    expect(list.slice(1).map((s) => s.object.id)).toEqual(ids.map((id) => `${course.meta.id}/objective/${id}`));
    expect(list.slice(1).map((s) => s.result?.success)).toEqual(ids.map((_, i) => i * 25 >= 80));
    expect(build({ type: 'course-completed', at })).toEqual([]);
  });

  it('statements get UUID v4 ids, UTC timestamps, nb language, the registration', () => {
    const [a] = build({ type: 'lesson-completed', lessonId: 'l', at });
    const [b] = build({ type: 'lesson-completed', lessonId: 'l', at });
    expect(a?.id).toMatch(UUID_PATTERN);
    expect(a?.id).not.toBe(b?.id);
    expect(a?.timestamp).toBe('2026-01-05T10:00:00.000Z');
    expect(a?.context).toMatchObject({ language: 'nb', registration: '6b1b9a59-4a63-4c6f-9d5e-0a1b2c3d4e5f' });
  });

  it('the context template is kept and never overwritten (cmi5 §10 contextTemplate)', () => {
    const template = {
      extensions: { [CMI5.sessionId]: 'session-1', 'https://lms.example/x': 'keep' },
      contextActivities: { grouping: [{ objectType: 'Activity' as const, id: 'https://publisher.example/au' }] },
    };
    const [draft] = eventDrafts({ type: 'lesson-completed', lessonId: 'l', at }, options);
    if (!draft) throw new Error('no draft');
    const s = buildStatement({ actor, registration: null, template }, { ...draft, extensions: { [CMI5.sessionId]: 'mine', 'https://kurs.example/e': 1 } });
    expect(s.context?.extensions).toMatchObject({ [CMI5.sessionId]: 'session-1', 'https://lms.example/x': 'keep', 'https://kurs.example/e': 1 });
    expect(s.context?.contextActivities?.grouping?.[0]?.id).toBe('https://publisher.example/au');
    expect(statementWarnings(s)).toEqual([]);
  });
});

describe('helpers', () => {
  it.each([
    [0, 'PT0S'],
    [1234, 'PT1.23S'],
    [61_000, 'PT1M1S'],
    [3_600_000, 'PT1H'],
    [3_725_500, 'PT1H2M5.5S'],
  ])('isoDuration(%i) = %s', (ms, iso) => expect(isoDuration(ms)).toBe(iso));

  it('uuidV4 falls back to a valid v4 without crypto.randomUUID (not a secure context)', () => {
    const saved = globalThis.crypto;
    Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues: (a: Uint8Array<ArrayBuffer>) => saved.getRandomValues(a) }, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 50 }, () => uuidV4()));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(UUID_PATTERN);
    } finally {
      Object.defineProperty(globalThis, 'crypto', { value: saved, configurable: true });
    }
  });
});
