import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's Chromium by default; set CHROMIUM_PATH on other machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      // No proxy auto-detection: it delays every first request on a machine without a network.
      '--no-proxy-server',
      // A Norwegian learner's browser (issue 13: the browser's language picks nb/nn/en when the
      // LMS gives none). Headless Chromium says en-US otherwise; tests of other languages say so.
      '--lang=nb-NO',
      '--accept-lang=nb-NO,nb',
    ],
  });
}
