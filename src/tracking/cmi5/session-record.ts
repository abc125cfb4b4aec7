/**
 * What a reload of the same launch needs to continue the cmi5 session instead of starting
 * over (issue: a reload ended the session). Kept in sessionStorage, which lives exactly as
 * long as the tab: a reload finds it, a new launch in another window does not.
 * - started: when Initialized was sent (ms), for Terminated's duration (§9.5.4.1);
 * - verdict: Passed/Failed already sent in this session (§9.3: one of them per session);
 * - failed: a Failed held until the session ends, in case a later attempt passes.
 */
export interface SessionRecord {
  started: number;
  verdict: 'passed' | 'failed' | null;
  failed: { percent: number; at: string } | null;
}

const key = (sessionId: string) => `cmi5-session:${sessionId}`;
const endedKey = (sessionId: string) => `cmi5-ended:${sessionId}`;

/**
 * sessionStorage without ever throwing: `fallback` when it is disabled (then a reload starts a
 * new session, which the LMS may refuse, and the fetch URL is called once per page load).
 */
export function inSession<T>(win: Window, use: (s: Storage) => T, fallback: T): T {
  try {
    return use(win.sessionStorage);
  } catch {
    return fallback;
  }
}

export function loadSession(win: Window, sessionId: string): SessionRecord | null {
  return inSession(
    win,
    (s) => {
      const raw = s.getItem(key(sessionId));
      if (!raw) return null;
      const r = JSON.parse(raw) as Partial<SessionRecord>;
      if (typeof r.started !== 'number') return null;
      const verdict = r.verdict === 'passed' || r.verdict === 'failed' ? r.verdict : null;
      const failed = r.failed && typeof r.failed.percent === 'number' && typeof r.failed.at === 'string' ? r.failed : null;
      return { started: r.started, verdict, failed };
    },
    null,
  );
}

export function saveSession(win: Window, sessionId: string, record: SessionRecord | null): void {
  inSession(win, (s) => (record ? s.setItem(key(sessionId), JSON.stringify(record)) : s.removeItem(key(sessionId))), undefined);
}

/** «Avslutt» sent Terminated: a reload of this launch can record nothing more (§9.3.8). */
export function markEnded(win: Window, sessionId: string): void {
  inSession(win, (s) => s.setItem(endedKey(sessionId), '1'), undefined);
}

export function hasEnded(win: Window, sessionId: string): boolean {
  return inSession(win, (s) => s.getItem(endedKey(sessionId)) !== null, false);
}
