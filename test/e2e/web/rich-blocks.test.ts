import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Block, Course } from '../../../course/schema/index.ts';
import { pageWith, waitForPage } from '../support/a11y.ts';
import { axeViolations } from '../support/axe.ts';
import { activate, courseData } from '../support/course-driver.ts';
import { useBrowserAndServer } from '../support/harness.ts';

/** Issue 12: illustrations, the richer blocks and the scenario story, keyboard only, in the built web version. */
const h = useBrowserAndServer('dist/web');

async function open(width = 1280): Promise<Page> {
  const context = await h.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(`${h.server.url}/index.html`);
  await page.waitForFunction(() => !!window.__COURSE__);
  return page;
}

async function goToPage(page: Page, pageId: string): Promise<void> {
  await page.goto(`${h.server.url}/index.html#/side/${pageId}`);
  await waitForPage(page, pageId);
}

const pageOf = (course: Course, kind: Block['kind']) => pageWith(course, kind).page;
/** The first block of `kind` and its page. */
function blockOf<K extends Block['kind']>(course: Course, kind: K): { pageId: string; block: Extract<Block, { kind: K }> } {
  for (const lesson of course.lessons)
    for (const page of lesson.pages)
      for (const block of page.blocks) if (block.kind === kind) return { pageId: page.id, block: block as Extract<Block, { kind: K }> };
  throw new Error(`no ${kind} block`);
}
const focused = (page: Page) => page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', text: document.activeElement?.textContent ?? '', expanded: document.activeElement?.getAttribute('aria-expanded') ?? null }));

describe('illustrations', () => {
  it('the start page shows the course cover inline, as one image named by its alt text; lesson covers are hidden as decorative', async () => {
    const page = await open();
    const course = await courseData(page);
    const cover = course.meta.cover;
    if (!cover?.alt) throw new Error('course.ts has no cover with alt text');
    const start = await page.$eval('.course-cover', (el) => ({ role: el.getAttribute('role'), label: el.getAttribute('aria-label'), svg: el.querySelector(':scope > svg')?.getAttribute('aria-hidden') ?? null, images: document.querySelectorAll('img').length }));
    expect(start).toEqual({ role: 'img', label: cover.alt.nb, svg: 'true', images: 0 });
    const lesson = course.lessons.find((l) => l.cover);
    const first = lesson?.pages[0];
    if (!lesson || !first) throw new Error('no lesson with a cover');
    await goToPage(page, first.id);
    expect(await page.$eval('.lesson-cover', (el) => el.getAttribute('aria-hidden'))).toBe('true');
    expect(await axeViolations(page, first.id)).toEqual([]);
    await page.browserContext().close();
  });
});

describe('richer blocks, keyboard only (WAI-ARIA APG disclosure / accordion)', () => {
  it('the model figure: an SVG image with a label, drawn from the objectives, and the same list as text', async () => {
    const page = await open();
    const course = await courseData(page);
    await goToPage(page, pageOf(course, 'model-figure').id);
    const figure = await page.$eval('[data-block="model-figure"]', (f) => ({
      role: f.querySelector('svg')?.getAttribute('role'),
      label: f.querySelector('svg')?.getAttribute('aria-label') ?? '',
      nodes: [...f.querySelectorAll('svg [data-objective]')].map((g) => g.getAttribute('data-objective')),
      list: [...f.querySelectorAll('.model-list li')].map((li) => li.textContent),
    }));
    expect(figure.role).toBe('img');
    expect(figure.label.length).toBeGreaterThan(10);
    expect(figure.nodes).toEqual(course.meta.objectives.map((o) => o.id));
    expect(figure.list).toEqual(course.meta.objectives.map((o) => o.title.nb));
    expect(await axeViolations(page, 'model figure')).toEqual([]);
    await page.browserContext().close();
  });

  it('reveal cards open and close with Enter and Space, say so with aria-expanded, and hide nothing behind hover', async () => {
    const page = await open();
    const course = await courseData(page);
    await goToPage(page, pageOf(course, 'cards').id);
    const first = '[data-block="cards"] button[data-card="0"]';
    const body = await page.$eval(first, (b) => b.getAttribute('aria-controls') ?? '');
    expect(await page.$eval(`#${body}`, (el) => (el as HTMLElement).hidden)).toBe(true);
    await activate(page, first, 'keyboard');
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', expanded: 'true' });
    expect(await page.$eval(`#${body}`, (el) => (el as HTMLElement).hidden || (el as HTMLElement).innerText.trim() === '')).toBe(false);
    expect(await axeViolations(page, 'cards, one open')).toEqual([]);
    // The card turns with a short movement, unless the learner asked for less motion (WCAG 2.3.3).
    const animation = () => page.$eval(`#${body}`, (el) => getComputedStyle(el).animationName);
    expect(await animation()).toBe('rich-reveal');
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    expect(await animation()).toBe('none');
    await page.keyboard.press('Space');
    expect(await page.$eval(first, (b) => b.getAttribute('aria-expanded'))).toBe('false');
    expect(await page.$eval(`#${body}`, (el) => (el as HTMLElement).hidden)).toBe(true);
    await page.browserContext().close();
  });

  it('accordion sections: heading > button with aria-expanded and aria-controls; the panel is a labelled region, out of the tab order when closed', async () => {
    const page = await open();
    const course = await courseData(page);
    await goToPage(page, pageOf(course, 'accordion').id);
    const buttons = await page.$$eval('[data-block="accordion"] button[aria-controls]', (bs) => bs.map((b) => ({ heading: /^H[2-4]$/.test(b.parentElement?.tagName ?? ''), expanded: b.getAttribute('aria-expanded'), panel: b.getAttribute('aria-controls') ?? '' })));
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    for (const b of buttons) expect(b).toMatchObject({ heading: true, expanded: 'false' });
    const second = buttons[1];
    if (!second) throw new Error('accordion has one section');
    await activate(page, '[data-block="accordion"] button[data-accordion-item="1"]', 'keyboard');
    const panel = await page.$eval(`#${second.panel}`, (p) => ({ hidden: (p as HTMLElement).hidden, role: p.getAttribute('role'), labelledBy: p.getAttribute('aria-labelledby') }));
    expect(panel.hidden).toBe(false);
    expect(panel.role).toBe('region');
    expect(await page.$eval(`#${panel.labelledBy ?? 'none'}`, (b) => b.getAttribute('aria-expanded'))).toBe('true');
    // The first section stays closed: sections open independently.
    expect(await page.$eval('[data-block="accordion"] button[data-accordion-item="0"]', (b) => b.getAttribute('aria-expanded'))).toBe('false');
    expect(await axeViolations(page, 'accordion, one open')).toEqual([]);
    await page.browserContext().close();
  });

  it('steps are an ordered list with a heading per step', async () => {
    const page = await open();
    const course = await courseData(page);
    const { pageId, block } = blockOf(course, 'steps');
    await goToPage(page, pageId);
    expect(await page.$$eval('[data-block="steps"] ol > li h3', (hs) => hs.map((x) => x.textContent))).toEqual(block.steps.map((s) => s.title.nb));
    expect(await axeViolations(page, 'steps')).toEqual([]);
    await page.browserContext().close();
  });
});

