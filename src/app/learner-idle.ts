import { useEffect, useState } from 'preact/hooks';

/**
 * A touch's click is a separate event after its release (the tap gesture), not part of it: this
 * long after a release without a click, the press led to none (a drag, a scroll).
 */
const CLICK_AFTER_RELEASE_MS = 500;
/** A press held longer than this (a pointer whose release never came) no longer holds anything back. */
const LONGEST_PRESS_MS = 10_000;

/** Something the learner opened is open: a disclosure says so with aria-expanded (the language list). */
const somethingOpen = (doc: Document) => doc.querySelector('[aria-expanded="true"]') !== null;

/**
 * Whether the learner is between actions: no press under way, nothing opened. Boot holds the
 * hand-over to the app until then, because it replaces the start page's nodes:
 * - a click is a press and a release on the same element (UI Events: the click goes to their
 *   nearest common ancestor), so a hand-over in between sent it to an ancestor and the press did
 *   nothing; a key counts when it activates on release (Space on a button);
 * - an open list (the language switch) would close under the learner, and focus on its item,
 *   which the app's page has not, would drop to <body> (WCAG 2.4.3).
 * Watches only while `watching`; judged again a task after each press, release and focus move.
 */
export function useLearnerIdle(doc: Document, watching: boolean): boolean {
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const win = doc.defaultView;
    if (!watching || !win) return;
    let pressing = false;
    let pressTimer = 0;
    let judgeTimer = 0;
    // A task later: the click (and its handlers) come in the same task as the release that made
    // it, and a list opened or closed by it has rendered by then.
    const judge = () => {
      win.clearTimeout(judgeTimer);
      judgeTimer = win.setTimeout(() => setBusy(pressing || somethingOpen(doc)), 0);
    };
    const pressEndsIn = (ms: number) => {
      win.clearTimeout(pressTimer);
      pressTimer = win.setTimeout(() => {
        pressing = false;
        judge();
      }, ms);
    };
    const down = () => {
      pressing = true;
      setBusy(true);
      pressEndsIn(LONGEST_PRESS_MS);
    };
    const keyDown = (e: KeyboardEvent) => {
      if ((e.key === ' ' || e.key === 'Enter') && !e.repeat) down();
    };
    const done = () => pressEndsIn(0);
    const released = () => pressEndsIn(CLICK_AFTER_RELEASE_MS);
    const stop = new AbortController();
    const options = { capture: true, signal: stop.signal };
    doc.addEventListener('pointerdown', down, options);
    doc.addEventListener('keydown', keyDown, options);
    doc.addEventListener('pointerup', released, options);
    doc.addEventListener('pointercancel', done, options);
    doc.addEventListener('keyup', done, options);
    doc.addEventListener('click', done, options);
    // A list closes when focus leaves it (Tab out of it), with no press.
    doc.addEventListener('focusin', judge, options);
    win.addEventListener('blur', done, { signal: stop.signal });
    judge();
    return () => {
      stop.abort();
      win.clearTimeout(pressTimer);
      win.clearTimeout(judgeTimer);
    };
  }, [watching]);
  return !busy;
}
