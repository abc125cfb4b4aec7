import type { Timers } from './commit-queue.ts';

/**
 * After «Avslutt», closes the window the LMS opened for the course ("new window" / popup
 * display in Moodle and most LMSs), so the LMS page behind it sees the session end (Moodle
 * says "To do" until the popup is gone). Only a window opened by script has an opener and may
 * be closed by script (HTML: "script-closable"); in a frame or a tab the learner opened, nothing
 * happens and the exit screen tells the learner to close it. Never throws: the top window may
 * belong to another origin.
 */
export function closeLmsWindow(win: Window, timers: Pick<Timers, 'setTimeout'>): boolean {
  try {
    const top = win.top ?? win;
    if (!top.opener) return false;
    // A moment for the exit screen and the LMS's own Terminate callback to finish.
    timers.setTimeout(() => {
      try {
        top.close();
      } catch {
        // another origin or not script-closable: the exit screen says to close it
      }
    }, 500);
    return true;
  } catch {
    return false;
  }
}
