import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../course/schema/index.ts';
import type { Controller, CourseView } from './controller.ts';
import { pick, uiText, type UiText } from './i18n/ui-text.ts';

export interface AppContext {
  controller: Controller;
  locale: Locale;
  ui: UiText;
  /** Localised content text in the learner's language. */
  t: <T>(value: { nb: T } & Partial<Record<Locale, T>>) => T;
  /** The course's languages (course.ts), for the switch. */
  languages: readonly Locale[];
  /** Switch the language; the course state stays as it is (controller.setLocale). */
  setLocale: (locale: Locale) => void;
  /** A language whose pack could not be fetched (boot.tsx), for the notice; null if none. */
  languageProblem: { failed: Locale; dismiss: () => void } | null;
}

export const Ctx = createContext<AppContext | null>(null);

export function makeContext(controller: Controller, locale: Locale, setLocale: (locale: Locale) => void = (l) => controller.setLocale(l), languageProblem: AppContext['languageProblem'] = null): AppContext {
  const languages = controller.get().index.course.meta.languages;
  return { controller, locale, ui: uiText(locale), t: (value) => pick(value, locale), languages, setLocale, languageProblem };
}

export function useApp(): AppContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useApp outside <Ctx.Provider>');
  return ctx;
}

/** The current course view; re-renders when course state or save status changes. */
export function useView(): CourseView {
  const { controller } = useApp();
  const [view, setView] = useState(controller.get());
  useEffect(() => {
    const unsubscribe = controller.subscribe(() => setView(controller.get()));
    // A change between the first render and this subscription would otherwise be missed.
    setView(controller.get());
    return unsubscribe;
  }, [controller]);
  return view;
}
