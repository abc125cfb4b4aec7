import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchFocusLoss } from '../support/a11y.ts';
import { launchBrowser } from '../support/browser.ts';
import { activate, type Input } from '../support/course-driver.ts';

/**
 * The driver must not flake when the player re-renders a control between finding it and
 * acting on it ("Node is detached from document", "Node is either not clickable…", or a key
 * press that lands on <body> or on a removed button). This page re-renders its button on demand:
 * in a burst, as a busy app does, or exactly at the key press.
 */
const PAGE = `<!doctype html><html lang="nb"><head><title>driver</title></head><body>
<p><button type="button" data-action="other">Annen knapp</button></p>
<div id="slot"></div>
<script>
  window.clicks = 0;
  function render() {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('data-action', 'go');
    b.textContent = 'Gå videre';
    document.getElementById('slot').replaceChildren(b);
  }
  render();
  // Handled where the app handles it, in the page: a click that reached a removed button is lost.
  document.getElementById('slot').addEventListener('click', (e) => { if (e.target.closest('[data-action="go"]')) window.clicks += 1; });
  // A new button every frame for a while: whatever the driver found is gone by the next frame.
  window.burst = (ms) => {
    const end = performance.now() + ms;
    const tick = () => { render(); if (performance.now() < end) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  };
  // A new button as the next key other than Tab arrives, before the browser acts on it.
  window.renderOnNextKey = () => {
    const onKey = (e) => {
      if (e.key === 'Tab') return;
      document.removeEventListener('keydown', onKey, true);
      render();
    };
    document.addEventListener('keydown', onKey, true);
  };
</script></body></html>`;

interface TestWindow {
  clicks: number;
  burst(ms: number): void;
  renderOnNextKey(): void;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function freshPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(PAGE);
  return page;
}

const clicksAfterSettling = async (page: Page) => {
  // A click that is still on its way would show up here; there must be exactly one.
  await new Promise((ok) => setTimeout(ok, 300));
  return page.evaluate(() => (window as unknown as TestWindow).clicks);
};

describe('course driver: every action survives a re-render between finding and acting', () => {
  it.each<Input>(['mouse', 'keyboard'])('%s: a button re-rendered again and again while the driver reaches for it is activated exactly once', async (input) => {
    const page = await freshPage();
    await page.evaluate(() => (window as unknown as TestWindow).burst(600));
    await activate(page, '[data-action="go"]', input);
    expect(await clicksAfterSettling(page)).toBe(1);
    await page.close();
  });

  it('keyboard: a button re-rendered at the key press (the key went to the removed one) is pressed again, once', async () => {
    const page = await freshPage();
    await page.evaluate(() => (window as unknown as TestWindow).renderOnNextKey());
    await activate(page, '[data-action="go"]', 'keyboard');
    expect(await clicksAfterSettling(page)).toBe(1);
    await page.close();
  });
});

describe('watchFocusLoss: what the keyboard-only run counts as focus dropped by a render', () => {
  it('reports a focused control a render removes, and not one whose focus the page then moves on', async () => {
    const page = await freshPage();
    const lost = await watchFocusLoss(page);
    await page.focus('[data-action="go"]');
    // A render replaces the focused button and moves focus on, as a new page moves it to its heading.
    await page.evaluate(() => {
      (window as unknown as TestWindow).burst(0);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-action="other"]')?.focus());
    });
    await new Promise((ok) => setTimeout(ok, 300));
    expect(await lost()).toEqual([]);
    // A render replaces it and nothing takes focus: dropped on <body>.
    await page.focus('[data-action="go"]');
    await page.evaluate(() => (window as unknown as TestWindow).burst(0));
    await page.waitForFunction(() => (window.__focusLost ?? []).length > 0, { timeout: 5_000 });
    expect(await lost()).toEqual(['button[data-action="go"] "Gå videre" @']);
    await page.close();
  });
});
