import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface Harness {
  browser: Browser;
  server: StaticServer;
}

/** One Chromium and one static server for a test file, closed after it. */
export function useBrowserAndServer(dir: string): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    h.browser = await launchBrowser();
    h.server = await serveStatic(dir);
  });
  afterAll(async () => {
    await h.browser.close();
    await h.server.close();
  });
  return h;
}
