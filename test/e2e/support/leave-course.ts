import type { Target } from './course-driver.ts';

/** «Avslutt» asks first (issue 11 #11): press it, then confirm in the dialog. */
export async function leaveCourse(t: Target): Promise<void> {
  await t.click('[data-action="exit"]');
  await t.waitForSelector('[data-action="exit-confirm"]', { visible: true });
  // A DOM click: the confirmed exit may navigate away (cmi5 returnURL) while a mouse click is
  // still being finished, and puppeteer then reports the button as detached.
  await t.$eval('[data-action="exit-confirm"]', (b) => (b as HTMLButtonElement).click());
}
