import type { Route } from './route.ts';

/**
 * WCAG 2.4.2: each screen has its own title, most specific first ("Side – Leksjon – Kurs"), so
 * tabs, history and screen readers say where the learner is.
 */
export function documentTitle(parts: { course: string; route: Route; page?: string; lesson?: string; exited?: string; screenName?: string }): string {
  const { course, route } = parts;
  const named = parts.exited ?? (route.screen === 'page' ? [parts.page, parts.lesson] : [parts.screenName]);
  const list = (Array.isArray(named) ? named : [named]).filter((x): x is string => !!x);
  // "Sluttest – Sluttest – Kurs" says nothing twice: drop a lesson name equal to its page's.
  const unique = list.filter((x, i) => list.indexOf(x) === i);
  return [...unique, course].join(' – ');
}
