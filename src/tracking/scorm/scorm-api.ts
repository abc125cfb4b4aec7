/**
 * Finding the LMS's API object, by the standard discovery algorithm.
 *
 * SCORM 1.2 RTE 3.3.6.1 / SCORM 2004 RTE 3.1.2.1 (ADL's "FindAPI"): look in the window's
 * parent chain, then in the chain of the window that opened it. The object is called `API`
 * in SCORM 1.2 and `API_1484_11` in SCORM 2004. ADL's sample code bounds the walk (500 hops)
 * so a strange frame set can never loop forever.
 *
 * Moodle and most LMSs put the SCO in an iframe whose parent holds the API; "open in new
 * window" puts it in a popup whose opener holds it. A frame from another origin throws on any
 * property access: that must end the walk of that chain quietly, never throw into the course.
 */
export type ScormApiName = 'API' | 'API_1484_11';

export const MAX_HOPS = 500;

/** Reads `name` from a window that may be cross-origin. Never throws. */
function lookUp(win: Window, name: ScormApiName): unknown {
  try {
    const value = (win as unknown as Record<string, unknown>)[name];
    return value !== null && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}

function parentOf(win: Window): Window | null {
  try {
    const parent = win.parent as Window | null;
    return parent && parent !== win ? parent : null;
  } catch {
    return null;
  }
}

function openerOf(win: Window): Window | null {
  try {
    return (win.opener as Window | null) ?? null;
  } catch {
    return null;
  }
}

/** The window itself, then its parents (bounded). */
function searchChain(start: Window, name: ScormApiName): unknown {
  let win: Window | null = start;
  for (let hops = 0; win && hops <= MAX_HOPS; hops += 1) {
    const api = lookUp(win, name);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

/**
 * Returns the API object or null. Order: own window and its parents; then the top window's
 * opener and its parents (ADL: `GetAPI` tries `window.opener` when the frame walk fails).
 */
export function findScormApi(win: Window, name: ScormApiName): unknown {
  const inFrames = searchChain(win, name);
  if (inFrames) return inFrames;
  // The opener may belong to this window or to the top of our frame chain (popup with frames).
  const candidates: Window[] = [];
  let w: Window | null = win;
  for (let hops = 0; w && hops <= MAX_HOPS; hops += 1) {
    candidates.push(w);
    w = parentOf(w);
  }
  for (const c of candidates) {
    const opener = openerOf(c);
    if (opener) {
      const api = searchChain(opener, name);
      if (api) return api;
    }
  }
  return null;
}
