import { describe, expect, it } from 'vitest';
import { interactionFor } from '../../../../src/tracking/scorm/scorm-interactions.ts';
import { completion2004, scorm2004, shortIdentifier } from '../../../../src/tracking/scorm/scorm2004-values.ts';
import { MOODLE_SHORT_IDENTIFIER } from '../../../../packaging/lms-preview/strict-profile.ts';
import type { Completion } from '../../../../src/state/summary.ts';
import { answered, decided, multiple, ordering, single, summary } from './scorm-fixtures.ts';

const values = (entries: readonly (readonly [string, string])[]) => Object.fromEntries(entries);
const index = (id: string) => ['kjenn-rammene', 'styrk-medarbeiderne', 'se-helheten', 'vaer-innovativ', 'utvikle-deg-som-leder'].indexOf(id);
const context = {} as Parameters<typeof scorm2004.stateValues>[2];

describe('SCORM 2004 completion_status', () => {
  it.each<[Completion, boolean, string]>([
    ['not-attempted', true, 'incomplete'],
    ['not-attempted', false, 'not attempted'],
    ['incomplete', false, 'incomplete'],
    ['completed', true, 'completed'],
  ])('%s (launched %s) → %s', (c, launched, expected) => {
    expect(completion2004(c, launched)).toBe(expected);
  });
});

describe('SCORM 2004 state values: completion and success apart', () => {
  it.each([
    ['unfinished', summary(), { 'cmi.completion_status': 'incomplete', 'cmi.success_status': 'unknown', 'cmi.exit': 'suspend', 'cmi.progress_measure': '0.25' }],
    ['failed', summary({ completion: 'completed', success: 'failed', score: 60, progress: 1 }), { 'cmi.completion_status': 'completed', 'cmi.success_status': 'failed', 'cmi.score.scaled': '0.6', 'cmi.score.raw': '60', 'cmi.exit': 'suspend', 'cmi.progress_measure': '1' }],
    ['passed before finishing the lessons', summary({ success: 'passed', score: 85 }), { 'cmi.completion_status': 'incomplete', 'cmi.success_status': 'passed', 'cmi.exit': 'suspend' }],
    ['completed and passed', summary({ completion: 'completed', success: 'passed', score: 100, progress: 1 }), { 'cmi.completion_status': 'completed', 'cmi.success_status': 'passed', 'cmi.score.scaled': '1', 'cmi.score.min': '0', 'cmi.score.max': '100', 'cmi.exit': 'normal' }],
  ])('%s', (_name, s, expected) => {
    const v = values(scorm2004.stateValues({ location: 'page-1', summary: s, serialized: 'g1' }, index, context));
    expect(v).toMatchObject({ ...expected, 'cmi.location': 'page-1', 'cmi.suspend_data': 'g1' });
  });

  it('objectives carry completion, success and score', () => {
    const v = values(scorm2004.stateValues({ location: 'page-1', summary: summary({}, { completion: 'completed', success: 'passed', score: 90 }), serialized: '' }, index, context));
    expect(v).toMatchObject({ 'cmi.objectives.1.id': 'styrk-medarbeiderne', 'cmi.objectives.1.completion_status': 'completed', 'cmi.objectives.1.success_status': 'passed', 'cmi.objectives.1.score.scaled': '0.9', 'cmi.objectives.1.score.raw': '90' });
  });

  it('objectives are described by their expectation title when the course gives one', () => {
    const titled = { objectiveTitles: { 'styrk-medarbeiderne': 'Styrk medarbeiderne' } } as unknown as Parameters<typeof scorm2004.stateValues>[2];
    const v = values(scorm2004.stateValues({ location: 'page-1', summary: summary(), serialized: '' }, index, titled));
    expect(v['cmi.objectives.1.description']).toBe('{lang=nb}Styrk medarbeiderne');
    expect(v['cmi.objectives.0.description']).toBeUndefined();
  });

  it('exit: suspendAll until finished, then no navigation request at all (Moodle fails on exitAll)', () => {
    expect(scorm2004.exitValues(summary())).toEqual([['adl.nav.request', 'suspendAll']]);
    expect(scorm2004.exitValues(summary({ completion: 'completed', success: 'passed' }))).toEqual([]);
    expect(scorm2004.exitValues(summary({ completion: 'completed', success: 'failed' }))).toEqual([['adl.nav.request', 'suspendAll']]);
  });
});

