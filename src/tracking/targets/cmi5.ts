import { createCmi5Tracker } from '../cmi5/cmi5-tracker.ts';
import { guarded } from '../guard.ts';
import type { CreateTracker } from '../tracker.ts';

/** cmi5 AU (cmi5.xml): fetch URL, LMS.LaunchData, defined and allowed statements, returnURL. */
export const createTracker: CreateTracker = (context) => guarded('cmi5', () => createCmi5Tracker(context));
