import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { verifies } from '../../../src/accessibility/checks.ts';
import { overflowWithTextSpacing, watchFocusLoss } from '../support/a11y.ts';
import { axeViolations, type AxeViolation } from '../support/axe.ts';
import { activate, completePage, courseData, currentPage, next, openDisclosures, startCourse, walkCourse } from '../support/course-driver.ts';
import { useBrowserAndServer } from '../support/harness.ts';
import { leaveCourse } from '../support/leave-course.ts';

const h = useBrowserAndServer('dist/web');

async function open(width: number): Promise<Page> {
  const context = await h.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 800 });
  await page.goto(`${h.server.url}/index.html`);
  return page;
}

describe('accessibility (axe-core, WCAG 2.1 A/AA) on every distinct screen', () => {
  it.each([1280, 320])(`${verifies('axe-every-screen')} ${verifies('reflow-text-spacing')} (%i px)`, async (width) => {
    const page = await open(width);
    const found: AxeViolation[] = [];
    const checked: string[] = [];
    const check = async (label: string) => {
      checked.push(label);
      found.push(...(await axeViolations(page, label)));
      // Reflow (WCAG 1.4.10): no horizontal scrolling at 320 px.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) found.push({ id: 'reflow', impact: 'serious', help: `${label}: page is ${overflow}px wider than the viewport`, nodes: [] });
      // …and still none with WCAG 1.4.12's text spacing (long words and URLs must wrap).
      const spaced = await overflowWithTextSpacing(page);
      if (spaced > 0) found.push({ id: 'reflow-text-spacing', impact: 'serious', help: `${label}: with text spacing, page is ${spaced}px wider than the viewport`, nodes: [] });
    };
    const course = await courseData(page);
    await check('start');
    // The language list open, over the page (issue 13's switch).
    await page.click('[data-action="language"]');
    await page.waitForSelector('[data-locale]', { visible: true });
    await check('start, language list open');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-locale]'));
    await startCourse(page);
    for (;;) {
      const id = await currentPage(page);
      if (!id) break;
      await check(`page ${id}`);
      const hasAssessment = course.lessons.some((l) => l.pages.some((p) => p.id === id && p.blocks.some((b) => b.kind === 'assessment')));
      if (hasAssessment) {
        await activate(page, '[data-action="start-attempt"]');
        await page.waitForSelector('[data-action="submit-attempt"]');
        await check(`page ${id}, attempt in progress`);
        await completePage(page, course, { assessment: 'fail' });
        await check(`page ${id}, failed attempt`);
      }
      // What a page opens, opened (issue 12's rich blocks): every reveal card and accordion item.
      const opened = await openDisclosures(page);
      if (opened) await check(`page ${id}, ${opened} cards or items opened`);
      // A scenario between its situations: the consequence of a choice.
      if (await page.$('[data-scenario] .choice')) {
        await activate(page, '[data-scenario] .choice');
        await page.waitForSelector('[data-scenario] [data-consequence]');
        await check(`page ${id}, a scenario's consequence`);
      }
      await completePage(page, course, { assessment: 'pass', answers: 'wrong' });
      await check(`page ${id}, done`);
      if (!(await next(page))) break;
    }
    await check('completion');
    await page.click('[data-action="contents"]');
    await page.waitForSelector('main[data-screen="contents"]');
    await check('contents');
    await page.click('[data-action="statement"]');
    await page.waitForSelector('main[data-screen="statement"]');
    await check('statement');
    await page.click('[data-action="exit"]');
    await page.waitForSelector('dialog[data-dialog="exit"][open]');
    await check('exit dialog');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
    await leaveCourse(page);
    await page.waitForSelector('main[data-screen="exited"]');
    await check('exited');
    expect(found).toEqual([]);
    // The opened states were reached, not skipped: cards, accordion items and a scenario's consequence.
    expect(checked.filter((l) => /cards or items opened/.test(l)).length).toBeGreaterThanOrEqual(2);
    expect(checked.filter((l) => /consequence/.test(l)).length).toBe(course.lessons.flatMap((l) => l.pages).filter((p) => p.blocks.some((b) => b.kind === 'scenario')).length);
    await page.browserContext().close();
  });
});

describe('keyboard alone', () => {
  it(`${verifies('keyboard-only')} Focus on each new page heading.`, async () => {
    const page = await open(1024);
    const focusLost = await watchFocusLoss(page);
    await startCourse(page, 'keyboard');
    // WCAG 2.4.3: navigation moves focus to the new page's heading.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-h');
    await walkCourse(page, { input: 'keyboard', assessment: 'pass' });
    await page.waitForSelector('main[data-screen="completion"]');
    expect(await page.$eval('[data-completion]', (e) => e.getAttribute('data-completion'))).toBe('completed');
    expect(await page.$eval('.completion [data-result]', (e) => e.getAttribute('data-result'))).toBe('passed');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // WCAG 2.4.3: no render on the way took the focused control away and left focus on <body>.
    expect(await focusLost()).toEqual([]);
    await page.browserContext().close();
  });

  it.each([1280, 800, 320])('keeps the menu buttons in place when the save status changes (%i px)', async (width) => {
    const page = await open(width);
    await startCourse(page);
    const where = () => page.$eval('[data-action="exit"]', (e) => JSON.stringify(e.getBoundingClientRect()));
    const before = await where();
    // The longest status text the indicator can show.
    await page.$eval('.save-status', (e) => {
      if (e.lastChild) e.lastChild.textContent = 'Frakoblet – lagres når du er på nett igjen';
    });
    expect(await where()).toBe(before);
    await page.browserContext().close();
  });

  it('shows a visible focus indicator', async () => {
    const page = await open(1024);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? getComputedStyle(el).outlineStyle : 'none';
    });
    expect(outline).not.toBe('none');
    await page.browserContext().close();
  });
});