describe('SCORM 2004 interactions', () => {
  const rec = (e: Parameters<typeof interactionFor>[0]) => {
    const r = interactionFor(e, false, 'nb', scorm2004.describe);
    if (!r) throw new Error('expected an interaction');
    return r;
  };
  it.each([
    ['single, wrong', answered(single, ['a3'], false), { type: 'choice', learner_response: 'a3', 'correct_responses.0.pattern': 'a2', result: 'incorrect' }],
    ['multiple', answered(multiple, ['o11', 'o0'], true), { type: 'choice', learner_response: 'o11[,]o0', 'correct_responses.0.pattern': 'o0[,]o11', result: 'correct' }],
    ['ordering', answered(ordering, ['second', 'first', 'third'], false), { type: 'sequencing', learner_response: 'second[,]first[,]third', 'correct_responses.0.pattern': 'first[,]second[,]third', result: 'incorrect' }],
    ['scenario, partly (hyphens become underscores)', decided('c-partly'), { type: 'choice', learner_response: 'c_partly', 'correct_responses.0.pattern': 'c_strong', result: 'neutral' }],
  ])('%s', (_name, event, expected) => {
    const v = values(scorm2004.interactionValues(2, rec(event)));
    for (const [key, value] of Object.entries(expected)) expect(v[`cmi.interactions.2.${key}`]).toBe(value);
    expect(v['cmi.interactions.2.latency']).toMatch(/^PT/);
    expect(v['cmi.interactions.2.timestamp']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{2}Z$/);
  });

  it('every choice / sequencing response node passes Moodle 4.5\'s identifier rule ^[\\w.]{1,250}$', () => {
    const ids = ['kr-q1-a', 'a1', 'c-strong', 'x-y-z-9'];
    const q = { ...single, options: ids.map((id, i) => ({ id, text: { nb: id }, correct: i === 0, feedback: { nb: '' } })) };
    const v = values(scorm2004.interactionValues(0, rec(answered(q, ['kr-q1-a'], true))));
    for (const key of ['cmi.interactions.0.learner_response', 'cmi.interactions.0.correct_responses.0.pattern']) {
      for (const node of (v[key] ?? '').split('[,]')) expect(node).toMatch(MOODLE_SHORT_IDENTIFIER);
    }
    expect(v['cmi.interactions.0.learner_response']).toBe('kr_q1_a');
    expect(shortIdentifier('kr-q1-a')).toBe('kr_q1_a');
  });

  it('a record journaled without a description (by the 1.2 package) is written without one, the rest as usual', () => {
    const bare = interactionFor(answered(single, ['a2'], true), false);
    if (!bare) throw new Error('expected an interaction');
    const keys = scorm2004.interactionValues(0, bare).map(([k]) => k);
    expect(keys).not.toContain('cmi.interactions.0.description');
    expect(keys).toEqual(expect.arrayContaining(['cmi.interactions.0.id', 'cmi.interactions.0.learner_response', 'cmi.interactions.0.result']));
  });

  it('has a one-line description (2004 only), naming the assessment attempt', () => {
    const v = values(scorm2004.interactionValues(0, rec(answered(single, ['a2'], true, { kind: 'assessment', attempt: 2 }))));
    expect(v['cmi.interactions.0.description']).toBe('{lang=nb}Avsluttende test, forsøk 2: Hva er riktig?');
  });

  it('writes id, then type, before the responses', () => {
    const keys = scorm2004.interactionValues(0, rec(answered(ordering, ['first', 'second', 'third'], true))).map(([k]) => k);
    expect(keys.slice(0, 2)).toEqual(['cmi.interactions.0.id', 'cmi.interactions.0.type']);
    expect(keys.indexOf('cmi.interactions.0.type')).toBeLessThan(keys.indexOf('cmi.interactions.0.learner_response'));
  });

  it('reflections (opted in) are long-fill-in with a language tag', () => {
    const r = interactionFor({ type: 'reflection-written', reflectionId: 'refl', lessonId: 'l1', text: '{Jeg}\nvil', at: new Date() }, true, 'nb', scorm2004.describe);
    if (!r) throw new Error('expected an interaction');
    const v = values(scorm2004.interactionValues(0, r));
    expect(v['cmi.interactions.0.type']).toBe('long-fill-in');
    expect(v['cmi.interactions.0.learner_response']).toBe('{lang=nb}{Jeg} vil');
  });
});

describe('SCORM 2004 launch data', () => {
  const read = (data: Record<string, string | null>) => (el: string) => data[el] ?? null;
  it('scaled_passing_score becomes the mastery percent', () => {
    expect(scorm2004.readLaunch(read({ 'cmi.scaled_passing_score': '0.75', 'cmi.mode': 'Browse', 'cmi.credit': 'credit', 'cmi.learner_name': 'Kari' }))).toEqual({ saved: null, learnerName: 'Kari', language: null, mode: 'browse', credit: true, masteryScore: 75 });
  });
  it('ignores an unset or out-of-range scaled_passing_score', () => {
    expect(scorm2004.readLaunch(read({ 'cmi.scaled_passing_score': '' })).masteryScore).toBeNull();
    expect(scorm2004.readLaunch(read({ 'cmi.scaled_passing_score': '-0.5' })).masteryScore).toBeNull();
  });
});
