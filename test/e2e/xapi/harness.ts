import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { unzipToTemp } from '../support/unzip.ts';
import { startTestLrs, type TestLrs } from '../../lrs/test-lrs.ts';
import type { Statement } from '../../../src/tracking/xapi/types.ts';

export interface Harness {
  browser: Browser;
  server: StaticServer;
  lrs: TestLrs;
  close(): Promise<void>;
}

/** The BUILT zip, unzipped as an LMS would, served on one origin; the test LRS on another. */
export async function startHarness(zip: string): Promise<Harness> {
  const dir = await unzipToTemp(zip);
  const [browser, server, lrs] = await Promise.all([launchBrowser(), serveStatic(dir), startTestLrs()]);
  return {
    browser,
    server,
    lrs,
    async close() {
      await browser.close();
      await server.close();
      await lrs.close();
    },
  };
}

export interface CoursePage extends Page {
  errors: string[];
  origins: Set<string>;
}

/** Opens the launch URL in a page of `context`, recording page errors and every origin asked. */
export async function openCourse(context: BrowserContext, url: string): Promise<CoursePage> {
  const page = (await context.newPage()) as CoursePage;
  page.errors = [];
  page.origins = new Set();
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('request', (r) => page.origins.add(new URL(r.url()).origin));
  await page.goto(url);
  return page;
}

export async function waitSaved(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-save-status="saved"]', { timeout });
}

export const verbOf = (s: Statement) => s.verb.id.split('/').pop() ?? '';
export const ids = (list: Statement[]) => list.map((s) => s.id);
