import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { startCourse, startOrContinue, walkCourse } from '../support/course-driver.ts';
import { leaveCourse } from '../support/leave-course.ts';
import { notInSheet, openCourse, queuedStatements, useHarness, verbOf, waitSaved, withLrsDown } from '../xapi/harness.ts';

const ZIP = 'dist/god-ledelse-i-staten-cmi5.zip';
const SHEET = 'dist/god-ledelse-i-staten-cmi5-tracking.md';
const AU = 'https://lms.example/course/1/au/1';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

const h = useHarness(ZIP);
const { launchUrl, ofRegistration } = h;


describe('cmi5 against CATAPULT session rules: end, reload, relaunch, offline', () => {
  it('pass and «Avslutt»: State written before Terminated; relaunched elsewhere (Review) the learner sees 100 % and passed', async () => {
    const first = h.lrs.cmi5Launch();
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(first.query));
    await startCourse(page);
    await walkCourse(page, { assessment: 'pass' });
    await page.waitForSelector('main[data-screen="completion"] [data-result="passed"]');
    await Promise.all([page.waitForNavigation(), leaveCourse(page)]);
    expect(h.lrs.violations).toEqual([]);
    const all = await ofRegistration(first.registration);
    expect(all.filter((s) => s.object.id === AU).map(verbOf).at(-1)).toBe('terminated');
    expect(notInSheet(await readFile(SHEET, 'utf8'), all, AU)).toEqual([]);
    expect(h.lrs.warnings).toEqual([]);
    await context.close();
    // The LMS launches a satisfied AU in Review mode (as CATAPULT does); another PC, nothing on the device.
    const second = h.lrs.cmi5Launch({ registration: first.registration });
    expect(second.mode).toBe('Review');
    const other = await h.browser.createBrowserContext();
    const again = await openCourse(other, launchUrl(second.query));
    // A completed course opens on a start page that says so (no «Start»): from there to the summary, which says passed.
    await again.waitForSelector('[data-start="completed"] [data-action="summary"]', { visible: true });
    expect(await again.$eval('.progress-text', (e) => e.textContent)).toContain('100\u00a0%');
    await again.click('[data-action="summary"]');
    await again.waitForSelector('main[data-screen="completion"] [data-result="passed"]');
    expect(await again.$eval('.progress-text', (e) => e.textContent)).toContain('100\u00a0%');
    expect(h.lrs.violations).toEqual([]);
    await other.close();
  });

  it('a plain reload continues the session: no second Initialized, no error, Terminated once on «Avslutt»', async () => {
    const launch = h.lrs.cmi5Launch();
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(launch.query));
    await startCourse(page);
    await walkCourse(page, { maxPages: 3 });
    await waitSaved(page);
    await page.reload();
    // The URL's hash route reopens the page the learner was on (no start screen).
    expect(await startOrContinue(page)).toBe(false);
    expect(await page.$('[data-notice="LAUNCH_INVALID"]')).toBeNull();
    await walkCourse(page, { maxPages: 2 });
    await waitSaved(page);
    await Promise.all([page.waitForNavigation(), leaveCourse(page)]);
    const verbs = (await ofRegistration(launch.registration)).filter((s) => s.object.id === AU).map(verbOf);
    expect(verbs.filter((v) => v === 'initialized')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'terminated')).toHaveLength(1);
    expect(verbs.at(-1)).toBe('terminated');
    expect(h.lrs.violations).toEqual([]);
    await context.close();
  });

  it('offline answers, window closed, relaunched: every answer reaches the LMS in the new session; nothing refused', async () => {
    const first = h.lrs.cmi5Launch();
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(first.query));
    await startCourse(page);
    await waitSaved(page);
    const answers = await withLrsDown(h.lrs, async () => {
      await walkCourse(page, { maxPages: 10 });
      const ids = await queuedStatements(page, 'http://adlnet.gov/expapi/verbs/answered');
      expect(ids.length).toBeGreaterThanOrEqual(4);
      await page.close({ runBeforeUnload: true });
      return ids;
    });
    const second = h.lrs.cmi5Launch({ registration: first.registration });
    expect(h.lrs.abandoned).toContain(first.sessionId);
    const back = await openCourse(context, launchUrl(second.query));
    await startCourse(back);
    await waitSaved(back, 60_000);
    const stored = await ofRegistration(first.registration);
    for (const id of answers) {
      const s = stored.filter((x) => x.id === id);
      expect(s).toHaveLength(1);
      expect(s[0]?.context?.extensions?.[SESSION]).toBe(second.sessionId);
    }
    expect(h.lrs.violations).toEqual([]);
    await context.close();
  });

  it('offline answers, then a reload in the same tab: the session goes on and every answer arrives in it', async () => {
    const launch = h.lrs.cmi5Launch();
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(launch.query));
    await startCourse(page);
    await waitSaved(page);
    const answers = await withLrsDown(h.lrs, async () => {
      await walkCourse(page, { maxPages: 10 });
      const ids = await queuedStatements(page, 'http://adlnet.gov/expapi/verbs/answered');
      expect(ids.length).toBeGreaterThanOrEqual(4);
      return ids;
    });
    await page.reload();
    // The URL's hash route reopens the page the learner was on (no start screen).
    expect(await startOrContinue(page)).toBe(false);
    await waitSaved(page, 60_000);
    const stored = await ofRegistration(launch.registration);
    for (const id of answers) expect(stored.filter((x) => x.id === id).map((x) => x.context?.extensions?.[SESSION])).toEqual([launch.sessionId]);
    expect(stored.filter((s) => s.object.id === AU).map(verbOf).filter((v) => v === 'initialized')).toHaveLength(1);
    expect(h.lrs.violations).toEqual([]);
    await context.close();
  });

  it('a javascript: returnURL is ignored: the learner takes the course, «Avslutt» stays in the course', async () => {
    const launch = h.lrs.cmi5Launch({ returnURL: 'javascript:alert(document.domain)' });
    const context = await h.browser.createBrowserContext();
    // Listen before the page loads: the adapter tells the admin at launch.
    const page = await context.newPage();
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => warnings.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(launchUrl(launch.query));
    await startCourse(page);
    await walkCourse(page, { maxPages: 2 });
    await leaveCourse(page);
    await page.waitForSelector('main[data-screen="exited"]');
    expect(page.url()).toContain(h.server.url);
    expect(warnings.some((w) => w.includes('RETURN_URL_IGNORED'))).toBe(true);
    expect(errors).toEqual([]);
    expect(h.lrs.violations).toEqual([]);
    await context.close();
  });
});
