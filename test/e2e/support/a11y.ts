import type { Page } from 'puppeteer-core';
import type { Block, Course } from '../../../course/schema/index.ts';
import type { Target } from './course-driver.ts';

/** WCAG 1.4.12's test values: line height 1.5, paragraphs 2×, letters 0.12×, words 0.16× the font size. */
export const TEXT_SPACING_CSS = '* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; } p { margin-bottom: 2em !important; }';

/** How many CSS pixels the page is wider than the viewport with the text-spacing override on (0 = no sideways scroll). */
export async function overflowWithTextSpacing(t: Target): Promise<number> {
  return t.evaluate((css) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    style.remove();
    return overflow;
  }, TEXT_SPACING_CSS);
}

/** The element the browser's accessibility tree gives for `selector`: its role and computed name. */
export async function accessibleName(page: Page, selector: string): Promise<string> {
  const handle = await page.$(selector);
  if (!handle) throw new Error(`no ${selector}`);
  const node = await page.accessibility.snapshot({ root: handle, interestingOnly: false });
  await handle.dispose();
  return node?.name ?? '';
}

/** The text a sighted user sees on an element: without aria-hidden icons' alternatives, without visually hidden text. */
export async function visibleText(t: Target, selector: string): Promise<string> {
  return t.$eval(selector, (el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
    copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });
}

/** The id of the page holding the first block of `kind`, and its lesson. */
export function pageWith(course: Course, kind: Block['kind']) {
  for (const lesson of course.lessons) for (const page of lesson.pages) if (page.blocks.some((b) => b.kind === kind)) return { lesson, page };
  throw new Error(`no page with a ${kind} block`);
}

export function pageWithOrdering(course: Course) {
  for (const lesson of course.lessons) for (const page of lesson.pages) if (page.blocks.some((b) => b.kind === 'question' && b.question.kind === 'ordering')) return { lesson, page };
  throw new Error('no page with an ordering question');
}

/** Waits until the app shows `pageId` (after a hash change, Back/Forward or a link). */
export async function waitForPage(t: Target, pageId: string): Promise<void> {
  await t.waitForFunction((id) => document.querySelector('main')?.getAttribute('data-page') === id, {}, pageId);
  await afterPaintEffects(t);
}

/**
 * Lets the effects Preact runs after paint happen first (a screen's title, the lessons' request,
 * boot's hand-over): it runs them in a task queued from the next animation frame, so a frame and
 * a task queued after it come later. Focus moves are layout effects, done with the render, but
 * what follows an after-paint effect (the app taking over, a route caught up) can still move it.
 */
export async function afterPaintEffects(t: Target): Promise<void> {
  await t.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

export async function focusedId(t: Target): Promise<string | null> {
  return t.evaluate(() => document.activeElement?.id ?? null);
}

/**
 * Windows High Contrast / forced colours. Puppeteer's emulateMediaFeatures() refuses
 * 'forced-colors' (its own allow-list), so ask Chromium through the DevTools protocol directly.
 */
export async function emulateForcedColors(page: Page, on = true): Promise<void> {
  const cdp = await page.createCDPSession();
  // The session stays open: Chromium drops a session's emulation when it detaches.
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: on ? 'active' : 'none' }] });
}

/** Focus moves in an effect after the render: wait for it (bounded) rather than read it at once. */
export async function waitForFocus(t: Target, id: string): Promise<void> {
  await t.waitForFunction((want) => document.activeElement?.id === want, { timeout: 5000 }, id).catch(() => undefined);
}

declare global {
  interface Window {
    /** Test-only: the focused elements a render removed, leaving focus on <body> (watchFocusLoss). */
    __focusLost?: string[];
  }
}

/**
 * WCAG 2.4.3: starts watching for focus a render drops, i.e. the focused element is removed from
 * the page and focus is left on <body> (a keyboard learner would start again from the top).
 * Judged two frames and a task after the removal, when every focus move of the app's has run, so only what
 * stays dropped counts. Returns a reader of what was dropped, as "tag[data-action] "text" @hash".
 */
export async function watchFocusLoss(t: Target): Promise<() => Promise<string[]>> {
  await t.evaluate(() => {
    const lost: string[] = [];
    window.__focusLost = lost;
    let last: Element | null = document.activeElement;
    document.addEventListener('focusin', (e) => {
      if (e.target instanceof Element) last = e.target;
    }, true);
    new MutationObserver(() => {
      const was = last;
      if (!was || was.isConnected || was === document.body) return;
      last = null;
      const action = was.getAttribute('data-action');
      const name = `${was.tagName.toLowerCase()}${action ? `[data-action="${action}"]` : ''} "${was.textContent.trim().slice(0, 40)}" @${location.hash}`;
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
        if (!document.activeElement || document.activeElement === document.body) lost.push(name);
      }, 0)));
    }).observe(document, { childList: true, subtree: true });
  });
  return () => t.evaluate(() => window.__focusLost ?? []);
}
