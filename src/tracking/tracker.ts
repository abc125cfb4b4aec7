import type { Locale } from '../../course/schema/index.ts';
import type { ErrorName } from '../errors/catalogue.ts';
import type { TrackingEvent } from '../state/events.ts';
import type { CourseState } from '../state/state.ts';
import type { Summary } from '../state/summary.ts';

/** SCORM 2004 cmi.mode / SCORM 1.2 cmi.core.lesson_mode / cmi5 launchMode, in one vocabulary. */
export type LaunchMode = 'normal' | 'browse' | 'review';

/** What the LMS/LRS tells the course at start. Everything optional except what every target knows. */
export interface LaunchInfo {
  /** Saved state (serialize.ts format) or null for a first launch. */
  saved: string | null;
  learnerName: string | null;
  /** The learner's preferred language as the LMS gives it (e.g. "nb", "nb-NO", "no"), or null. */
  language: string | null;
  mode: LaunchMode;
  /** false when the LMS says the attempt is for no credit. */
  credit: boolean;
  /** Percent 0–100 that overrides the course's mastery score (cmi5 masteryScore, SCORM 2004 scaled_passing_score). */
  masteryScore: number | null;
  /** A catalogue entry to show the learner once at start (e.g. NO_LMS), or null. */
  notice: ErrorName | null;
  /** For LAUNCH_INVALID: exactly what is wrong, for the administrator (shown as plain text). */
  adminDetail?: string | null;
  /**
   * Who the learner is, for what stays on this device per learner (reflection texts): a one-way
   * hash of the LMS learner id or xAPI actor (learner-key.ts), or LOCAL_LEARNER. Null or absent:
   * unknown, treated as the browser's one local learner. Never sent anywhere.
   */
  learnerKey?: string | null;
}

/** Everything an adapter may report, derived from state; passed with each change. */
export interface Snapshot {
  state: CourseState;
  summary: Summary;
  /** serialize(state), ready for suspend_data / State API / localStorage. */
  serialized: string;
  /**
   * The language the learner sees now (issue 13): statements' context.language, SCORM 2004
   * descriptions. Absent: bokmål. `state.locale` is set only when the learner chose it.
   */
  locale?: Locale;
}

/**
 * saved: everything reported is stored; saving: a write is on its way; retrying: a write failed
 * and will be retried; failing: writes keep failing, the learner should know; offline: queued on
 * the device; not-recorded: no LMS/LRS, progress stays on this device only.
 */
export type SaveStatus = 'saved' | 'saving' | 'retrying' | 'failing' | 'offline' | 'not-recorded';

/**
 * The one interface between the course and an LMS or LRS; one implementation per standard.
 * Contract: no method throws or rejects into the UI. Faults become a SaveStatus and are logged.
 * Only adapters talk to an LMS/LRS; the UI only changes course state.
 */
export interface Tracker {
  /** Connect (API discovery, initialize, launch parameters…) and read saved state. */
  start(): Promise<LaunchInfo>;
  /**
   * State changed. `events` says what happened (may be empty, e.g. a reflection edited). Must
   * return at once: adapters queue and debounce their LMS calls off the click's path.
   */
  record(events: readonly TrackingEvent[], snapshot: Snapshot): void;
  /** The page is being hidden or closed (pagehide / visibilitychange): persist now. */
  flush(): void;
  /** The learner chose "Avslutt": save, end the session. Resolves with where to go next, if the LMS says. */
  exit(): Promise<{ returnUrl: string | null }>;
  /** Save status for the small indicator in the header; returns an unsubscribe function. */
  onStatus(listener: (status: SaveStatus) => void): () => void;
}

/** Each target module (src/tracking/targets/<target>.ts) exports this; `#tracker` resolves to it. */
export type CreateTracker = (context: TrackerContext) => Tracker;

export interface TrackerContext {
  courseId: string;
  courseTitle: string;
  courseVersion: string;
  /** Objective (expectation) ids in course order. */
  objectiveIds: string[];
  /** Objective titles by id (a bokmål string, or every language of the course), for standards that describe objectives (SCORM 2004). */
  objectiveTitles?: Record<string, string | ({ nb: string } & Partial<Record<Locale, string>>)>;
  /** The course's languages (course.ts), for choosing the language of the first statements. Absent: bokmål only. */
  languages?: readonly Locale[];
  masteryScore: number;
  /** Opt-in from the course definition: may reflection text leave the device? */
  trackReflectionText: boolean;
  /** Where the learner is: window for the browser; injectable for tests. */
  window: Window;
}
