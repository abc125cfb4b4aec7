import type { LaunchInfo } from '../tracker.ts';

/**
 * LaunchInfo after a bad launch: nothing can be recorded, and the learner is told to
 * relaunch from the LMS (LAUNCH_INVALID); the admin detail names the wrong parameter.
 * Launch values are never rendered as HTML: the detail is plain text for the player.
 */
export function launchInvalid(tag: string, adminDetail: string): LaunchInfo {
  console.error(`[${tag}] LAUNCH_INVALID: ${adminDetail}`);
  return { saved: null, learnerName: null, language: null, mode: 'normal', credit: true, masteryScore: null, notice: 'LAUNCH_INVALID', adminDetail };
}
