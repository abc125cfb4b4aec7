import { describe, expect, it } from 'vitest';
import { indexCourse } from '../../../src/state/course-index.ts';
import { deserialize, FORMAT, serialize } from '../../../src/state/serialize.ts';
import { initialState } from '../../../src/state/state.ts';
import { sampleCourse } from '../../fixtures/sample-course.ts';
import { fullRun, run, sampleIndex } from './helpers.ts';

const index = sampleIndex();

describe('saved state (serialize / deserialize)', () => {
  it('round-trips a full run, except reflection text, which stays on the device', () => {
    const { state } = run(index, fullRun(false));
    const text = serialize(index, state);
    expect(text.startsWith(`${FORMAT}~`)).toBe(true);
    expect(text).not.toContain('Min tanke');
    const back = deserialize(index, text);
    expect(back.warnings).toEqual([]);
    expect(back.state).toEqual({ ...state, reflections: { 'ref-a': '' } });
  });

  it('round-trips an attempt in progress and a scenario mid-way', () => {
    const { state } = run(index, [
      { type: 'goto', pageId: 'p-a3' },
      { type: 'choose', scenarioId: 'sc-a', choiceId: 'c1', latencyMs: 1 },
      { type: 'start-attempt', draw: ['ta-2', 'ta-3', 'tb-1', 'tb-2'] },
      { type: 'assessment-answer', questionId: 'ta-3', response: ['s', 'r'] },
    ]);
    expect(deserialize(index, serialize(index, state)).state).toEqual(state);
  });

  it('keeps the day the certificate was earned; a day that is not a real one is dropped and said', () => {
    const { state } = run(index, fullRun(true));
    expect(state.certifiedOn).toBe('2026-11-27');
    expect(deserialize(index, serialize(index, state)).state.certifiedOn).toBe('2026-11-27');
    for (const bad of ['20260230', '2026113', '2026-11-27']) {
      const back = deserialize(index, `g1~Lbbi~D${bad}`);
      expect(back.state.certifiedOn, bad).toBeUndefined();
      expect(back.warnings, bad).toEqual([`D${bad}`]);
    }
  });

  it('writes the same string as always (the saved-state format is a promise to every saved learner)', () => {
    expect(serialize(index, run(index, fullRun(true)).state)).toBe('g1~Lbbi~V6v4uqknth24i1nnn7xbbi~Ayppjr.5msjrus.rbrxbmab9~Sydd!jt5v~R1n8~T2si42sl12s:z8g6med81k54:dx,dxoy,dx,dx~D20261127');
    expect(serialize(index, run(index, fullRun(false)).state)).toBe('g1~Lbbi~V6v4uqknth24i1nnn7xbbi~Ayppjr.5msjrus.rbrxbmab9~Sydd!jt5v~R1n8~T00i400l100:z8g6med81k54:x2,x2,x2,x2');
  });

  it('writes an attempt in progress, a scenario mid-way and the seed the same way as always', () => {
    const { state } = run(index, [
      { type: 'seed', seed: 123456789 },
      { type: 'goto', pageId: 'p-a3' },
      { type: 'choose', scenarioId: 'sc-a', choiceId: 'c1', latencyMs: 1 },
      { type: 'start-attempt', draw: ['ta-2', 'ta-3', 'tb-1', 'tb-2'] },
      { type: 'assessment-answer', questionId: 'ta-3', response: ['s', 'r'] },
    ]);
    expect(serialize(index, state)).toBe('g1~L24i~V24i~Syddjt~Csbd6med81k54:6meoydx~N21i3v9');
    expect(serialize(index, { ...state, locale: 'en' })).toBe('g1~L24i~V24i~Syddjt~Csbd6med81k54:6meoydx~N21i3v9~Pen');
  });

  it('is compact', () => {
    expect(serialize(index, run(index, fullRun(true)).state).length).toBeLessThan(160);
  });

  it.each([null, undefined, ''])('starts fresh for %j', (input) => {
    expect(deserialize(index, input)).toEqual({ state: initialState(), warnings: [] });
  });

  it.each(['{"v":1}', 'g9~Labc', 'garbage', 'g1'])('starts fresh on a foreign or other-version string %j', (input) => {
    const { state } = deserialize(index, input);
    expect(state).toEqual(initialState());
  });

  it('keeps every valid part of a damaged string and says what it dropped', () => {
    const good = serialize(index, run(index, fullRun(true)).state);
    const damaged = good.replace(/~A[^~]*/, (a) => `${a}.zzzq`).replace('~R', '~Q!!~R') + '~T999:xx';
    const { state, warnings } = deserialize(index, damaged);
    expect(state.answers).toEqual(run(index, fullRun(true)).state.answers);
    expect(state.attempts).toHaveLength(1);
    expect(warnings.length).toBeGreaterThanOrEqual(3);
  });

  it('survives a re-ordered course: ids, not positions, are stored', () => {
    const course = sampleCourse();
    const { state } = run(index, fullRun(true));
    const text = serialize(index, state);
    const reordered = indexCourse({ ...course, lessons: [...course.lessons].reverse() });
    expect(deserialize(reordered, text).state).toEqual(deserialize(index, text).state);
  });

  it('keeps the learner seed, so a resumed course shows options in the same order', () => {
    const { state } = run(index, [{ type: 'seed', seed: 0xffff_ffff }, { type: 'goto', pageId: 'p-a2' }]);
    const text = serialize(index, state);
    expect(text).toContain('~N');
    expect(deserialize(index, text).state.seed).toBe(0xffff_ffff);
  });

  it('keeps the answers of each submitted attempt, for the review after it', () => {
    const { state } = run(index, fullRun(false));
    const back = deserialize(index, serialize(index, state));
    expect(back.warnings).toEqual([]);
    expect(back.state.attempts[0]?.answers).toEqual({ 'ta-1': ['w'], 'ta-3': ['w'], 'tb-1': ['w'], 'tb-2': ['w'] });
  });

  it('still reads a string saved before seeds and attempt answers existed', () => {
    const { state } = run(index, fullRun(false));
    const old = serialize(index, { ...state, seed: null, attempts: state.attempts.map(({ answers: _answers, ...rest }) => rest) });
    expect(old).not.toContain('~N');
    const back = deserialize(index, old);
    expect(back.warnings).toEqual([]);
    expect(back.state.seed).toBeNull();
    expect(back.state.attempts).toEqual([{ score: 0, byObjective: { 'obj-a': 0, 'obj-b': 0 }, draw: ['ta-1', 'ta-3', 'tb-1', 'tb-2'] }]);
  });

  it.each(['~Nzzzzzzzz', '~N-1', '~N'])('drops an unreadable seed %j and keeps the rest', (bad) => {
    const good = serialize(index, run(index, fullRun(true)).state);
    const { state, warnings } = deserialize(index, good + bad);
    expect(state.seed).toBeNull();
    expect(state.attempts).toHaveLength(1);
    expect(warnings).toHaveLength(1);
  });
});
