import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../course/schema/index.ts';
import { indexCourse } from '../../../src/state/course-index.ts';
import { summarize } from '../../../src/state/summary.ts';
import { interactionFor } from '../../../src/tracking/scorm/scorm-interactions.ts';
import { scorm12 } from '../../../src/tracking/scorm/scorm12-values.ts';
import { scorm2004 } from '../../../src/tracking/scorm/scorm2004-values.ts';
import { courseActivity } from '../../../src/tracking/xapi/activities.ts';
import { courseFacts } from '../../../src/tracking/xapi/course-facts.ts';
import { eventDrafts } from '../../../src/tracking/xapi/event-drafts.ts';
import { buildStatement } from '../../../src/tracking/xapi/statement-factory.ts';
import type { Statement } from '../../../src/tracking/xapi/types.ts';
import { VERBS } from '../../../src/tracking/xapi/vocabulary.ts';
import { translatedSampleCourse } from '../../fixtures/translate-fixture.ts';
import { fullRun, run } from '../state/helpers.ts';
import { fakeWindow, trackerContext } from './xapi/helpers.ts';

const course = translatedSampleCourse();
const index = indexCourse(course);
const { state, events } = run(index, fullRun(true));
const summary = summarize(index, state);
const LOCALES: Locale[] = ['nb', 'nn', 'en'];
const actor = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example', name: 'kari' } };

function statementsIn(language: Locale): Statement[] {
  const facts = courseFacts(trackerContext(course, fakeWindow({ course })));
  const options = { facts, root: courseActivity(facts), summary, trackReflectionText: true, partDoneVerb: VERBS.completed, sendProgress: true };
  let n = 0;
  return events.flatMap((e) => eventDrafts(e, options)).map((d) => buildStatement({ actor, registration: null, template: {}, language, uuid: () => `id-${n++}` }, d));
}

/** Everything an LRS report keys on: ids, verbs, responses, results; no words. */
function idsOf(s: Statement) {
  return {
    verb: s.verb.id,
    object: s.object.id,
    type: s.object.definition?.type,
    interaction: s.object.definition?.interactionType,
    pattern: s.object.definition?.correctResponsesPattern,
    choices: s.object.definition?.choices?.map((c) => c.id),
    result: s.result,
    parents: s.context?.contextActivities,
  };
}

describe('tracking ids never change with the language (issue 13)', () => {
  it('xAPI/cmi5: the same statements in nb, nn and en apart from context.language', () => {
    const byLocale = LOCALES.map(statementsIn);
    const [nb, nn, en] = byLocale;
    expect(nb?.length).toBeGreaterThan(10);
    expect(nn?.map(idsOf)).toEqual(nb?.map(idsOf));
    expect(en?.map(idsOf)).toEqual(nb?.map(idsOf));
    LOCALES.forEach((locale, i) => expect(new Set(byLocale[i]?.map((s) => s.context?.language))).toEqual(new Set([locale])));
  });

  it('xAPI/cmi5: every name, description, choice and verb display is a language map with nb, nn and en', () => {
    const maps = statementsIn('nb').flatMap((s) => [
      s.verb.display,
      s.object.definition?.name,
      s.object.definition?.description,
      ...(s.object.definition?.choices?.map((c) => c.description) ?? []),
    ]).filter((m) => m !== undefined);
    expect(maps.length).toBeGreaterThan(20);
    for (const m of maps) expect(Object.keys(m).sort()).toEqual(['en', 'nb', 'nn']);
  });

  it('SCORM: interaction ids, responses and results are the same; 2004 descriptions are in the learner\'s language', () => {
    const records = LOCALES.map((locale) => events.map((e) => interactionFor(e, true, locale, scorm2004.describe)).filter((r) => r !== null));
    const strip = (r: NonNullable<ReturnType<typeof interactionFor>>) => ({ ...r, description: undefined, lang: undefined });
    expect(records[0]?.length).toBeGreaterThan(5);
    expect(records[1]?.map(strip)).toEqual(records[0]?.map(strip));
    expect(records[2]?.map(strip)).toEqual(records[0]?.map(strip));
    LOCALES.forEach((locale, i) => {
      for (const record of records[i] ?? []) {
        const values = Object.fromEntries(scorm2004.interactionValues(0, record));
        expect(values['cmi.interactions.0.description']).toMatch(new RegExp(`^\\{lang=${locale}\\}`));
        if (locale !== 'nb' && record.kind !== 'fill-in') expect(values['cmi.interactions.0.description']).toContain(`(${locale})`);
      }
    });
    const entries = (locale: Locale) => scorm2004.stateValues({ location: null, summary, serialized: 'g1', locale }, (id) => course.meta.objectives.findIndex((o) => o.id === id), { ...trackerContext(course, fakeWindow()), objectiveTitles: Object.fromEntries(course.meta.objectives.map((o) => [o.id, o.title])) });
    const nbEntries = entries('nb');
    for (const locale of LOCALES) {
      const these = entries(locale);
      expect(these.map(([k]) => k)).toEqual(nbEntries.map(([k]) => k));
      expect(these.filter(([k]) => !k.endsWith('.description'))).toEqual(nbEntries.filter(([k]) => !k.endsWith('.description')));
      const description = Object.fromEntries(these)['cmi.objectives.0.description'];
      expect(description).toBe(`{lang=${locale}}${course.meta.objectives[0]?.title[locale] ?? ''}`);
    }
  });

  it('SCORM: the learner\'s choice is written back as the preference (1.2 and 2004)', () => {
    const ctx = trackerContext(course, fakeWindow());
    const values = scorm2004.stateValues({ location: null, summary, serialized: 'g1', locale: 'nn', chosen: 'nn' }, () => 0, ctx);
    expect(values).toContainEqual(['cmi.learner_preference.language', 'nn']);
    expect(scorm12.stateValues({ location: null, summary, serialized: 'g1', locale: 'en', chosen: 'en' }, () => 0, ctx)).toContainEqual(['cmi.student_preference.language', 'en']);
    expect(scorm2004.stateValues({ location: null, summary, serialized: 'g1' }, () => 0, ctx).some(([k]) => k.includes('preference'))).toBe(false);
  });
});
