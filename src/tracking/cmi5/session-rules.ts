import type { LaunchMode } from '../tracker.ts';

export type StatementKind = 'initialized' | 'allowed' | 'completed' | 'passed' | 'failed' | 'terminated';

/** What this registration has already reported (kept in the AU's state document). */
export interface Ledger {
  completed: boolean;
  passed: boolean;
}

export interface SessionRules {
  /** null when the statement may be sent now; otherwise the rule it would break. */
  check(kind: StatementKind): string | null;
  /** Record that a statement of this kind was queued. */
  commit(kind: StatementKind): void;
  readonly phase: 'new' | 'initialized' | 'terminated';
  /** Passed or Failed sent in this session. */
  readonly verdict: 'passed' | 'failed' | null;
  readonly ledger: Ledger;
}

/**
 * The AU's side of the cmi5 statement rules, one session at a time. Guards reject with a
 * reason a person can read; the tracker logs it and sends nothing.
 */
export function createSessionRules(mode: LaunchMode, ledger: Ledger, continued?: { verdict: 'passed' | 'failed' | null }): SessionRules {
  // A reload of the same launch continues its session: Initialized was sent already (session-record.ts).
  let phase: SessionRules['phase'] = continued ? 'initialized' : 'new';
  const led = { ...ledger };
  let verdict: 'passed' | 'failed' | null = continued?.verdict ?? null;
  const check = (kind: StatementKind): string | null => {
    switch (kind) {
      case 'initialized':
        // §9.3.2: first statement of the session, only once.
        return phase === 'new' ? null : '§9.3.2: Initialized only once, as the first statement of the session';
      case 'terminated':
        // §9.3.8: the last statement of the session.
        return phase === 'initialized' ? null : '§9.3.8: Terminated only once, after Initialized';
      default:
        break;
    }
    // §7.1 / §9.3: nothing before Initialized or after Terminated.
    if (phase !== 'initialized') return `§9.3: no statement ${phase === 'new' ? 'before Initialized' : 'after Terminated'}`;
    // §10 launchMode Browse/Review: no completion-related data (the course sends only Initialized and Terminated).
    if (mode !== 'normal') return `§10 launchMode ${mode}: only Initialized and Terminated`;
    switch (kind) {
      case 'allowed':
        return null;
      case 'completed':
        return led.completed ? '§9.3.3: Completed only once per registration' : null;
      case 'passed':
        if (led.passed) return '§9.3.4: Passed only once per registration';
        return verdict ? '§9.3: only one of Passed/Failed per session' : null;
      case 'failed':
        if (led.passed) return '§9.3: Failed must not follow Passed in a registration';
        return verdict ? '§9.3: only one of Passed/Failed per session' : null;
    }
  };
  return {
    check,
    commit(kind) {
      if (kind === 'initialized') phase = 'initialized';
      else if (kind === 'terminated') phase = 'terminated';
      else if (kind === 'completed') led.completed = true;
      else if (kind === 'passed') {
        led.passed = true;
        verdict = 'passed';
      } else if (kind === 'failed') verdict = 'failed';
    },
    get phase() {
      return phase;
    },
    get verdict() {
      return verdict;
    },
    get ledger() {
      return { ...led };
    },
  };
}
