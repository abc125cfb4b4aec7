/**
 * Where the learner is, in the URL hash, so Back/Forward move between screens and a shared link
 * opens the same page (WCAG 2.4.5 and plain browser habits). Only the hash changes: the document
 * never navigates, so a SCO inside an LMS iframe keeps its API session.
 */
export type Route =
  | { screen: 'start' }
  | { screen: 'contents' }
  | { screen: 'completion' }
  | { screen: 'statement' }
  | { screen: 'page'; pageId: string };

/**
 * What the start page's Start link points to. It is prerendered into index.html (issue 12), so it
 * can be pressed before the script runs: the hash is then this, and boot carries the press out
 * (start or continue, by what is saved). Not a screen of its own: it reads as the start page.
 */
export const START_HASH = '#/start';

/** Each named screen's path after `#/` (a page's is `side/<id>`). */
const PATHS = { start: '', contents: 'innhold', completion: 'oppsummering', statement: 'tilgjengelighet' } as const;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (path.startsWith('side/')) {
    const pageId = decodeURIComponent(path.slice('side/'.length));
    return pageId ? { screen: 'page', pageId } : { screen: 'start' };
  }
  return { screen: (Object.keys(PATHS) as (keyof typeof PATHS)[]).find((s) => PATHS[s] === path) ?? 'start' };
}

export function formatRoute(route: Route): string {
  return route.screen === 'page' ? `#/side/${encodeURIComponent(route.pageId)}` : `#/${PATHS[route.screen]}`;
}

/**
 * A new history entry for the route: assigning location.hash is a same-document navigation
 * everywhere, file:// and sandboxed LMS frames included (pushState can throw there).
 */
export function pushRoute(win: Window, route: Route): void {
  const hash = formatRoute(route);
  if (win.location.hash !== hash) win.location.hash = hash;
}

/** Rewrites the current entry (first load, an unknown page id) without adding to history. */
export function replaceRoute(win: Window, route: Route): void {
  const hash = formatRoute(route);
  if (win.location.hash === hash) return;
  try {
    win.history.replaceState(win.history.state, '', hash);
  } catch {
    // Some sandboxed frames refuse history edits; the hash then just stays as it was.
  }
}
