import { describe, expect, it } from 'vitest';
import { interactionFor } from '../../../../src/tracking/scorm/scorm-interactions.ts';
import { displayName, lessonStatus, objectiveStatus12, positionChar, scorm12 } from '../../../../src/tracking/scorm/scorm12-values.ts';
import type { Completion, Success } from '../../../../src/state/summary.ts';
import { answered, decided, multiple, ordering, single, summary } from './scorm-fixtures.ts';

const values = (entries: readonly (readonly [string, string])[]) => Object.fromEntries(entries);

describe('SCORM 1.2 lesson_status (one field for completion and success)', () => {
  it.each<[Completion, Success, string]>([
    ['not-attempted', 'unknown', 'incomplete'],
    ['incomplete', 'unknown', 'incomplete'],
    ['completed', 'unknown', 'completed'],
    ['incomplete', 'passed', 'passed'],
    ['completed', 'passed', 'passed'],
    ['incomplete', 'failed', 'failed'],
    ['completed', 'failed', 'failed'],
  ])('%s + %s → %s', (completion, success, expected) => {
    expect(lessonStatus(completion, success)).toBe(expected);
  });

  it('objectives not begun stay "not attempted"; otherwise the same mapping', () => {
    expect(objectiveStatus12('not-attempted', 'unknown')).toBe('not attempted');
    expect(objectiveStatus12('completed', 'failed')).toBe('failed');
    expect(objectiveStatus12('incomplete', 'unknown')).toBe('incomplete');
  });
});

describe('SCORM 1.2 response characters', () => {
  const ids = Array.from({ length: 37 }, (_, i) => `id${i}`);
  it.each([
    [0, '0'],
    [9, '9'],
    [10, 'a'],
    [35, 'z'],
  ])('option %d → %s', (i, expected) => {
    expect(positionChar(ids, `id${i}`)).toBe(expected);
  });
  it('has no character for a 37th option or an unknown id', () => {
    expect(positionChar(ids, 'id36')).toBeNull();
    expect(positionChar(ids, 'nope')).toBeNull();
  });
});

describe('SCORM 1.2 interactions', () => {
  const rec = (e: Parameters<typeof interactionFor>[0]) => {
    const r = interactionFor(e, false);
    if (!r) throw new Error('expected an interaction');
    return r;
  };

  it.each([
    ['single, wrong', answered(single, ['a3'], false), { type: 'choice', student_response: '2', 'correct_responses.0.pattern': '1', result: 'wrong' }],
    ['single, right', answered(single, ['a2'], true), { type: 'choice', student_response: '1', 'correct_responses.0.pattern': '1', result: 'correct' }],
    ['multiple', answered(multiple, ['o11', 'o0'], true), { type: 'choice', student_response: 'b,0', 'correct_responses.0.pattern': '0,b', result: 'correct' }],
    ['ordering', answered(ordering, ['second', 'first', 'third'], false), { type: 'sequencing', student_response: '1,0,2', 'correct_responses.0.pattern': '0,1,2', result: 'wrong' }],
    ['scenario, strong', decided('c-strong'), { type: 'choice', student_response: '1', 'correct_responses.0.pattern': '1', result: 'correct' }],
    ['scenario, partly', decided('c-partly'), { type: 'choice', student_response: '2', result: 'neutral' }],
    ['scenario, weak', decided('c-weak'), { type: 'choice', student_response: '0', result: 'wrong' }],
  ])('%s', (_name, event, expected) => {
    const v = values(scorm12.interactionValues(4, rec(event)));
    for (const [key, value] of Object.entries(expected)) expect(v[`cmi.interactions.4.${key}`]).toBe(value);
    expect(v['cmi.interactions.4.latency']).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    expect(v['cmi.interactions.4.time']).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(Object.keys(v).some((k) => k.includes('description'))).toBe(false); // 1.2 has none
  });

  it('journals no description (1.2 writes none): the 1.2 package carries no description words', () => {
    expect(scorm12.describe).toBeUndefined();
    const r = interactionFor(answered(single, ['a2'], true), false, 'en', scorm12.describe);
    expect(r && 'description' in r).toBe(false);
    expect(r && 'lang' in r).toBe(false);
  });

  it('writes the id first, with the question id or <scenario>--<situation>', () => {
    expect(scorm12.interactionValues(0, rec(answered(single, ['a2'], true)))[0]).toEqual(['cmi.interactions.0.id', 'q-single']);
    expect(scorm12.interactionValues(1, rec(decided('c-weak')))[0]).toEqual(['cmi.interactions.1.id', 'sc--n1']);
  });

  it('links a question to its objective', () => {
    expect(values(scorm12.interactionValues(0, rec(answered(single, ['a2'], true))))['cmi.interactions.0.objectives.0.id']).toBe('kjenn-rammene');
  });

  it('writes reflection text only when the course opts in, as fill-in ≤ 255 characters', () => {
    const event = { type: 'reflection-written', reflectionId: 'refl', lessonId: 'l1', text: 'x'.repeat(300) + '\nmer', at: new Date() } as const;
    expect(interactionFor(event, false)).toBeNull();
    const r = interactionFor(event, true);
    if (!r) throw new Error('expected an interaction');
    const v = values(scorm12.interactionValues(0, r));
    expect(v['cmi.interactions.0.type']).toBe('fill-in');
    expect(v['cmi.interactions.0.student_response']).toHaveLength(255);
    expect(v['cmi.interactions.0.result']).toBe('neutral');
  });
});

