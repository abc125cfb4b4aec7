import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparePageAssets } from '../../../packaging/page-assets.ts';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import { viteConfig } from '../../../vite.config.ts';
import { launchBrowser } from '../support/browser.ts';
import { axeViolations, type AxeViolation } from '../support/axe.ts';
import { contrast } from '../support/contrast.ts';
import { currentPage, next, openDisclosures, startCourse } from '../support/course-driver.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const root = resolve(import.meta.dirname, '../../..');

/** What a learner sees of the theme on the start page. */
async function look(browser: Browser, url: string) {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url);
  await page.waitForSelector('[data-action="start"]');
  const seen = await page.evaluate(() => {
    const button = document.querySelector('[data-action="start"]');
    const s = button ? getComputedStyle(button) : null;
    return {
      buttonBackground: s?.backgroundColor ?? '',
      buttonText: s?.color ?? '',
      buttonRadius: s?.borderTopLeftRadius ?? '',
      font: getComputedStyle(document.body).fontFamily,
      agency: document.querySelector('.agency-name')?.textContent ?? '',
      startAgency: document.querySelector('.start-agency')?.textContent ?? '',
      footerAgency: document.querySelector('.site-footer p')?.textContent ?? '',
      logo: document.querySelector('.topbar .logo')?.innerHTML ?? '',
    };
  });
  await page.browserContext().close();
  return seen;
}

/**
 * Issue 12: an agency sets its brand as a course setting, without touching code. The same
 * source tree is built twice, the second time with COURSE_THEME's build option naming the
 * invented agency's folder (course/themes/eksempelforvaltning/); its start page must look different.
 */
describe('a second theme changes the look with no code change', () => {
  let browser: Browser;
  const servers: StaticServer[] = [];
  const dirs: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    for (const s of servers) await s.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('builds the standard and the agency theme from the same tree and compares the start pages', async () => {
    const course = await loadValidCourse(root);
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production'; // as packaging/build.ts: never the test build
    const urls: string[] = [];
    try {
      for (const theme of ['standard', 'eksempelforvaltning']) {
        const outDir = await mkdtemp(join(tmpdir(), `theme-${theme}-`));
        dirs.push(outDir);
        await build({ configFile: false, mode: 'production', ...viteConfig({ target: 'web', course, outDir, theme }) });
        await preparePageAssets(outDir);
        const server = await serveStatic(outDir);
        servers.push(server);
        urls.push(`${server.url}/index.html`);
      }
    } finally {
      process.env.NODE_ENV = env;
    }
    const [standard, agency] = [await look(browser, urls[0] ?? ''), await look(browser, urls[1] ?? '')];
    expect(agency.buttonBackground).not.toBe(standard.buttonBackground);
    expect(agency.buttonRadius).not.toBe(standard.buttonRadius);
    expect(agency.font).not.toBe(standard.font);
    expect(agency.font).toContain('Georgia');
    expect(agency.agency).toBe('Direktoratet for eksempelforvaltning');
    expect(agency).toMatchObject({ startAgency: agency.agency, footerAgency: agency.agency });
    // The standard theme is nobody's agency (theme.json "agency": ""): no line names one.
    expect(standard).toMatchObject({ agency: '', startAgency: '', footerAgency: '' });
    expect(agency.logo).not.toBe(standard.logo);
    // The agency's colours still meet WCAG 2.1 AA for the main button's text.
    expect(contrast(agency.buttonText, agency.buttonBackground)).toBeGreaterThanOrEqual(4.5);
    // And axe (WCAG 2.1 A/AA) finds nothing in the agency's look: the start page and the first lessons' pages, opened cards included.
    for (const width of [1280, 320]) {
      const page = await (await browser.createBrowserContext()).newPage();
      await page.setViewport({ width, height: 800 });
      await page.goto(urls[1] ?? '');
      const found: AxeViolation[] = [...(await axeViolations(page, `agency theme ${width} px: start`))];
      await startCourse(page);
      for (let i = 0; i < 8; i += 1) {
        await openDisclosures(page);
        found.push(...(await axeViolations(page, `agency theme ${width} px: ${String(await currentPage(page))}`)));
        if (!(await next(page))) break;
      }
      expect(found).toEqual([]);
      await page.browserContext().close();
    }
  });
});
