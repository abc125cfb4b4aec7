import type { Locale } from '../../../course/schema/index.ts';
import type { Summary } from '../../state/summary.ts';
import type { Describe, InteractionRecord } from './scorm-interactions.ts';
import type { ScormApiName } from './scorm-api.ts';
import type { Methods } from './scorm-connection.ts';
import type { LaunchInfo, LaunchMode, TrackerContext } from '../tracker.ts';

/** An element and the value to write, in the order they must be written. */
export type Entry = readonly [element: string, value: string];

/**
 * What the data model needs from a snapshot: plain JSON, so the device journal can keep it and
 * replay it to the LMS on a later launch.
 */
export interface StateFacts {
  location: string | null;
  summary: Summary;
  serialized: string;
  /** The language shown (descriptions are written in it); absent: bokmål. */
  locale?: Locale;
  /** The language the learner chose with the switch, written back as their preference. */
  chosen?: Locale;
}

/** Reads a data-model element; null when the LMS reports an error or has no value. */
export type Read = (element: string) => string | null;

/**
 * Everything that differs between SCORM 1.2 and SCORM 2004, as data and pure functions.
 * scorm-tracker.ts does the rest (queueing, committing, faults) once for both.
 */
export interface ScormDialect {
  apiName: ScormApiName;
  /** The run-time API's function names (scorm-connection.ts); each target bundles only its own. */
  methods: Methods;
  /** GetValue error codes that are normal (e.g. 2004 403 "not initialized" on a first launch). */
  quietGetCodes: readonly number[];
  /**
   * SetValue failures that retrying cannot fix, so a value the course can do without is dropped
   * (logged) instead of blocking every later commit. Anything else (101 general exception, 301
   * not initialised…) may pass, so the value stays queued and the commit counts as failed. The
   * learner's state and answers (isEssential) are never dropped, whatever the code.
   */
  dropCodes: readonly number[];
  /** The learner's id in the LMS (1.2 cmi.core.student_id, 2004 cmi.learner_id). */
  learnerIdElement: string;
  readLaunch(read: Read): Omit<LaunchInfo, 'notice'>;
  /** Values derived from the state, objective ids before their fields. */
  stateValues(facts: StateFacts, objectiveIndex: (id: string) => number, context: TrackerContext, mode?: LaunchMode): Entry[];
  interactionValues(n: number, record: InteractionRecord): Entry[];
  /** Describes each answer (2004); absent when the version writes no description (1.2). */
  describe?: Describe;
  sessionTime(ms: number): Entry;
  /** Written just before Terminate when the learner chooses to leave (e.g. 2004 adl.nav.request). */
  exitValues(summary: Summary): Entry[];
}

/** LMSs vary in casing and whitespace ("Normal", " resume"). */
export const norm = (value: string | null): string => (value ?? '').trim().toLowerCase();

export function launchMode(value: string | null): LaunchMode {
  const v = norm(value);
  return v === 'browse' || v === 'review' ? v : 'normal';
}

/** The learner leaves the attempt finished only when completed AND passed; otherwise it is suspended to return to. */
export const finished = (summary: Summary): boolean => summary.completion === 'completed' && summary.success === 'passed';

/** A decimal as SCORM writes it: no exponent, at most `digits` decimals, no trailing zeros. */
export function decimal(value: number, digits = 7): string {
  return String(Number(value.toFixed(digits)));
}

/**
 * Values the course cannot do without: the bookmark, the saved state and each answer's id and
 * response. A refusal of one of these is never dropped; it is retried and shown to the learner.
 */
export function isEssential(element: string): boolean {
  return /^cmi\.(core\.lesson_location|location|suspend_data)$|^cmi\.interactions\.\d+\.(id|learner_response|student_response)$/.test(element);
}

/**
 * cmi.credit / cmi.core.credit "no-credit" (2004 RTE 4.2.5, 1.2 RTE 3.4.2.1.8): the attempt must
 * not count. The course then leaves everything that counts as the LMS has it (status, success,
 * score, progress, objective results) and still saves the bookmark, the state and the answers,
 * so the learner can resume and the coordinator can see what was done.
 */
export function creditFilter(entries: Entry[], credit: boolean): Entry[] {
  if (credit) return entries;
  return entries.filter(([element]) => !/(^cmi\.core\.lesson_status$|completion_status$|success_status$|progress_measure$|\.score\.\w+$|^cmi\.objectives\.\d+\.status$)/.test(element));
}
