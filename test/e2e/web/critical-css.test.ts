import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyIn } from '../../../packaging/csp.ts';
import { launchBrowser } from '../support/browser.ts';
import { appReady, startCourse } from '../support/course-driver.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { inlineStyleHashes } from '../support/style-hashes.ts';

/**
 * Issue 12, ready on the slow profile: index.html carries its start page's rules inline (allowed
 * by hash) and links the whole stylesheet at the end of <body> (packaging/page-assets.ts,
 * critical-css.ts). Here, in the built web package: with the stylesheet held back, the start page
 * is already painted and usable, and the stylesheet's arrival changes nothing on it (every
 * computed style and box); under a policy without the hash it never shows unstyled, and the
 * course runs as before.
 */
let browser: Browser;
let gate: { open: () => void; opened: Promise<void> };
const servers: StaticServer[] = [];

function newGate(): typeof gate {
  let open = () => {};
  const opened = new Promise<void>((ok) => (open = ok));
  return { open, opened };
}

/** dist/web with the stylesheet held until gate.open(); the app script refused when `script` is false. */
async function serve(policy: string, script: boolean): Promise<StaticServer> {
  const server = await serveStatic(
    'dist/web',
    [
      async (req, res) => {
        const url = req.url ?? '';
        if (!script && /\/assets\/app-[^/]+\.js$/.test(url)) {
          res.writeHead(404).end();
          return true;
        }
        if (/\/assets\/style-[^/]+\.css$/.test(url)) await gate.opened;
        return false;
      },
    ],
    { headers: { 'content-security-policy': policy } },
  );
  servers.push(server);
  return server;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await browser.close();
});

async function open(server: StaticServer, width: number): Promise<{ page: Page; violations: string[] }> {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width, height: 900 });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  // Not awaited: the page's load waits for the held stylesheet.
  page.goto(`${server.url}/index.html`).catch(() => undefined);
  return { page, violations };
}

/** Every element of the start page: its box and every computed property (custom ones aside), with its ::before and ::after. */
function snapshot(page: Page): Promise<{ path: string; values: Record<string, string> }[]> {
  return page.evaluate(() => {
    const read = (el: Element, pseudo?: string): Record<string, string> => {
      const cs = getComputedStyle(el, pseudo);
      const out: Record<string, string> = {};
      // Custom properties are left out: they only matter through var() in the properties they resolve into.
      for (const p of Array.from(cs)) if (!p.startsWith('--')) out[`${pseudo ?? ''}${p}`] = cs.getPropertyValue(p);
      return out;
    };
    const app = document.getElementById('app');
    if (!app) throw new Error('no #app');
    return [app, ...Array.from(app.querySelectorAll('*'))]
      .filter((el) => !el.closest('.boot-stuck')) // turns visible after 10 s without script, by design
      .map((el, i) => {
        const r = el.getBoundingClientRect();
        return {
          path: `${i}:${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`,
          values: { box: [r.x, r.y, r.width, r.height].join(','), ...read(el), ...read(el, '::before'), ...read(el, '::after') },
        };
      });
  });
}

const stylesheetIn = (page: Page) => page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.sheet != null);

describe('the start page\'s critical CSS, inline in index.html', () => {
  it.each([[1280], [320]])('at %i px: painted and usable before the stylesheet arrives, and the stylesheet changes nothing on it', async (width) => {
    gate = newGate();
    const policy = policyIn(await readFile('dist/god-ledelse-i-staten-web-csp.txt', 'utf8'));
    // The hash in the policy is the hash of the <style> the page really has (computed here, not by the build's code).
    const html = await readFile('dist/web/index.html', 'utf8');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style.length).toBeGreaterThan(1000);
    const hashes = inlineStyleHashes(html);
    expect(hashes).toHaveLength(1);
    expect(policy).toContain(hashes[0]);
    // No script: this is the CSS alone (the app renders over the page once the stylesheet is in).
    const { page, violations } = await open(await serve(policy, false), width);
    await page.waitForSelector('[data-action="start"]', { visible: true, timeout: 30_000 });
    expect(await stylesheetIn(page)).toBe(false);
    const before = await snapshot(page);
    // Styled, not the browser's defaults: Designsystemet's primary button is filled.
    expect(await page.$eval('[data-action="start"]', (a) => getComputedStyle(a).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    gate.open();
    await page.waitForFunction(() => document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.sheet != null, { timeout: 30_000 });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const after = await snapshot(page);
    expect(after.map((e) => e.path)).toEqual(before.map((e) => e.path));
    const changed = after.flatMap((e, i) =>
      Object.entries(e.values)
        .filter(([k, v]) => before[i]?.values[k] !== v)
        .map(([k, v]) => `${e.path} ${k}: ${before[i]?.values[k] ?? '(none)'} → ${v}`),
    );
    expect(changed).toEqual([]);
    expect(violations).toEqual([]);
    await page.browserContext().close();
  });

  it('under a policy without the hash the start page waits for the stylesheet (never unstyled), and the course runs with no notice', async () => {
    gate = newGate();
    const { page, violations } = await open(await serve("default-src 'self'", true), 1024);
    await page.waitForSelector('#app', { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('[data-action="start"]') !== null, { timeout: 30_000 });
    // Give the page time to paint what it can: nothing of the start page shows without styles.
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 300)));
    expect(await stylesheetIn(page)).toBe(false);
    expect(await page.$eval('#app', (el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.$eval('[data-action="start"]', (a) => a.getBoundingClientRect().height)).toBe(0);
    gate.open();
    await appReady(page);
    expect(await page.$eval('[data-action="start"]', (a) => getComputedStyle(a).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await startCourse(page);
    // The browser did refuse the inline style; the course says nothing about it, as nothing is lost.
    expect(violations.some((v) => /style/i.test(v))).toBe(true);
    expect(await page.$('.policy-problem')).toBeNull();
    await page.browserContext().close();
  });
});
