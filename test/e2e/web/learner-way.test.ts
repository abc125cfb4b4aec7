import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { verifiedChecks, verifies } from '../../../src/accessibility/checks.ts';
import { accessibleName, emulateForcedColors, focusedId, waitForFocus, pageWith, pageWithOrdering, visibleText, waitForPage } from '../support/a11y.ts';
import { appReady, courseData, currentPage, next, showQuestion, startCourse, takeAssessment, walkCourse } from '../support/course-driver.ts';
import { useBrowserAndServer } from '../support/harness.ts';

/** Issue 11, items 4–15: the learner's way through the web build, in Chromium. */
const h = useBrowserAndServer('dist/web');

async function open(hash = '', width = 1024): Promise<Page> {
  const context = await h.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 800 });
  await page.goto(`${h.server.url}/index.html${hash}`);
  await page.waitForFunction(() => !!window.__COURSE__);
  return page;
}

const title = (page: Page) => page.evaluate(() => document.title);

describe('accessibility statement (issue 11 #4)', () => {
  it('is linked from the start page and the menu, names the agency contact, and ships as a draft in dist/', async () => {
    const page = await open();
    const course = await courseData(page);
    const contact = course.meta.accessibilityContact;
    if (!contact) throw new Error('course.ts sets no accessibilityContact');
    await page.waitForSelector('.start a[href="#/tilgjengelighet"]');
    await page.click('.start a[href="#/tilgjengelighet"]');
    await page.waitForSelector('main[data-screen="statement"]');
    expect(await page.$eval('[data-contact] a[href^="mailto:"]', (a) => a.getAttribute('href'))).toBe(`mailto:${contact.email}`);
    const text = await page.$eval('main', (m) => m.textContent);
    for (const check of verifiedChecks) expect(text).toContain(check.text);
    // Back to the start page, into the course, and from a lesson page through the menu.
    await page.goBack();
    await startCourse(page);
    await page.click('[data-action="statement"]');
    await page.waitForSelector('main[data-screen="statement"]');
    await waitForFocus(page, 'statement-h');
    expect(await focusedId(page)).toBe('statement-h');
    const draft = await readFile('dist/tilgjengelighetserklaering.md', 'utf8');
    expect(draft).toContain(contact.email);
    for (const check of verifiedChecks) expect(draft).toContain(check.text);
    expect(draft).toContain('uutilsynet.no');
    await page.browserContext().close();
  });
});

describe('page titles (issue 11 #5)', () => {
  it(verifies('page-titles'), async () => {
    const page = await open();
    const course = await courseData(page);
    const courseTitle = course.meta.title.nb;
    expect(await title(page)).toBe(courseTitle);
    await startCourse(page);
    for (let i = 0; i < 3; i += 1) {
      const id = await currentPage(page);
      const lesson = course.lessons.find((l) => l.pages.some((p) => p.id === id));
      const p = lesson?.pages.find((x) => x.id === id);
      if (!lesson || !p) throw new Error(`page ${String(id)} not in the course`);
      const expected = p.title.nb === lesson.title.nb ? `${p.title.nb} – ${courseTitle}` : `${p.title.nb} – ${lesson.title.nb} – ${courseTitle}`;
      await page.waitForFunction((t) => document.title === t, { timeout: 5000 }, expected);
      await next(page);
    }
    await page.click('[data-action="contents"]');
    await page.waitForFunction((t) => document.title === t, { timeout: 5000 }, `Innhold – ${courseTitle}`);
    await page.browserContext().close();
  });
});

