import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { courseData, currentPage, next, startCourse, walkCourse } from '../support/course-driver.ts';
import { statementWarnings } from '../../lrs/validate-statement.ts';
import { openCourse, queuedStatements, useHarness, verbOf, waitSaved, withLrsDown } from './harness.ts';
import { leaveCourse } from '../support/leave-course.ts';

const ZIP = 'dist/god-ledelse-i-staten-xapi.zip';
const COURSE_ID = 'https://kurs.ledelse.example/god-ledelse-i-staten';

const h = useHarness(ZIP);
const { launchUrl, ofRegistration } = h;

const courseVerbs = async (registration: string) => (await ofRegistration(registration)).filter((s) => s.object.id === COURSE_ID).map(verbOf);

describe('xAPI (Tin Can) package against Learning Locker xapi-statements', () => {
  it('complete and pass: every statement valid, stored once, course verdicts, only the LRS origin asked', async () => {
    const registration = randomUUID();
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(h.lrs.tinCanQuery({ registration })));
    await startCourse(page);
    await walkCourse(page, { assessment: 'pass' });
    await page.waitForSelector('main[data-screen="completion"]');
    await leaveCourse(page);
    await page.waitForSelector('main[data-screen="exited"]');
    const stored = await ofRegistration(registration);
    expect(h.lrs.warnings).toEqual([]);
    for (const s of stored) expect(statementWarnings(s)).toEqual([]);
    expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
    expect(await courseVerbs(registration)).toEqual(expect.arrayContaining(['initialized', 'completed', 'passed', 'terminated']));
    const verbs = await courseVerbs(registration);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((v) => v === 'completed' || v === 'passed' || v === 'failed').sort()).toEqual(['completed', 'passed']);
    const course = await courseData(page);
    const objectives = stored.filter((s) => s.object.id.startsWith(`${COURSE_ID}/objective/`)).map((s) => s.object.id);
    expect(new Set(objectives)).toEqual(new Set(course.meta.objectives.map((o) => `${COURSE_ID}/objective/${o.id}`)));
    expect(stored.some((s) => s.object.id.includes('/scenario/') && s.object.id.includes('/decision/'))).toBe(true);
    expect(stored.some((s) => verbOf(s) === 'answered' && s.object.id.startsWith(`${COURSE_ID}/question/`))).toBe(true);
    expect([...page.origins].sort()).toEqual([h.lrs.url, h.server.url].sort());
    expect(page.errors).toEqual([]);
    await context.close();
  });

  it('fail: failed with the score, never passed', async () => {
    const registration = randomUUID();
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(h.lrs.tinCanQuery({ registration })));
    await startCourse(page);
    await walkCourse(page, { assessment: 'fail', answers: 'wrong', scenarios: 'weak' });
    await page.waitForSelector('main[data-screen="completion"]');
    await waitSaved(page);
    await leaveCourse(page);
    await page.waitForSelector('main[data-screen="exited"]');
    const failed = (await ofRegistration(registration)).filter((s) => s.object.id === COURSE_ID && verbOf(s) === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.result).toMatchObject({ success: false, score: { min: 0, max: 100 } });
    expect(await courseVerbs(registration)).not.toContain('passed');
    expect(h.lrs.warnings).toEqual([]);
    await context.close();
  });

  it('quit and resume on another device: same page, every answer intact (State API)', async () => {
    const registration = randomUUID();
    const query = h.lrs.tinCanQuery({ registration });
    const first = await h.browser.createBrowserContext();
    const page = await openCourse(first, launchUrl(query));
    await startCourse(page);
    await walkCourse(page, { maxPages: 9 });
    const stoppedAt = await currentPage(page);
    const answered = await page.$$eval('form[data-question] .feedback', (f) => f.length);
    // The learner leaves once the header says «Alt er lagret», as in the other device-change tests:
    // on a loaded machine the last State write can still be on its way, and then only this device
    // has it (its outbox sends it on the next launch here), not the LRS the other device reads.
    await waitSaved(page);
    await page.close({ runBeforeUnload: true });
    await first.close();
    // A fresh browser profile: nothing on the device, so the bookmark must come from the LRS.
    const second = await h.browser.createBrowserContext();
    const again = await openCourse(second, launchUrl(query));
    await startCourse(again);
    expect(await currentPage(again)).toBe(stoppedAt);
    expect(await again.$$eval('form[data-question] .feedback', (f) => f.length)).toBe(answered);
    await second.close();
  });

  it('LRS down for a while, browser closed while offline: every statement stored exactly once later', async () => {
    const registration = randomUUID();
    const query = h.lrs.tinCanQuery({ registration });
    // One browser profile (same localStorage) across both visits.
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(query));
    await startCourse(page);
    await next(page);
    await waitSaved(page);
    const queued = await withLrsDown(h.lrs, async () => {
      await walkCourse(page, { maxPages: 5 });
      await page.waitForSelector('[data-save-status="offline"]', { timeout: 15_000 });
      const ids = await queuedStatements(page);
      expect(ids.length).toBeGreaterThanOrEqual(5);
      await page.close({ runBeforeUnload: true });
      return ids;
    });
    const before = await ofRegistration(registration);
    const back = await openCourse(context, launchUrl(query));
    await startCourse(back);
    await waitSaved(back);
    await walkCourse(back, { maxPages: 2 });
    await waitSaved(back);
    const after = await ofRegistration(registration);
    expect(after.length).toBeGreaterThan(before.length + 5);
    expect(new Set(after.map((s) => s.id)).size).toBe(after.length);
    // Every statement that waited on the device while offline is stored, exactly once.
    for (const id of queued) expect(after.filter((s) => s.id === id)).toHaveLength(1);
    expect(h.lrs.warnings).toEqual([]);
    await context.close();
  });

  it('bad launch parameters: the learner is told to relaunch, the admin sees which parameter, nothing is sent', async () => {
    const context = await h.browser.createBrowserContext();
    const before = h.lrs.requests.length;
    const evil = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
    const page = await openCourse(context, `${h.server.url}/index.html?endpoint=${encodeURIComponent(h.lrs.endpoint)}&auth=Basic%20x&actor=${evil}`);
    await page.waitForSelector('[data-notice="LAUNCH_INVALID"]');
    const text = await page.$eval('[data-notice="LAUNCH_INVALID"]', (e) => e.textContent);
    expect(text).toContain('start kurset på nytt fra læringsplattformen');
    expect(text).toContain('"actor" er ikke gyldig JSON');
    expect(await page.evaluate(() => (window as Window & { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$('img[src="x"]')).toBeNull();
    expect(h.lrs.requests.length).toBe(before);
    await context.close();
  });
});
