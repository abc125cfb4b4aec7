import { useEffect, useState } from 'preact/hooks';

/** A press held longer than this (a release that never came) no longer holds anything back. */
const LONGEST_PRESS_MS = 10_000;

/** Something the learner opened is open: a disclosure says so with aria-expanded (the language list). */
const somethingOpen = (doc: Document) => doc.querySelector('[aria-expanded="true"]') !== null;

/**
 * Whether the learner is between actions: no press under way, nothing opened. Boot holds the
 * lessons' filling in of the start page until then, because it moves things on it (the header's
 * menu gains its buttons beside the language switch; for a returning learner, what is left to
 * do may re-wrap the lines above Start):
 * - a click is a press and a release on the same element (UI Events: the click goes to their
 *   nearest common ancestor), so a release that lands elsewhere after the move does nothing; a
 *   key counts when it activates on release (Space on a button);
 * - an open list (the language switch's) would move under the learner.
 * Watches only while `watching`; judged again a task after each press, release and focus move.
 */
export function useLearnerIdle(doc: Document, watching: boolean): boolean {
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const win = doc.defaultView;
    if (!watching || !win) return;
    let pressTimer = 0;
    let judgeTimer = 0;
    // Judged from the page, not from events seen: a press begun before these listeners were
    // added (on the prerendered page, before the app ran) has its element in :active all the same
    // (HTML: an element is being activated while a pointer button or Space is down on it).
    const judge = (pressCounts = true) => {
      win.clearTimeout(judgeTimer);
      setBusy((pressCounts && doc.querySelector(':active') !== null) || somethingOpen(doc));
    };
    // A task later: the click (and its handlers) come in the same task as the release that made
    // it, and a list opened or closed by it has rendered by then.
    const judgeSoon = () => {
      win.clearTimeout(judgeTimer);
      judgeTimer = win.setTimeout(judge, 0);
    };
    const down = () => {
      setBusy(true);
      win.clearTimeout(pressTimer);
      pressTimer = win.setTimeout(() => judge(false), LONGEST_PRESS_MS);
    };
    const keyDown = (e: KeyboardEvent) => {
      if ((e.key === ' ' || e.key === 'Enter') && !e.repeat) down();
    };
    const stop = new AbortController();
    const options = { capture: true, signal: stop.signal };
    doc.addEventListener('pointerdown', down, options);
    doc.addEventListener('keydown', keyDown, options);
    for (const type of ['pointerup', 'pointercancel', 'keyup', 'click', 'focusin'] as const) doc.addEventListener(type, judgeSoon, options);
    win.addEventListener('blur', judgeSoon, { signal: stop.signal });
    judge();
    return () => {
      stop.abort();
      win.clearTimeout(pressTimer);
      win.clearTimeout(judgeTimer);
    };
  }, [watching]);
  return !busy;
}
