/** Session time for result.duration (cmi5 §9.5.4.1: from Initialized to now). */
export function sessionClock(now: () => Date = () => new Date()) {
  let started = now().getTime();
  return {
    restart: () => void (started = now().getTime()),
    /** A reload continues a session: count from when it was Initialized (ms since epoch). */
    resumeFrom: (ms: number) => void (started = ms),
    startedAt: () => started,
    elapsedMs: () => now().getTime() - started,
    now,
  };
}
