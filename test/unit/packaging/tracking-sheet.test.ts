import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackingSheet } from '../../../packaging/scorm/tracking-sheet.ts';
import type { ScormVersion } from '../../../packaging/scorm/schemas.ts';
import type { Action } from '../../../src/state/actions.ts';
import { reduce } from '../../../src/state/reduce.ts';
import { serialize } from '../../../src/state/serialize.ts';
import { initialState } from '../../../src/state/state.ts';
import { summarize } from '../../../src/state/summary.ts';
import { createScorm12Tracker } from '../../../src/tracking/scorm/scorm12.ts';
import { createScorm2004Tracker } from '../../../src/tracking/scorm/scorm2004.ts';
import { sampleCourse } from '../../fixtures/sample-course.ts';
import { fullRun, sampleIndex } from '../state/helpers.ts';
import { fakeScormApi } from '../tracking/scorm/fake-scorm-api.ts';
import { context, fakeWindow } from '../tracking/scorm/tracker-harness.ts';

/**
 * The tracking sheet says exactly what is sent: its element table is compared with the SetValue
 * calls of real tracker runs (pass, fail, stop midway with «Avslutt», browse mode).
 */
const index = sampleIndex();

/** cmi.interactions.7.correct_responses.0.pattern → cmi.interactions.n.correct_responses.n.pattern */
const generic = (element: string) => element.replace(/^cmi\.(interactions|objectives)\.\d+\./, 'cmi.$1.n.').replace(/correct_responses\.\d+\./, 'correct_responses.n.');

/** The sheet's element table: element → values listed (empty for free values; `""` is the empty string). */
function sheetTable(sheet: string): Map<string, string[]> {
  const section = sheet.split('## Elementer kurset skriver')[1]?.split('\n## ')[0] ?? '';
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const m = /^\| `([^`]+)` \| ([^|]*) \|/.exec(line);
    if (m?.[1]) rows.set(m[1], [...(m[2] ?? '').matchAll(/`([^`]*)`/g)].map((v) => (v[1] === '""' ? '' : (v[1] ?? ''))));
  }
  return rows;
}

async function sentIn(version: ScormVersion, actions: Action[], data: Record<string, string> = {}): Promise<[string, string][]> {
  const fake = fakeScormApi({ version: version === 'scorm12' ? '1.2' : '2004', data });
  const create = version === 'scorm12' ? createScorm12Tracker : createScorm2004Tracker;
  const meta = sampleCourse().meta;
  // As src/main.tsx builds it for the real player.
  const ctx = { ...context(fakeWindow()), objectiveIds: meta.objectives.map((o) => o.id), objectiveTitles: Object.fromEntries(meta.objectives.map((o) => [o.id, o.title.nb])) };
  const tracker = create(ctx, { api: fake.api });
  await tracker.start();
  let state = initialState();
  let summary = summarize(index, state);
  for (const action of actions) {
    const r = reduce(index, state, action, new Date(), summary);
    state = r.state;
    summary = r.summary;
    tracker.record(r.events, { state, summary, serialized: serialize(index, state) });
    vi.advanceTimersByTime(1000);
  }
  await tracker.exit();
  return fake.sets().map(([element = '', value = '']) => [generic(element), value]);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe.each<ScormVersion>(['scorm12', 'scorm2004'])('%s tracking sheet', (version) => {
  it('lists exactly the elements the tracker writes, and every value it sends from a vocabulary', async () => {
    const fail = fullRun(false);
    const sent = [
      ...(await sentIn(version, fullRun(true))),
      ...(await sentIn(version, fail)),
      ...(await sentIn(version, fail.slice(0, 9))), // «Avslutt» midway
      ...(await sentIn(version, [...fail.slice(0, 3), { type: 'set-locale', locale: 'nb' }])), // the learner picks a language
      ...(await sentIn(version, fail.slice(0, 9), { [version === 'scorm12' ? 'cmi.core.lesson_mode' : 'cmi.mode']: 'browse' })),
    ];
    const table = sheetTable(trackingSheet(sampleCourse(), version));
    expect([...new Set(sent.map(([e]) => e))].sort()).toEqual([...table.keys()].sort());
    for (const [element, value] of sent) {
      const listed = table.get(element) ?? [];
      if (listed.length > 0) expect(listed, `${element} = ${value}`).toContain(value);
    }
  });

  it('tells admins what a failed learner looks like, in the standard and in Moodle\'s report (item 3)', () => {
    const sheet = trackingSheet(sampleCourse(), version);
    const section = sheet.split('## Bestått, ikke bestått og fullført')[1]?.split('\n## ')[0] ?? '';
    expect(section).toContain(version === 'scorm12' ? '`failed`' : '`success_status` = `failed`');
    expect(section).toMatch(/Moodle/);
  });

  it('names the LMS settings that make the course\'s attempt limit hold (item 4)', () => {
    const sheet = trackingSheet(sampleCourse(), version);
    expect(sheet).toContain('«Antall forsøk» (Number of attempts) = *1*');
    expect(sheet).toContain('«Tving nytt forsøk» (Force new attempt) = *Nei*');
    expect(sheet).toContain('3 forsøk på testen');
  });
});
