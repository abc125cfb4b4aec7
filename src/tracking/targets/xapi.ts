import type { CreateTracker } from '../tracker.ts';
import { guarded } from '../xapi/guard.ts';
import { createXapiTracker } from '../xapi/xapi-tracker.ts';

/** Tin Can launch (tincan.xml): statements and bookmark to the LRS named in the launch URL. */
export const createTracker: CreateTracker = (context) => guarded('xapi', createXapiTracker(context));
