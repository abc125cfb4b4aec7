import type { Course, Locale } from '../../course/schema/index.ts';
import type { Action } from '../state/actions.ts';
import { indexCourse, type CourseIndex } from '../state/course-index.ts';
import { newSeed } from '../state/order.ts';
import { reduce } from '../state/reduce.ts';
import { loadReflections, saveReflections } from '../state/reflection-store.ts';
import { deserialize, serialize } from '../state/serialize.ts';
import type { CourseState } from '../state/state.ts';
import { summarize, type Summary } from '../state/summary.ts';
import { LOCAL_LEARNER } from '../tracking/learner-key.ts';
import type { LaunchInfo, SaveStatus, Tracker } from '../tracking/tracker.ts';
import { browserLanguages, initialLocale } from './i18n/choose-locale.ts';

export interface CourseView {
  index: CourseIndex;
  state: CourseState;
  summary: Summary;
  launch: LaunchInfo;
  status: SaveStatus;
  /** True once the learner has pressed "Avslutt" and the session is closed. */
  exited: boolean;
  /** The language shown (issue 13): the learner's choice, else the LMS's, the browser's, bokmål. */
  locale: Locale;
}

export interface Controller {
  get(): CourseView;
  subscribe(listener: () => void): () => void;
  dispatch(action: Action): void;
  /**
   * Show the course in another language. Nothing else changes: page, answers, scenario paths,
   * reflections and attempts are the same state. The choice is saved (a few characters) when
   * the session records; in review mode or after «Avslutt» it only changes the view.
   */
  setLocale(locale: Locale): void;
  exit(): Promise<string | null>;
}

/**
 * Owns course state and hands every change to the tracker. The UI dispatches actions and
 * renders the view; it never talks to an LMS. Also the one place that flushes on pagehide.
 */
export function createController(course: Course, tracker: Tracker, launch: LaunchInfo, win: Window): Controller {
  const index = indexCourse(course, launch.masteryScore);
  const restored = deserialize(index, launch.saved);
  if (restored.warnings.length) console.warn('[course] saved progress was partly unreadable; kept what was valid, dropped:', restored.warnings);
  // Reflection texts come from this device, kept per learner; the saved state says which were
  // written, and only those are shown (a text on the device that this attempt never wrote, e.g.
  // from an attempt the LMS has since reset, stays hidden).
  const learner = launch.learnerKey ?? LOCAL_LEARNER;
  const local = loadReflections(win, course.meta.id, learner);
  let state: CourseState = restored.state;
  for (const id of Object.keys(state.reflections)) {
    const text = local[id];
    if (text !== undefined) state.reflections[id] = text;
  }
  // Once per learner, the seed for the order of options (order.ts). Not recorded on its own:
  // it is saved with the learner's first action, so opening the course writes nothing.
  if (state.seed === null) state = reduce(index, state, { type: 'seed', seed: newSeed(Math.random) }, new Date()).state;

  // Tell the learner once when saved progress could only be partly restored (and the console says what).
  const shown: LaunchInfo = restored.warnings.length && !launch.notice ? { ...launch, notice: 'STATE_RESET' } : launch;
  const locale = initialLocale({ chosen: state.locale ?? null, launch: launch.language, browser: browserLanguages(win) }, course.meta.languages);
  let view: CourseView = { index, state, summary: summarize(index, state), launch: shown, status: 'saved', exited: false, locale };
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  tracker.onStatus((status) => {
    view = { ...view, status };
    emit();
  });

  const readOnly = launch.mode === 'review';
  const flush = () => tracker.flush();
  win.addEventListener('pagehide', flush);
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState === 'hidden') flush();
  });

  const api: Controller = {
    get: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch(action) {
      if (view.exited || (readOnly && action.type !== 'goto')) return;
      const { state: next, events, summary } = reduce(index, view.state, action, new Date(), view.summary);
      if (next === view.state) return;
      if (action.type === 'reflect' || action.type === 'keep-personal') saveReflections(win, course.meta.id, learner, next.reflections);
      view = { ...view, state: next, summary };
      emit();
      tracker.record(events, { state: next, summary: view.summary, serialized: serialize(index, next), locale: view.locale });
    },
    setLocale(next) {
      if (next === view.locale || !course.meta.languages.includes(next)) return;
      view = { ...view, locale: next };
      emit();
      api.dispatch({ type: 'set-locale', locale: next });
    },
    async exit() {
      const { returnUrl } = await tracker.exit();
      view = { ...view, exited: true };
      emit();
      return returnUrl;
    },
  };
  return api;
}
