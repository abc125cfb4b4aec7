import { describe, expect, it } from 'vitest';
import { appReady, currentPage, startCourse, walkCourse } from '../support/course-driver.ts';
import { statementWarnings } from '../../lrs/validate-statement.ts';
import { openCourse, useHarness, verbOf, waitSaved } from '../xapi/harness.ts';
import { leaveCourse } from '../support/leave-course.ts';

const ZIP = 'dist/god-ledelse-i-staten-cmi5.zip';
const AU = 'https://lms.example/course/1/au/1';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

const h = useHarness(ZIP);
const { launchUrl, ofRegistration } = h;

const auVerbs = async (registration: string, sessionId?: string) =>
  (await ofRegistration(registration)).filter((s) => s.object.id === AU && (!sessionId || s.context?.extensions?.[SESSION] === sessionId)).map(verbOf);

describe('cmi5 package against a strict cmi5 test LMS', () => {
  it('complete and pass: the AU lifecycle by the rules, then "Avslutt" goes to returnURL', async () => {
    const launch = h.lrs.cmi5Launch({ masteryScore: 0.8, language: 'nb-NO' });
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(launch.query));
    await startCourse(page);
    await walkCourse(page, { assessment: 'pass' });
    await page.waitForSelector('main[data-screen="completion"]');
    await Promise.all([page.waitForNavigation(), leaveCourse(page)]);
    expect(page.url()).toBe(launch.returnUrl);
    expect(h.lrs.violations).toEqual([]);
    expect(h.lrs.warnings).toEqual([]);
    const all = await ofRegistration(launch.registration);
    for (const s of all) {
      expect(statementWarnings(s)).toEqual([]);
      expect(s.context?.extensions?.[SESSION]).toBe(launch.sessionId);
    }
    const verbs = await auVerbs(launch.registration);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((v) => ['completed', 'passed', 'failed'].includes(v)).sort()).toEqual(['completed', 'passed']);
    expect(all.filter((s) => verbOf(s) === 'progressed').length).toBeGreaterThan(5);
    expect([...page.origins].sort()).toEqual([h.lrs.url, h.server.url].sort());
    await context.close();
  });

  it('fail: one Failed with the score against the LMS masteryScore, never Passed', async () => {
    const launch = h.lrs.cmi5Launch({ masteryScore: 0.8 });
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(launch.query));
    await startCourse(page);
    await walkCourse(page, { assessment: 'fail', answers: 'wrong', scenarios: 'weak' });
    await page.waitForSelector('main[data-screen="completion"]');
    await Promise.all([page.waitForNavigation(), leaveCourse(page)]);
    const judged = (await ofRegistration(launch.registration)).filter((s) => s.object.id === AU && ['passed', 'failed'].includes(verbOf(s)));
    expect(judged.map(verbOf)).toEqual(['failed']);
    expect(judged[0]?.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
    expect(h.lrs.violations).toEqual([]);
    await context.close();
  });

  it('Browse mode: only Initialized and Terminated, no state written', async () => {
    const launch = h.lrs.cmi5Launch({ mode: 'Browse' });
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(launch.query));
    const puts = h.lrs.requests.filter((r) => r.method === 'PUT').length;
    await startCourse(page);
    await walkCourse(page, { maxPages: 6 });
    await Promise.all([page.waitForNavigation(), leaveCourse(page)]);
    expect(await auVerbs(launch.registration)).toEqual(['initialized', 'terminated']);
    expect((await ofRegistration(launch.registration)).map(verbOf)).toEqual(['initialized', 'terminated']);
    expect(h.lrs.requests.filter((r) => r.method === 'PUT').length).toBe(puts);
    expect(h.lrs.violations).toEqual([]);
    await context.close();
  });

  it('quit (window closed) and resume in a new session: no Terminated on close (the LMS abandons the session), same page and answers', async () => {
    const first = h.lrs.cmi5Launch();
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(first.query));
    await startCourse(page);
    await walkCourse(page, { maxPages: 9 });
    await waitSaved(page);
    const stoppedAt = await currentPage(page);
    const answered = await page.$$eval('form[data-question] .feedback', (f) => f.length);
    await page.close({ runBeforeUnload: true });
    await new Promise((r) => setTimeout(r, 1000));
    const firstSession = await auVerbs(first.registration, first.sessionId);
    expect(firstSession[0]).toBe('initialized');
    // A closed window may have been a reload: Terminated only on «Avslutt»; the next launch abandons the session (cmi5 §9.3.6).
    expect(firstSession).not.toContain('terminated');
    const second = h.lrs.cmi5Launch({ registration: first.registration });
    expect(h.lrs.abandoned).toContain(first.sessionId);
    const other = await h.browser.createBrowserContext();
    const again = await openCourse(other, launchUrl(second.query));
    await startCourse(again);
    expect(await currentPage(again)).toBe(stoppedAt);
    expect(await again.$$eval('form[data-question] .feedback', (f) => f.length)).toBe(answered);
    await walkCourse(again, { maxPages: 2 });
    await waitSaved(again);
    expect((await auVerbs(first.registration, second.sessionId))[0]).toBe('initialized');
    expect(h.lrs.violations).toEqual([]);
    await context.close();
    await other.close();
  });

  it('LRS down for a while, then back: the session goes on, every statement stored exactly once, no rule broken', async () => {
    const launch = h.lrs.cmi5Launch();
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(launch.query));
    await startCourse(page);
    await waitSaved(page);
    h.lrs.down = true;
    try {
      await walkCourse(page, { maxPages: 6 });
      await page.waitForSelector('[data-save-status="offline"]', { timeout: 15_000 });
    } finally {
      h.lrs.down = false;
    }
    // The outbox retries on its own (backoff ≤ 60 s); a page change in between must not break order.
    await walkCourse(page, { maxPages: 2 });
    await waitSaved(page, 90_000);
    await Promise.all([page.waitForNavigation(), leaveCourse(page)]);
    const all = await ofRegistration(launch.registration);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect(all.filter((s) => verbOf(s) === 'progressed').length).toBeGreaterThanOrEqual(7);
    const verbs = await auVerbs(launch.registration);
    expect([verbs[0], verbs.at(-1)]).toEqual(['initialized', 'terminated']);
    expect(h.lrs.violations).toEqual([]);
    await context.close();
  });

  it('bad launches: LAUNCH_INVALID with the admin detail (missing fetch; fetch URL already used)', async () => {
    const launch = h.lrs.cmi5Launch();
    const context = await h.browser.createBrowserContext();
    const q = new URLSearchParams(launch.query);
    q.delete('fetch');
    const page = await openCourse(context, launchUrl(q.toString()));
    await page.waitForSelector('[data-notice="LAUNCH_INVALID"]');
    expect(await page.$eval('[data-notice="LAUNCH_INVALID"]', (e) => e.textContent)).toContain('"fetch" mangler');
    // The fetch URL is one-time: a second browser with the same launch URL gets error 1.
    const used = await openCourse(context, launchUrl(launch.query));
    // The app has launched (fetched the token), not only the start page prerendered into index.html.
    await appReady(used);
    const stranger = await h.browser.createBrowserContext();
    const replay = await openCourse(stranger, launchUrl(launch.query));
    await replay.waitForSelector('[data-notice="LAUNCH_INVALID"]');
    expect(await replay.$eval('[data-notice="LAUNCH_INVALID"]', (e) => e.textContent)).toContain('feilkode 1');
    await context.close();
    await stranger.close();
  });
});
