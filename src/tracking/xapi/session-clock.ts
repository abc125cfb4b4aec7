/** Session time for result.duration (cmi5 §9.5.4.1: from Initialized to now). */
export function sessionClock(now: () => Date = () => new Date()) {
  let started = now().getTime();
  return {
    restart: () => void (started = now().getTime()),
    elapsedMs: () => now().getTime() - started,
    now,
  };
}
