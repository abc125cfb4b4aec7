import { scorm2004 } from './scorm2004-values.ts';
import { createScormTracker, type ScormTrackerOptions } from './scorm-tracker.ts';
import type { Tracker, TrackerContext } from '../tracker.ts';

/** SCORM 2004 4th edition adapter: the shared SCORM tracker speaking the 2004 data model (scorm2004-values.ts). */
export function createScorm2004Tracker(context: TrackerContext, options?: ScormTrackerOptions): Tracker {
  return createScormTracker(context, scorm2004, options);
}