describe('SCORM 1.2 state values', () => {
  const index = (id: string) => ['kjenn-rammene', 'styrk-medarbeiderne', 'se-helheten', 'vaer-innovativ', 'utvikle-deg-som-leder'].indexOf(id);
  const context = {} as Parameters<typeof scorm12.stateValues>[2];

  it('while unfinished: incomplete, suspend, bookmark and no score', () => {
    const v = values(scorm12.stateValues({ location: 'page-1', summary: summary(), serialized: 'g1~x' }, index, context));
    expect(v).toMatchObject({ 'cmi.core.lesson_status': 'incomplete', 'cmi.core.exit': 'suspend', 'cmi.core.lesson_location': 'page-1', 'cmi.suspend_data': 'g1~x' });
    expect(v['cmi.core.score.raw']).toBeUndefined();
    expect(v['cmi.objectives.0.id']).toBe('kjenn-rammene');
    expect(v['cmi.objectives.4.status']).toBe('not attempted');
  });

  it('failed: status failed with the score 0–100, and the attempt is suspended to come back to', () => {
    const v = values(scorm12.stateValues({ location: 'page-1', summary: summary({ completion: 'completed', success: 'failed', score: 60 }, { success: 'failed', score: 50, completion: 'completed' }), serialized: '' }, index, context));
    expect(v).toMatchObject({ 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '60', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100', 'cmi.core.exit': 'suspend' });
    expect(v['cmi.objectives.2.score.raw']).toBe('50');
    expect(v['cmi.objectives.2.status']).toBe('failed');
  });

  it('completed and passed: status passed, normal exit ("")', () => {
    const v = values(scorm12.stateValues({ location: 'page-1', summary: summary({ completion: 'completed', success: 'passed', score: 93.6 }), serialized: '' }, index, context));
    expect(v).toMatchObject({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '94', 'cmi.core.exit': '' });
  });

  it('browse mode: an unfinished launch is "browsed"; a result still counts', () => {
    expect(values(scorm12.stateValues({ location: 'page-1', summary: summary(), serialized: '' }, index, context, 'browse'))['cmi.core.lesson_status']).toBe('browsed');
    expect(values(scorm12.stateValues({ location: 'page-1', summary: summary({ success: 'passed', score: 90 }), serialized: '' }, index, context, 'browse'))['cmi.core.lesson_status']).toBe('passed');
  });

  it('puts each objective id before its fields', () => {
    const keys = scorm12.stateValues({ location: 'page-1', summary: summary(), serialized: '' }, index, context).map(([k]) => k);
    expect(keys.indexOf('cmi.objectives.3.id')).toBeLessThan(keys.indexOf('cmi.objectives.3.status'));
  });
});

describe('SCORM 1.2 launch data', () => {
  const read = (data: Record<string, string | null>) => (el: string) => data[el] ?? null;
  it('reads resume data and tolerates odd casing and numbers', () => {
    const launch = scorm12.readLaunch(read({ 'cmi.suspend_data': 'g1~L1', 'cmi.core.student_name': 'Nordmann, Ola', 'cmi.core.lesson_mode': ' Review', 'cmi.core.credit': 'No-Credit', 'cmi.student_data.mastery_score': '75', 'cmi.student_preference.language': 'nb-NO' }));
    expect(launch).toEqual({ saved: 'g1~L1', learnerName: 'Ola Nordmann', language: 'nb-NO', mode: 'review', credit: false, masteryScore: 75 });
  });
  it('a first launch: nothing saved, normal mode, credit, mastery from nowhere', () => {
    expect(scorm12.readLaunch(read({ 'cmi.suspend_data': '', 'cmi.core.lesson_mode': 'Normal', 'cmi.student_data.mastery_score': '' }))).toEqual({ saved: null, learnerName: null, language: null, mode: 'normal', credit: true, masteryScore: null });
  });
  it.each([
    ['Nordmann, Ola', 'Ola Nordmann'],
    ['Ola Nordmann', 'Ola Nordmann'],
    ['', null],
    ['A, B, C', 'A, B, C'],
  ])('student_name %j → %j', (name, expected) => {
    expect(displayName(name)).toBe(expected);
  });
});
