import type { Target } from './course-driver.ts';

/** «Avslutt» asks first (issue 11 #11): press it, then confirm in the dialog. */
export async function leaveCourse(t: Target): Promise<void> {
  await t.click('[data-action="exit"]');
  await t.waitForSelector('[data-action="exit-confirm"]', { visible: true });
  await t.click('[data-action="exit-confirm"]');
}
