import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../course/schema/index.ts';
import type { Controller, CourseView } from './controller.ts';
import { pick, uiText, type UiText } from './i18n/ui-text.ts';

export interface AppContext {
  controller: Controller;
  locale: Locale;
  ui: UiText;
  /** Localised content text in the learner's language. */
  t: <T>(value: { nb: T } & Partial<Record<Locale, T>>) => T;
}

export const Ctx = createContext<AppContext | null>(null);

export function makeContext(controller: Controller, locale: Locale): AppContext {
  return { controller, locale, ui: uiText(locale), t: (value) => pick(value, locale) };
}

export function useApp(): AppContext {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useApp outside <Ctx.Provider>');
  return ctx;
}

/** The current course view; re-renders when course state or save status changes. */
export function useView(): CourseView {
  return useCourseView(useApp().controller);
}

/**
 * The course view of `controller`, or null while there is none (boot.tsx: the lessons are not in
 * yet). Re-renders when course state or save status changes; the controller keeps one view
 * object until something changes, so it is read as it is at each render.
 */
export function useCourseView(controller: Controller): CourseView;
export function useCourseView(controller: Controller | null): CourseView | null;
export function useCourseView(controller: Controller | null): CourseView | null {
  const [, rerender] = useState(0);
  const view = controller?.get() ?? null;
  const shown = useRef(view);
  shown.current = view;
  useEffect(() => {
    if (!controller) return;
    const unsubscribe = controller.subscribe(() => rerender((n) => n + 1));
    // A change between the render and this subscription (after paint) would otherwise be missed.
    if (controller.get() !== shown.current) rerender((n) => n + 1);
    return unsubscribe;
  }, [controller]);
  return view;
}
