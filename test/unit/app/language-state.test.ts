import { describe, expect, it } from 'vitest';
import { createController } from '../../../src/app/controller.ts';
import { initialLocale, langParameter, matchLocale } from '../../../src/app/i18n/choose-locale.ts';
import { indexCourse } from '../../../src/state/course-index.ts';
import { deserialize, savedLocale, serialize } from '../../../src/state/serialize.ts';
import type { TrackingEvent } from '../../../src/state/events.ts';
import type { LaunchInfo, Snapshot, Tracker } from '../../../src/tracking/tracker.ts';
import { translatedSampleCourse } from '../../fixtures/translate-fixture.ts';
import { fullRun } from '../state/helpers.ts';

const course = translatedSampleCourse();
const index = indexCourse(course);

function fakeWindow(languages: string[] = []) {
  const store = new Map<string, string>();
  const on = () => undefined;
  const win = {
    addEventListener: on,
    document: { visibilityState: 'visible', addEventListener: on },
    navigator: { languages },
    localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) },
  };
  return win as unknown as Window;
}

function fakeTracker() {
  const recorded: { events: readonly TrackingEvent[]; snapshot: Snapshot }[] = [];
  const tracker: Tracker = {
    start: () => Promise.reject(new Error('not used')),
    record: (events, snapshot) => void recorded.push({ events, snapshot }),
    flush: () => undefined,
    exit: () => Promise.resolve({ returnUrl: null }),
    onStatus: () => () => undefined,
  };
  return { tracker, recorded };
}

const launch = (over: Partial<LaunchInfo> = {}): LaunchInfo => ({ saved: null, learnerName: null, language: null, mode: 'normal', credit: true, masteryScore: null, notice: null, ...over });

describe('choosing the language', () => {
  const all = ['nb', 'nn', 'en'] as const;
  it('the learner\'s earlier choice, then the LMS preference, then the browser, then bokmål', () => {
    expect(initialLocale({ chosen: 'en', launch: 'nn-NO', browser: ['nb'] }, all)).toBe('en');
    expect(initialLocale({ chosen: null, launch: 'nn-NO', browser: ['en-GB'] }, all)).toBe('nn');
    expect(initialLocale({ chosen: null, launch: 'de', browser: ['sv', 'en-GB'] }, all)).toBe('en');
    expect(initialLocale({ chosen: null, launch: null, browser: ['de'] }, all)).toBe('nb');
    // A language the course does not have is never chosen, not even the learner's old choice.
    expect(initialLocale({ chosen: 'en', launch: 'nn', browser: [] }, ['nb'])).toBe('nb');
  });

  it('reads LMS forms and lists, the web ?lang= parameter, and the choice in a saved string', () => {
    expect(matchLocale('de,nno', all)).toBe('nn');
    expect(matchLocale('de', all)).toBeNull();
    expect(langParameter('?lang=nn')).toBe('nn');
    expect(langParameter('?lang=<script>')).toBeNull();
    expect(savedLocale('g1~Lab1~Pen')).toBe('en');
    expect(savedLocale('g1~Lab1')).toBeNull();
    expect(savedLocale('x9~Pen')).toBeNull();
  });

  it('the controller starts in the launch language, else the browser\'s, else a saved choice wins', () => {
    expect(createController(course, fakeTracker().tracker, launch({ language: 'en-GB' }), fakeWindow(['nn'])).get().locale).toBe('en');
    expect(createController(course, fakeTracker().tracker, launch(), fakeWindow(['nn-NO'])).get().locale).toBe('nn');
    const saved = serialize(index, { ...deserialize(index, null).state, locale: 'nn' });
    expect(createController(course, fakeTracker().tracker, launch({ saved, language: 'en' }), fakeWindow()).get().locale).toBe('nn');
  });
});

describe('switching the language', () => {
  it('keeps page, answers, scenario paths, reflections and attempts; the saved state differs by the choice alone', () => {
    const t = fakeTracker();
    const c = createController(course, t.tracker, launch(), fakeWindow());
    for (const action of fullRun(true)) c.dispatch(action);
    const before = c.get();
    expect(before.state.attempts.length).toBeGreaterThan(0);
    expect(Object.keys(before.state.scenarios).length).toBeGreaterThan(0);
    const serialized: Record<string, string> = {};
    for (const locale of ['nn', 'en', 'nb'] as const) {
      const recordedBefore = t.recorded.length;
      c.setLocale(locale);
      const now = c.get();
      expect(now.locale).toBe(locale);
      const { locale: chosen, ...rest } = now.state;
      expect(chosen).toBe(locale);
      const { locale: _was, ...restBefore } = before.state;
      expect(rest).toEqual(restBefore);
      expect(now.summary).toEqual(before.summary);
      // One record, no tracking events: only the choice is saved; the snapshot says the language.
      expect(t.recorded.slice(recordedBefore).map((r) => [r.events.length, r.snapshot.locale])).toEqual([[0, locale]]);
      serialized[locale] = serialize(index, now.state);
    }
    const plain = serialize(index, { ...before.state });
    for (const locale of ['nb', 'nn', 'en']) {
      expect(serialized[locale]).toBe(`${plain}~P${locale}`);
      expect(deserialize(index, serialized[locale]).warnings).toEqual([]);
    }
  });

  it('in review mode and after «Avslutt» the view switches but nothing is recorded', async () => {
    const review = fakeTracker();
    const c = createController(course, review.tracker, launch({ mode: 'review' }), fakeWindow());
    c.setLocale('en');
    expect(c.get().locale).toBe('en');
    expect(review.recorded).toEqual([]);
    const done = fakeTracker();
    const d = createController(course, done.tracker, launch(), fakeWindow());
    await d.exit();
    d.setLocale('nn');
    expect(d.get().locale).toBe('nn');
    expect(done.recorded).toEqual([]);
  });

  it('a language the course does not list is refused', () => {
    const c = createController(course, fakeTracker().tracker, launch(), fakeWindow());
    const nbOnly = { ...course, meta: { ...course.meta, languages: ['nb' as const] } };
    const d = createController(nbOnly, fakeTracker().tracker, launch(), fakeWindow());
    d.setLocale('en');
    expect(d.get().locale).toBe('nb');
    expect(c.get().locale).toBe('nb');
  });
});
