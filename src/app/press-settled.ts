import { useEffect, useState } from 'preact/hooks';

/**
 * A touch's click is a separate event after its release (the tap gesture), not part of it: this
 * long after a release without a click, the press led to none (a drag, a scroll).
 */
const CLICK_AFTER_RELEASE_MS = 500;
/** A press held longer than this (a pointer whose release never came) no longer holds anything back. */
const LONGEST_PRESS_MS = 10_000;

/**
 * Whether no press is under way in the document. A click is a press and a release on the same
 * element (UI Events: the click goes to their nearest common ancestor): a render that replaces the
 * pressed element in between sends the click to an ancestor, and the learner's press does nothing.
 * Boot holds the hand-over to the app (which replaces the start page's nodes) until this is true.
 * Watches only while `watching`; a key counts when it activates on release (Space on a button).
 */
export function usePressSettled(doc: Document, watching: boolean): boolean {
  const [pressing, setPressing] = useState(false);
  useEffect(() => {
    const win = doc.defaultView;
    if (!watching || !win) return;
    let timer = 0;
    const settleIn = (ms: number) => {
      win.clearTimeout(timer);
      timer = win.setTimeout(() => setPressing(false), ms);
    };
    const down = () => {
      setPressing(true);
      settleIn(LONGEST_PRESS_MS);
    };
    const keyDown = (e: KeyboardEvent) => {
      if ((e.key === ' ' || e.key === 'Enter') && !e.repeat) down();
    };
    // A task later: the click (and its handlers) come in the same task as the release that made it.
    const done = () => settleIn(0);
    const released = () => settleIn(CLICK_AFTER_RELEASE_MS);
    const stop = new AbortController();
    const options = { capture: true, signal: stop.signal };
    doc.addEventListener('pointerdown', down, options);
    doc.addEventListener('keydown', keyDown, options);
    doc.addEventListener('pointerup', released, options);
    doc.addEventListener('pointercancel', done, options);
    doc.addEventListener('keyup', done, options);
    doc.addEventListener('click', done, options);
    win.addEventListener('blur', done, { signal: stop.signal });
    return () => {
      stop.abort();
      win.clearTimeout(timer);
    };
  }, [watching]);
  return !pressing;
}
