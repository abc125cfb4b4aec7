import { guarded } from '../guard.ts';
import { createLocalTracker } from '../local.ts';
import type { CreateTracker } from '../tracker.ts';

/** The standalone web version: progress lives in this browser's localStorage. */
export const createTracker: CreateTracker = (context) => guarded('web', () => createLocalTracker(context, { notice: null }));
