import type { LaunchInfo, Tracker } from '../tracker.ts';
import { launchInvalid } from './launch-invalid.ts';

/**
 * The Tracker contract: no method throws or rejects into the UI (DESIGN.md). A bug or a
 * browser oddity in an adapter becomes a log line (and, at start, a launch problem the
 * admin can read), never a broken course.
 */
export function guarded(tag: string, tracker: Tracker): Tracker {
  const report = (what: string, error: unknown) => console.error(`[${tag}] ${what} failed:`, error);
  return {
    async start(): Promise<LaunchInfo> {
      try {
        return await tracker.start();
      } catch (error) {
        report('start', error);
        return launchInvalid(tag, `Uventet feil ved oppstart: ${String(error)}`);
      }
    },
    record(events, snapshot) {
      try {
        tracker.record(events, snapshot);
      } catch (error) {
        report('record', error);
      }
    },
    flush() {
      try {
        tracker.flush();
      } catch (error) {
        report('flush', error);
      }
    },
    async exit() {
      try {
        return await tracker.exit();
      } catch (error) {
        report('exit', error);
        return { returnUrl: null };
      }
    },
    onStatus: (listener) => tracker.onStatus(listener),
  };
}
