import { scorm12 } from './scorm12-values.ts';
import { createScormTracker, type ScormTrackerOptions } from './scorm-tracker.ts';
import type { Tracker, TrackerContext } from '../tracker.ts';

/** SCORM 1.2 adapter: the shared SCORM tracker speaking the 1.2 data model (scorm12-values.ts). */
export function createScorm12Tracker(context: TrackerContext, options?: ScormTrackerOptions): Tracker {
  return createScormTracker(context, scorm12, options);
}
