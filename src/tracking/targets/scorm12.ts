import { guarded } from '../guard.ts';
import { createScorm12Tracker } from '../scorm/scorm12.ts';
import type { CreateTracker } from '../tracker.ts';

/** SCORM 1.2 package: talks to the LMS's `API` object; falls back to this device when none is found. */
export const createTracker: CreateTracker = (context) => guarded('scorm12', () => createScorm12Tracker(context));
