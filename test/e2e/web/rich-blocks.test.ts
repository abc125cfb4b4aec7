import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Block, Course, Inline, Locale, RichDoc } from '../../../course/schema/index.ts';
import { uiText } from '../../../src/app/i18n/ui-text.ts';
import { decisionsLeft } from '../../../src/state/scenario-engine.ts';
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

async function goToPage(page: Page, pageId: string, locale?: Locale): Promise<void> {
  await page.goto(`${h.server.url}/index.html${locale ? `?lang=${locale}` : ''}#/side/${pageId}`);
  await waitForPage(page, pageId);
}

const inlineText = (inline: Inline): string => (typeof inline === 'string' ? inline : inline.c.map(inlineText).join(''));
/** A rich text as the words a learner reads, blocks joined by spaces. */
const plain = (doc: RichDoc) => doc.map((b) => ('items' in b ? b.items.map((i) => i.map(inlineText).join('')).join(' ') : b.c.map(inlineText).join(''))).join(' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

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

  it('the model figure is drawn where its labels can be read; under 30rem the list takes its place, so nothing shrinks below 12 px', async () => {
    const course = await courseData(await open());
    /** What a learner sees of the figure at `width`: the drawing's smallest label and the list, in rendered px. */
    const seen = async (width: number) => {
      const page = await open(width);
      await goToPage(page, pageOf(course, 'model-figure').id);
      const view = await page.$eval('[data-block="model-figure"]', (f) => {
        const visible = (el: Element | null) => !!el && el.getBoundingClientRect().width > 1;
        const svg = f.querySelector('svg');
        const scale = svg ? svg.getBoundingClientRect().width / (svg.viewBox.baseVal.width || 1) : 0;
        const labels = [...f.querySelectorAll('svg text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        const items = [...f.querySelectorAll('.model-list li')];
        return { drawing: visible(svg), smallestLabel: Math.min(...labels), list: items.every(visible), listFont: Math.min(...items.map((li) => parseFloat(getComputedStyle(li).fontSize))) };
      });
      expect(await axeViolations(page, `model figure at ${width} px`)).toEqual([]);
      await page.browserContext().close();
      return view;
    };
    const wide = await seen(1280);
    expect(wide).toMatchObject({ drawing: true, list: false });
    expect(wide.smallestLabel).toBeGreaterThanOrEqual(12);
    const narrow = await seen(320);
    expect(narrow).toMatchObject({ drawing: false, list: true });
    expect(narrow.listFont).toBeGreaterThanOrEqual(12);
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

  it('accordion sections («les mer»): heading > button with aria-expanded and aria-controls; the panel is a labelled region, out of the tab order when closed; Enter opens, Space closes', async () => {
    const page = await open();
    const course = await courseData(page);
    // The course's own accordions (lesson content, issue 12), not one made up for the test.
    const found = course.lessons.flatMap((l) => l.pages).flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'accordion' ? [{ pageId: p.id, block: b }] : [])));
    expect(found.length).toBeGreaterThanOrEqual(1);
    for (const { pageId, block } of found) {
      await goToPage(page, pageId);
      const root = '[data-block="accordion"]';
      expect(await page.$$eval(root, (els) => els.length)).toBe(1); // one per page, so `root` is this block
      const state = () => page.$$eval(`${root} button[aria-controls]`, (bs) => bs.map((b) => ({
        heading: /^H[2-4]$/.test(b.parentElement?.tagName ?? ''),
        title: b.textContent,
        expanded: b.getAttribute('aria-expanded'),
        panel: b.getAttribute('aria-controls') ?? '',
        hidden: document.getElementById(b.getAttribute('aria-controls') ?? '')?.hidden ?? null,
      })));
      const closed = await state();
      expect(closed.map((b) => b.title)).toEqual(block.items.map((i) => i.title.nb));
      for (const b of closed) expect(b).toMatchObject({ heading: true, expanded: 'false', hidden: true });
      expect(await axeViolations(page, `accordion on ${pageId}, closed`)).toEqual([]);
      // Each section opens with Enter from the keyboard; the ones after it stay closed (sections open independently).
      for (const [i, item] of block.items.entries()) {
        const button = `${root} button[data-accordion-item="${i}"]`;
        await activate(page, button, 'keyboard'); // Tab to the button, then Enter
        await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-expanded') === 'true', {}, button);
        expect((await state()).map((b) => b.expanded)).toEqual(block.items.map((_, j) => (j <= i ? 'true' : 'false')));
        expect(await focused(page)).toMatchObject({ tag: 'BUTTON', expanded: 'true' });
        const id = closed[i]?.panel ?? 'none';
        const panel = await page.$eval(`#${id}`, (p) => ({ hidden: (p as HTMLElement).hidden, role: p.getAttribute('role'), labelledBy: p.getAttribute('aria-labelledby'), text: (p as HTMLElement).innerText }));
        expect(panel).toMatchObject({ hidden: false, role: 'region' });
        expect(await page.$eval(`#${panel.labelledBy ?? 'none'}`, (b) => b.getAttribute('data-accordion-item'))).toBe(String(i));
        expect(squash(panel.text)).toBe(squash(plain(item.body.nb)));
      }
      expect(await axeViolations(page, `accordion on ${pageId}, open`)).toEqual([]);
      // Space on the focused (last) section closes it again, and its panel leaves the tab order; the others stay open.
      const last = block.items.length - 1;
      await page.keyboard.press('Space');
      await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-expanded') === 'false', {}, `${root} button[data-accordion-item="${last}"]`);
      const after = await state();
      expect(after.map((b) => b.expanded)).toEqual(block.items.map((_, j) => (j === last ? 'false' : 'true')));
      expect(after[last]?.hidden).toBe(true);
    }
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

  it('Norwegian words in the English text are marked as Norwegian (WCAG 3.1.2), as the author wrote them with {nb|…}', async () => {
    const page = await open();
    const course = await courseData(page);
    const { pageId, block } = blockOf(course, 'steps');
    const intro = block.intro?.en ?? [];
    const marked = intro.flatMap((b) => ('c' in b ? b.c : [])).flatMap((n) => (typeof n !== 'string' && n.t === 'lang' ? [n.c.map(inlineText).join('')] : []));
    expect(marked.length, 'the steps intro marks its Norwegian words').toBeGreaterThan(0);
    await goToPage(page, pageId, 'en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.$$eval('[data-block="steps"] span[lang="nb"]', (ss) => ss.map((x) => x.textContent))).toEqual(marked);
    expect(await axeViolations(page, 'steps, en')).toEqual([]);
    await page.browserContext().close();
  });
});

describe('the document\'s points as reveal cards (issue 12), keyboard only, at 320 px', () => {
  it.each(['nb', 'nn'] as const)('%s: each point card opens with the keyboard, says so with aria-expanded, shows its tip and keeps its title; axe 0 closed and open', async (locale) => {
    const page = await open(320);
    const course = await courseData(page);
    const found = course.lessons.flatMap((l) => l.pages).flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'cards' && b.fromDocument ? [{ pageId: p.id, block: b }] : [])));
    const { pageId, block } = found[0] ?? {};
    if (!pageId || !block) throw new Error('no reveal cards with the document\'s points');
    expect(found).toHaveLength(5); // one set per expectation lesson
    await goToPage(page, pageId, locale);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    const root = `[data-block="cards"]:has(button[data-card])`;
    // The document's points are shown in bokmål as they are; in nynorsk as the course's translation, marked.
    expect(await page.$$eval(`${root} .translation-mark`, (m) => m.map((x) => x.textContent))).toEqual(locale === 'nb' ? [] : [uiText(locale).courseTranslation]);
    const titles = await page.$$eval(`${root} button[data-card] .card-title`, (ts) => ts.map((x) => x.textContent));
    expect(titles).toEqual(block.cards.map((c) => c.title[locale]));
    expect(await page.$$eval(`${root} button[data-card]`, (bs) => bs.map((b) => b.getAttribute('aria-expanded')))).toEqual(block.cards.map(() => 'false'));
    expect(await axeViolations(page, `${locale} point cards closed`)).toEqual([]);
    for (const [i, card] of block.cards.entries()) {
      const button = `${root} button[data-card="${i}"]`;
      await activate(page, button, 'keyboard');
      const state = await page.$eval(button, (b) => {
        const body = document.getElementById(b.getAttribute('aria-controls') ?? '');
        const title = b.querySelector('.card-title');
        const box = title?.getBoundingClientRect();
        return {
          focused: document.activeElement === b,
          expanded: b.getAttribute('aria-expanded'),
          body: body && !body.hidden ? body.innerText : null,
          title: title?.textContent ?? null,
          titleShown: !!box && box.width > 0 && box.height > 0 && getComputedStyle(title as Element).visibility === 'visible',
        };
      });
      const tip = card.body[locale];
      if (!tip) throw new Error(`card ${i} has no ${locale} text`);
      expect(state).toEqual({ focused: true, expanded: 'true', body: expect.any(String) as string, title: card.title[locale], titleShown: true });
      expect(squash(state.body ?? '')).toBe(squash(plain(tip)));
    }
    expect(await axeViolations(page, `${locale} point cards open`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Space turns the focused card back: its tip is hidden again, the others stay open.
    await page.keyboard.press('Space');
    const last = block.cards.length - 1;
    expect(await page.$$eval(`${root} button[data-card]`, (bs) => bs.map((b) => b.getAttribute('aria-expanded')))).toEqual(block.cards.map((_, i) => (i === last ? 'false' : 'true')));
    expect(await page.$eval(`${root} button[data-card="${last}"]`, (b) => (document.getElementById(b.getAttribute('aria-controls') ?? '') as HTMLElement).hidden)).toBe(true);
    await page.browserContext().close();
  });

  it('print shows every card open, without the button words; in forced colours a turned card is told apart by its border', async () => {
    const page = await open();
    const course = await courseData(page);
    const pageId = course.lessons.flatMap((l) => l.pages).find((p) => p.blocks.some((b) => b.kind === 'cards' && b.fromDocument))?.id;
    if (!pageId) throw new Error('no reveal cards with the document\'s points');
    await goToPage(page, pageId);
    await page.emulateMediaType('print');
    const shown = await page.$$eval('[data-block="cards"] .card', (cards) => cards.map((c) => ({
      body: getComputedStyle(c.querySelector('.card-body') as Element).display !== 'none',
      action: getComputedStyle(c.querySelector('.card-action') as Element).display !== 'none',
    })));
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown.every((c) => c.body && !c.action)).toBe(true);
    // Forced colours drop the turned card's background: its border still tells it apart.
    // Puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { media: '', features: [{ name: 'forced-colors', value: 'active' }] });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await activate(page, '[data-block="cards"] button[data-card="0"]', 'keyboard');
    const borders = await page.$$eval('[data-block="cards"] .card', (cards) => cards.map((c) => getComputedStyle(c).borderTopStyle));
    expect(borders.slice(0, 2)).toEqual(['double', 'solid']);
    await page.browserContext().close();
  });
});

describe('the scenario as a story (keyboard only)', () => {
  it('one scene at a time: situation with its picture and «Situasjon N av M», the choice, its consequence with the scene small, then on; focus goes to each new heading; the path is collapsed at the end', async () => {
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
      // The situation's own scene where it has one, else the scenario's, described in the learner's language.
      const picture = node.illustration ?? s.illustration;
      if (picture?.alt) expect(await page.$eval(`${root} .story-picture`, (el) => [el.getAttribute('role'), el.getAttribute('aria-label')])).toEqual(['img', picture.alt.nb]);
      // The heading counts the situations when every path from here is as long (this course's are).
      const left = decisionsLeft(s, node.id);
      expect(left).toBeGreaterThan(0);
      expect(await page.$eval(`${root} .story-situation h3`, (el) => el.textContent)).toBe(uiText('nb').situation(decisions + 1, decisions + left));
      expect(await page.$eval(`${root} .story-situation h3`, (el) => el.textContent)).toMatch(/^Situasjon \d av \d$/);
      if (decisions > 0) expect(await focused(page)).toMatchObject({ tag: 'H3' });
      violations.push(...(await axeViolations(page, `situation ${nodeId}`)));
      const choice = node.choices.find((c) => c.rating !== 'strong') ?? node.choices[0];
      if (!choice) throw new Error('no choice');
      await activate(page, `${root} button[data-choice="${choice.id}"]`, 'keyboard');
      await page.waitForSelector(`${root} [data-consequence="${choice.id}"]`);
      // Focus moved from the removed choice button to the consequence heading.
      await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
      expect(await page.$eval(`${root} [data-consequence]`, (el) => el.textContent)).toContain(choice.text.nb);
      // The scene it was chosen in, small and hidden from screen readers (its alt text was read with the situation).
      if (picture) expect(await page.$eval(`${root} [data-consequence] .story-thumb`, (el) => [el.getAttribute('aria-hidden'), el.getAttribute('data-illustration'), el.getBoundingClientRect().width < 160])).toEqual(['true', picture.src, true]);
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