describe('the scenario as a story (keyboard only)', () => {
  it('one scene at a time: situation with its picture, the choice, its consequence, then on; focus goes to each new heading; the path is collapsed at the end', async () => {
    const page = await open(320);
    const course = await courseData(page);
    const { pageId, block } = blockOf(course, 'scenario');
    const s = block.scenario;
    await goToPage(page, pageId);
    const root = `[data-scenario="${s.id}"]`;
    const violations: Awaited<ReturnType<typeof axeViolations>> = [];
    let decisions = 0;
    for (let guard = 0; guard < 20; guard += 1) {
      const nodeId = await page.$eval(root, (el) => el.querySelector('[data-node]')?.getAttribute('data-node') ?? null);
      if (!nodeId) break;
      const node = s.nodes.find((n) => n.id === nodeId);
      if (node?.kind !== 'situation') throw new Error(`unknown node ${nodeId}`);
      // Only the current situation is on screen: no earlier step is stacked above it.
      expect(await page.$$eval(`${root} .story-scene`, (els) => els.length)).toBe(1);
      if (s.illustration) expect(await page.$eval(`${root} .story-picture`, (el) => el.getAttribute('role'))).toBe('img');
      if (decisions > 0) expect(await focused(page)).toMatchObject({ tag: 'H3' });
      violations.push(...(await axeViolations(page, `situation ${nodeId}`)));
      const choice = node.choices.find((c) => c.rating !== 'strong') ?? node.choices[0];
      if (!choice) throw new Error('no choice');
      await activate(page, `${root} button[data-choice="${choice.id}"]`, 'keyboard');
      await page.waitForSelector(`${root} [data-consequence="${choice.id}"]`);
      // Focus moved from the removed choice button to the consequence heading.
      await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
      expect(await page.$eval(`${root} [data-consequence]`, (el) => el.textContent)).toContain(choice.text.nb);
      violations.push(...(await axeViolations(page, `consequence of ${choice.id}`)));
      await activate(page, `${root} [data-action="scenario-continue"]`, 'keyboard');
      await page.waitForFunction((r) => !document.querySelector(`${r} [data-consequence]`), {}, root);
      await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
      decisions += 1;
    }
    expect(decisions).toBeGreaterThanOrEqual(2);
    await page.waitForSelector(`${root} [data-ending]`);
    expect(await focused(page)).toMatchObject({ tag: 'H3' });
    const summary = `${root} details.story-path`;
    expect(await page.$eval(summary, (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.$$eval(`${summary} li[data-path-choice]`, (lis) => lis.length)).toBe(decisions);
    violations.push(...(await axeViolations(page, 'ending')));
    // The summary opens from the keyboard (a native disclosure).
    await activate(page, `${summary} > summary`, 'keyboard');
    expect(await page.$eval(summary, (d) => (d as HTMLDetailsElement).open)).toBe(true);
    // Playing again starts over at the first situation, with focus on its heading.
    await activate(page, `${root} [data-action="restart-scenario"]`, 'keyboard');
    await page.waitForFunction((r, start) => document.querySelector(`${r} [data-node]`)?.getAttribute('data-node') === start, {}, root, s.start);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
    expect(violations).toEqual([]);
    await page.browserContext().close();
  });
});
