import { learnerKey } from '../learner-key.ts';
import { storageKey } from '../local.ts';
import type { StateFacts } from './scorm-dialect.ts';
import type { InteractionRecord } from './scorm-interactions.ts';

/**
 * Everything the LMS has not confirmed yet, on this device: the latest state (bookmark, status,
 * score, objectives, suspend_data) and every answer not yet committed. Written on every record,
 * before any LMS call, so a tab that crashes 50 ms after an answer loses nothing; replayed to the
 * LMS on the next good launch (after no LMS, a failed Initialize, or refused saves).
 *
 * One journal per learner (the LMS's learner id), so a shared computer never hands one learner's
 * progress to another. Without an LMS the learner is unknown: the work goes to the anonymous
 * journal, which the next learner to launch from an LMS on this device adopts once (and only if
 * that learner's LMS holds no progress yet, or exactly what this work started from).
 *
 * `base` is the suspend_data the LMS held when this work began. The journal is used only if the
 * LMS still holds exactly that base (the newer state never arrived); if the LMS has anything else
 * (it did arrive, or the learner went on elsewhere), the state part is stale and dropped.
 */
export interface Journal {
  base: string;
  latest: StateFacts | null;
  unsent: { key: string; record: InteractionRecord }[];
}

interface StoredRecord extends Omit<InteractionRecord, 'at'> {
  at: string;
}

export const ANONYMOUS = '';

/** Keyed by a one-way hash of the LMS learner id (learner-key.ts): no employee number in storage keys. */
export function journalKey(courseId: string, learnerId: string): string {
  return `${storageKey(courseId)}:scorm-journal:${learnerKey('scorm', learnerId)}`;
}

function parse(text: string | null): Journal | null {
  if (!text) return null;
  try {
    const j = JSON.parse(text) as { base?: unknown; latest?: StateFacts | null; unsent?: { key: string; record: StoredRecord }[] };
    if (typeof j.base !== 'string' || !Array.isArray(j.unsent)) return null;
    return { base: j.base, latest: j.latest ?? null, unsent: j.unsent.map((u) => ({ key: u.key, record: { ...u.record, at: new Date(u.record.at) } })) };
  } catch {
    return null;
  }
}

/** A learner's journal in the window's localStorage; every method swallows storage faults. */
export function createDeviceJournal(win: Window, courseId: string) {
  const storage = (): Storage | null => {
    try {
      return win.localStorage;
    } catch {
      return null;
    }
  };
  const read = (learnerId: string): Journal | null => {
    try {
      return parse(storage()?.getItem(journalKey(courseId, learnerId)) ?? null);
    } catch {
      return null;
    }
  };
  const remove = (learnerId: string): void => {
    try {
      storage()?.removeItem(journalKey(courseId, learnerId));
    } catch {
      // storage unavailable: nothing was kept either
    }
  };
  return {
    read,
    remove,
    /** false when the device could not keep it (private mode, quota). */
    write(learnerId: string, journal: Journal): boolean {
      try {
        const s = storage();
        if (!s) return false;
        if (!journal.latest && journal.unsent.length === 0) s.removeItem(journalKey(courseId, learnerId));
        else s.setItem(journalKey(courseId, learnerId), JSON.stringify(journal));
        return true;
      } catch {
        return false;
      }
    },
    /**
     * At a good launch: the work this learner's LMS lacks, or null. `lmsState` is the LMS's
     * suspend_data. The anonymous journal is adopted (and removed) when the learner has none.
     */
    claim(learnerId: string, lmsState: string): Journal | null {
      const own = read(learnerId);
      const anonymous = learnerId === ANONYMOUS ? null : read(ANONYMOUS);
      const found = own ?? anonymous;
      if (!own && anonymous) remove(ANONYMOUS);
      if (!found) return null;
      // Answers are events: the LMS lacks each one it never confirmed, whatever its state is.
      // The state is replayed only over the very state it grew from (or over nothing).
      const stateFits = found.latest !== null && (found.base === lmsState || lmsState === '') && found.latest.serialized !== lmsState;
      return { base: lmsState, latest: stateFits ? found.latest : null, unsent: found.unsent };
    },
  };
}

export type DeviceJournal = ReturnType<typeof createDeviceJournal>;
