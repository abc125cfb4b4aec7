import { guarded } from '../guard.ts';
import { createScorm2004Tracker } from '../scorm/scorm2004.ts';
import type { CreateTracker } from '../tracker.ts';

/** SCORM 2004 4th edition package: talks to the LMS's `API_1484_11`; falls back to this device when none is found. */
export const createTracker: CreateTracker = (context) => guarded('scorm2004', () => createScorm2004Tracker(context));
