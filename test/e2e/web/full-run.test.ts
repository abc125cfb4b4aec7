import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { appReady, courseData, currentPage, next, startCourse, walkCourse } from '../support/course-driver.ts';
import { useBrowserAndServer } from '../support/harness.ts';

const h = useBrowserAndServer('dist/web');

async function freshPage(): Promise<Page> {
  const context = await h.browser.createBrowserContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

describe('web build (dist/web) in Chromium', () => {
  it('starts, navigates, answers, plays a scenario, survives a reload and completes', async () => {
    const page = await freshPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${h.server.url}/index.html`);
    const course = await courseData(page);
    await startCourse(page);
    const firstPage = course.lessons[0]?.pages[0]?.id;
    expect(await currentPage(page)).toBe(firstPage);

    // Walk into the first expectation lesson: questions answered, scenario played.
    const lesson = course.lessons.find((l) => l.objective);
    if (!lesson) throw new Error('no expectation lesson');
    const pagesBefore = course.lessons.slice(0, course.lessons.indexOf(lesson)).reduce((n, l) => n + l.pages.length, 0);
    await walkCourse(page, { maxPages: pagesBefore + lesson.pages.length });
    const stoppedAt = await currentPage(page);
    const answered = await page.$$eval('form[data-question] .feedback', (f) => f.length);
    const scenarioEnded = await page.$$eval('[data-ending]', (e) => e.length);
    const lessonStatus = await page.evaluate(() => localStorage.length);
    expect(lessonStatus).toBeGreaterThan(0);

    // Open the course again (no page in the URL): the start page offers to continue; continuing lands on the same page with answers intact.
    await page.goto(`${h.server.url}/index.html`);
    await appReady(page);
    expect(await page.$eval('[data-action="start"]', (b) => b.textContent)).toBe('Fortsett der du slapp');
    await startCourse(page);
    expect(await currentPage(page)).toBe(stoppedAt);
    expect(await page.$$eval('form[data-question] .feedback', (f) => f.length)).toBe(answered);
    expect(await page.$$eval('[data-ending]', (e) => e.length)).toBe(scenarioEnded);

    // Finish the whole course and pass.
    await next(page);
    await walkCourse(page, { assessment: 'pass' });
    await page.waitForSelector('main[data-screen="completion"]');
    expect(await page.$eval('[data-completion]', (e) => e.getAttribute('data-completion'))).toBe('completed');
    expect(await page.$eval('.completion [data-result]', (e) => e.getAttribute('data-result'))).toBe('passed');
    expect(await page.$eval('.progress-text', (e) => e.textContent)).toBe('100\u00a0% gjennomgått');
    expect(await page.$eval('[data-test-status]', (e) => e.textContent)).toBe('Sluttest: bestått');
    // No request to any other origin (no CDN, no web fonts).
    expect(requests.filter((u) => !u.startsWith(h.server.url))).toEqual([]);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.browserContext().close();
  });

  it('fails the assessment, shows the result per expectation and offers a fresh draw', async () => {
    const page = await freshPage();
    await page.goto(`${h.server.url}/index.html`);
    const course = await courseData(page);
    await startCourse(page);
    await walkCourse(page, { assessment: 'fail', answers: 'wrong', scenarios: 'weak' });
    await page.waitForSelector('main[data-screen="completion"]');
    expect(await page.$eval('.completion [data-result]', (e) => e.getAttribute('data-result'))).toBe('failed');
    const rows = await page.$$eval('.completion .result-rows li', (r) => r.map((x) => x.getAttribute('data-objective')));
    expect(rows).toEqual(course.meta.objectives.map((o) => o.id));
    // Back to the assessment: a retry draws again.
    const assessmentPage = course.lessons.flatMap((l) => l.pages).find((p) => p.blocks.some((b) => b.kind === 'assessment'));
    await page.click('[data-action="contents"]');
    const lessonOfAssessment = course.lessons.find((l) => l.pages.some((p) => p.id === assessmentPage?.id));
    await page.click(`li[data-lesson="${lessonOfAssessment?.id ?? ''}"] .lesson-link`);
    await page.waitForSelector('[data-action="retry"]');
    await page.click('[data-action="retry"]');
    await page.waitForSelector('[data-action="submit-attempt"]');
    expect(await page.$$eval('[data-assessment] form[data-question]', (f) => f.length)).toBeGreaterThan(0);
    await page.browserContext().close();
  });

  it('opens the table of contents from the start page when there is saved progress', async () => {
    const page = await freshPage();
    await page.goto(`${h.server.url}/index.html`);
    await startCourse(page);
    await next(page);
    await page.goto(`${h.server.url}/index.html`);
    // Pressed at once, possibly before the lessons have arrived: the press must not be lost.
    // A locator click: the first start page (boot) may be replaced by the app's between find and click.
    await page.locator('.start [data-action="contents"]').click();
    await page.waitForSelector('main[data-screen="contents"]');
    const first = await page.$eval('.lesson-list li', (li) => li.querySelector('.lesson-meta')?.textContent ?? '');
    expect(first).toMatch(/gjennomgått|fullført/);
    await page.browserContext().close();
  });

  it('runs from the file system (file://) too', async () => {
    const page = await freshPage();
    await page.goto(`file://${process.cwd()}/dist/web/index.html`);
    await startCourse(page);
    expect(await currentPage(page)).not.toBeNull();
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.browserContext().close();
  });

  it('starts fresh, without crashing, when the saved progress is corrupted', async () => {
    const page = await freshPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await page.goto(`${h.server.url}/index.html`);
    const course = await courseData(page);
    await page.evaluate((id) => localStorage.setItem(`god-ledelse:${id}:state`, 'g1~Lzzz~V!!!~Axyz~Sabc'), course.meta.id);
    await page.reload();
    // The first start page only knows that something is saved; once the app has read it (and found it unreadable) it offers a fresh start.
    await courseData(page);
    await page.waitForSelector('header [data-action="contents"]');
    await page.waitForSelector('[data-action="start"]');
    expect(await page.$eval('[data-action="start"]', (b) => b.textContent)).toBe('Start kurset');
    expect(messages.some((m) => m.includes('partly unreadable'))).toBe(true);
    await page.browserContext().close();
  });
});
