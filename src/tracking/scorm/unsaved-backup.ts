import { readLocal, storageKey, writeLocal } from '../local.ts';

/**
 * While the LMS refuses our commits, the latest saved state also goes to this device, so the
 * promise of SAVE_FAILING ("we keep your answers on this device") holds even if the window is
 * closed before the LMS recovers. Per learner (the LMS's learner id), so a shared computer
 * never hands one learner's progress to another.
 *
 * `base` is the suspend_data the LMS gave at launch. On the next launch the backup is used
 * only if the LMS still holds exactly that base, i.e. the newer state never arrived; if the
 * LMS has anything else (it did arrive, or the learner went on elsewhere), the backup is stale.
 */
interface Backup {
  base: string;
  data: string;
}

export function createUnsavedBackup(win: Window, courseId: string, learnerId: string, base: string) {
  const key = `${storageKey(courseId)}:unsaved:${learnerId}`;
  const remove = () => {
    try {
      win.localStorage.removeItem(key);
    } catch {
      // storage unavailable: nothing was kept either
    }
  };
  return {
    /** The state to resume from when the LMS never received the newer one, else null. */
    restore(): string | null {
      const text = readLocal(win, key);
      if (!text) return null;
      try {
        const b = JSON.parse(text) as Partial<Backup>;
        if (typeof b.data === 'string' && b.base === base && b.data !== base) return b.data;
      } catch {
        // unreadable: treat as stale
      }
      remove();
      return null;
    },
    keep(data: string): void {
      writeLocal(win, key, JSON.stringify({ base, data } satisfies Backup));
    },
    clear: remove,
  };
}