describe('ordering questions and the contents toggle (issue 11 #7)', () => {
  it(verifies('ordering-controls'), async () => {
    const page = await open();
    const course = await courseData(page);
    const { page: target } = pageWithOrdering(course);
    await page.goto(`${h.server.url}/index.html#/side/${target.id}`);
    await waitForPage(page, target.id);
    // Knowledge checks on one page show one at a time (issue 12): step to the ordering question.
    await showQuestion(page, 'form:has(ol.ordering)');
    const buttons = await page.$$eval('ol.ordering button', (bs) => bs.map((_, i) => i));
    expect(buttons.length).toBeGreaterThan(0);
    for (const i of buttons) {
      const selector = `ol.ordering li:nth-child(${Math.floor(i / 2) + 1}) button:nth-of-type(${(i % 2) + 1})`;
      const visible = await visibleText(page, selector);
      expect(visible).not.toBe('');
      // WCAG 2.5.3: the accessible name starts with the visible label.
      expect((await accessibleName(page, selector)).startsWith(visible)).toBe(true);
    }
    // The positions show as numbers: the list items keep their list markers.
    const markers = await page.$$eval('ol.ordering li', (lis) => lis.map((li) => `${getComputedStyle(li).display} ${getComputedStyle(li).listStyleType}`));
    expect(new Set(markers)).toEqual(new Set(['list-item decimal']));
    await page.browserContext().close();
  });

  it(verifies('toggle-state-visible'), async () => {
    const page = await open();
    await startCourse(page);
    const look = () => page.$eval('[data-action="contents"]', (b) => {
      const s = getComputedStyle(b);
      return { background: s.backgroundColor, color: s.color, underline: s.borderBottomWidth };
    });
    const off = await look();
    await page.click('[data-action="contents"]');
    await page.waitForSelector('[data-action="contents"][aria-pressed="true"]');
    const on = await look();
    expect(on.background).not.toBe(off.background);
    // Not by colour alone: the pressed state has a thick bar, which forced colours keep too.
    expect(on.underline).not.toBe(off.underline);
    await emulateForcedColors(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    expect((await look()).underline).toBe(on.underline);
    await page.browserContext().close();
  });
});

describe('headings and announcements (issue 11 #8)', () => {
  it(verifies('heading-names-lesson'), async () => {
    const page = await open();
    const course = await courseData(page);
    await startCourse(page);
    for (let i = 0; i < 4; i += 1) {
      const id = await currentPage(page);
      const lesson = course.lessons.find((l) => l.pages.some((p) => p.id === id));
      const p = lesson?.pages.find((x) => x.id === id);
      if (!lesson || !p) throw new Error(`page ${String(id)} not in the course`);
      if (i > 0) {
        await waitForFocus(page, 'page-h');
        expect(await focusedId(page)).toBe('page-h');
      }
      const heading = await page.$eval('#page-h', (e) => e.textContent.replace(/\s+/g, ' '));
      expect(heading).toContain(p.title.nb);
      expect(heading).toContain(lesson.title.nb);
      await next(page);
    }
    await page.browserContext().close();
  });

  it(verifies('progress-announced'), async () => {
    const page = await open();
    const course = await courseData(page);
    const first = course.lessons[0];
    if (!first) throw new Error('no lessons');
    await startCourse(page);
    expect(await page.$eval('[data-announcer="progress"]', (e) => e.getAttribute('role'))).toBe('status');
    await walkCourse(page, { maxPages: first.pages.length });
    await page.waitForFunction((name) => (document.querySelector('[data-announcer="progress"]')?.textContent ?? '').includes(name), { timeout: 5000 }, first.title.nb);
    expect(await page.$eval('[data-announcer="progress"]', (e) => e.textContent)).toMatch(/\d+\u00a0% av kurset er gjennomgått/);
    await page.browserContext().close();
  });
});

describe('final test: heading, progress, rule (issue 11 #9, #10, #13)', () => {
  it('heads the test with its size, counts answers apart, and keeps done apart from passed', async () => {
    const page = await open();
    const course = await courseData(page);
    const { page: test } = pageWith(course, 'assessment');
    await page.goto(`${h.server.url}/index.html#/side/${test.id}`);
    await waitForPage(page, test.id);
    await page.click('[data-action="start-attempt"]');
    await page.waitForSelector('[data-action="submit-attempt"]');
    const total = await page.$$eval('[data-assessment] form[data-question]', (f) => f.length);
    expect(await page.$eval('#assessment-h', (e) => e.textContent)).toBe(`Sluttest – ${total} spørsmål`);
    expect(await page.$eval('.answered-count', (e) => e.textContent)).toBe(`Du har svart på 0 av ${total}.`);
    // Said again beside «Lever svarene», at the end of a long page, and it follows the answers.
    const beside = () => page.$eval('[data-action="submit-attempt"] + .answered-count', (e) => e.textContent);
    expect(await beside()).toBe(`Du har svart på 0 av ${total}.`);
    await page.click('[data-assessment] form[data-question] input');
    await page.waitForFunction(() => document.querySelector('[data-action="submit-attempt"] + .answered-count')?.getAttribute('data-answered') === '1');
    expect(await beside()).toBe(`Du har svart på 1 av ${total}.`);
    await takeAssessment(page, course, false);
    // Done is not passed: the header says how much was gone through, and apart from it, the test result.
    expect(await page.$eval('.progress-text', (e) => e.textContent)).toMatch(/^\d+\u00a0% gjennomgått$/);
    expect(await page.$eval('[data-test-status]', (e) => e.textContent)).toBe('Sluttest: ikke bestått');
    await page.browserContext().close();
  });

  it('opens the test before the lessons only with a warning naming them, and the summary agrees', async () => {
    const page = await open();
    const course = await courseData(page);
    const { page: test, lesson: testLesson } = pageWith(course, 'assessment');
    expect(course.meta.finalTestAccess).toBe('open-with-warning');
    await page.goto(`${h.server.url}/index.html#/side/${test.id}`);
    await waitForPage(page, test.id);
    const others = course.lessons.filter((l) => l.required && l.id !== testLesson.id);
    const listed = await page.$$eval('[data-test-gate="warning"] li a', (as) => as.map((a) => a.textContent));
    expect(listed).toEqual(others.map((l) => l.title.nb));
    expect(await page.$('[data-action="start-attempt"]')).not.toBeNull();
    // The summary names the test as a test to take, not as a page to go to.
    await page.goto(`${h.server.url}/index.html#/oppsummering`);
    await page.waitForSelector('main[data-screen="completion"]');
    expect(await page.$eval(`[data-left="${testLesson.id}"]`, (e) => e.textContent)).toBe('Ta sluttesten');
    // A lesson link in the warning opens that lesson.
    await page.goto(`${h.server.url}/index.html#/side/${test.id}`);
    await waitForPage(page, test.id);
    await page.click('[data-test-gate="warning"] li a');
    await waitForPage(page, others[0]?.pages[0]?.id ?? '');
    await page.browserContext().close();
  });
});

describe('history (issue 11 #12)', () => {
  it(verifies('history-navigation'), async () => {
    const page = await open();
    await startCourse(page);
    const first = await currentPage(page);
    await next(page);
    const second = await currentPage(page);
    await next(page);
    const third = await currentPage(page);
    // Same document all along: inside an LMS frame, the SCO must never reload.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.goBack();
    await waitForPage(page, second ?? '');
    await waitForFocus(page, 'page-h');
    expect(await focusedId(page)).toBe('page-h');
    await page.goBack();
    await waitForPage(page, first ?? '');
    await page.goForward();
    await waitForPage(page, second ?? '');
    expect(await page.evaluate(() => '__sameDocument' in window)).toBe(true);
    // A shared link opens the same page, in a fresh browser.
    const link = page.url();
    expect(link).toContain('#/side/');
    const other = await open(new URL(link).hash);
    await waitForPage(other, second ?? '');
    await other.browserContext().close();
    expect(third).not.toBe(second);
    await page.browserContext().close();
  });
});

describe('reflections (issue 11 #14)', () => {
  it(verifies('reflection-kept'), async () => {
    const page = await open();
    const course = await courseData(page);
    const { page: target } = pageWith(course, 'reflection');
    await page.goto(`${h.server.url}/index.html#/side/${target.id}`);
    await waitForPage(page, target.id);
    for (const [trial, words] of ['Første', 'Andre ord', 'Tredje'].entries()) {
      await page.focus('textarea[data-reflection]');
      await page.keyboard.type(` ${words}${trial}`);
      // No pause, no blur: reload at once.
      const typed = await page.$eval('textarea[data-reflection]', (t) => (t).value);
      await page.reload();
      await waitForPage(page, target.id);
      expect(await page.$eval('textarea[data-reflection]', (t) => (t).value)).toBe(typed);
    }
    await page.browserContext().close();
  });
});

describe('leaving and coming back (issue 11 #11, #15)', () => {
  it(verifies('exit-confirmed'), async () => {
    const page = await open();
    await startCourse(page);
    await page.click('[data-action="exit"]');
    await page.waitForSelector('dialog[data-dialog="exit"][open]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('exit-cancel');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('exit');
    expect(await page.$eval('main', (m) => m.getAttribute('data-screen'))).toBe('page');
    await page.click('[data-action="exit"]');
    await page.waitForSelector('[data-action="exit-confirm"]', { visible: true });
    await page.click('[data-action="exit-confirm"]');
    await page.waitForSelector('main[data-screen="exited"]');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const text = await page.$eval('main', (m) => m.textContent);
    expect(text).toContain('Fremdriften din er lagret.');
    expect(text).toContain('fortsetter du der du slapp');
    await page.click('[data-action="reopen"]');
    await page.waitForSelector('[data-action="start"]');
    await appReady(page);
    expect(await page.$eval('[data-action="start"]', (b) => b.textContent)).toBe('Fortsett der du slapp');
    await page.browserContext().close();
  });

  it('after completion: next steps on the summary, a start page that says so, and a way to start over', async () => {
    const page = await open();
    const course = await courseData(page);
    await startCourse(page);
    await walkCourse(page, { assessment: 'pass' });
    await page.waitForSelector('main[data-screen="completion"]');
    for (const action of ['download-plan', 'review', 'print-certificate']) expect(await page.$(`.completion [data-action="${action}"]`)).not.toBeNull();
    expect(await page.$eval('[data-certificate]', (e) => e.textContent)).toContain(course.meta.title.nb);
    await page.click('.completion [data-action="review"]');
    await page.waitForSelector('main[data-screen="contents"]');
    // Open the course again: the start page knows it is done.
    await page.goto(`${h.server.url}/index.html`);
    await page.waitForSelector('.start[data-start="completed"]');
    const start = await page.$eval('.start', (e) => e.textContent);
    expect(start).not.toContain('Fortsett der du slapp');
    expect(start).not.toContain(`ca. ${course.meta.minutes} minutter`);
    expect(start).toContain('Du har fullført kurset.');
    const reflection = pageWith(course, 'reflection').page.blocks.find((b) => b.kind === 'reflection');
    // Start over (web version): asks first, then everything but the reflections is gone.
    await page.click('[data-action="restart"]');
    await page.waitForSelector('[data-action="restart-confirm"]', { visible: true });
    await page.click('[data-action="restart-confirm"]');
    await page.waitForSelector('.start[data-start="new"]');
    expect(await page.$eval('[data-action="start"]', (b) => b.textContent)).toBe('Start kurset');
    expect(await page.$eval('.progress-text', (e) => e.textContent)).toBe('0\u00a0% gjennomgått');
    await page.reload();
    await page.waitForSelector('.start[data-start="new"]');
    if (reflection?.kind === 'reflection') {
      const at = pageWith(course, 'reflection').page.id;
      await page.goto(`${h.server.url}/index.html#/side/${at}`);
      await waitForPage(page, at);
      expect(await page.$eval(`textarea[data-reflection="${reflection.id}"]`, (t) => (t).value)).not.toBe('');
    }
    await page.browserContext().close();
  });
});
