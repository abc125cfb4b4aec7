import { guarded } from '../guard.ts';
import type { CreateTracker } from '../tracker.ts';
import { createXapiTracker } from '../xapi/xapi-tracker.ts';

/** Tin Can launch (tincan.xml): statements and bookmark to the LRS named in the launch URL. */
export const createTracker: CreateTracker = (context) => guarded('xapi', () => createXapiTracker(context));
