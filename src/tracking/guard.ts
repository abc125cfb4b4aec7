import type { LaunchInfo, Tracker } from './tracker.ts';
import { launchInvalid } from './xapi/launch-invalid.ts';

/**
 * The Tracker contract for every target: no method throws or rejects into the UI (DESIGN.md).
 * A bug, an LMS API that throws, or a browser oddity in an adapter becomes a log line tagged
 * with the target (and, at start, a launch problem the admin can read), never a broken course.
 * The adapter is built inside the guard, so even a constructor that throws is caught.
 */
export function guarded(tag: string, make: () => Tracker): Tracker {
  const report = (what: string, error: unknown) => console.error(`[${tag}] ${what} failed:`, error);
  let tracker: Tracker | null = null;
  let buildError: unknown = null;
  try {
    tracker = make();
  } catch (error) {
    report('create', error);
    buildError = error;
  }
  return {
    async start(): Promise<LaunchInfo> {
      try {
        if (!tracker) throw buildError;
        return await tracker.start();
      } catch (error) {
        report('start', error);
        return launchInvalid(tag, `Uventet feil ved oppstart: ${String(error)}`);
      }
    },
    record(events, snapshot) {
      try {
        tracker?.record(events, snapshot);
      } catch (error) {
        report('record', error);
      }
    },
    flush() {
      try {
        tracker?.flush();
      } catch (error) {
        report('flush', error);
      }
    },
    async exit() {
      try {
        return (await tracker?.exit()) ?? { returnUrl: null };
      } catch (error) {
        report('exit', error);
        return { returnUrl: null };
      }
    },
    onStatus(listener) {
      // A listener that throws must not break the adapter's own bookkeeping either.
      const safe: typeof listener = (status) => {
        try {
          listener(status);
        } catch (error) {
          report('status listener', error);
        }
      };
      try {
        return tracker?.onStatus(safe) ?? (() => undefined);
      } catch (error) {
        report('onStatus', error);
        return () => undefined;
      }
    },
  };
}
