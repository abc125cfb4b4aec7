import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../test/e2e/support/browser.ts';
import { serveStatic } from '../../test/e2e/support/static-server.ts';
import { measure } from '../size-report.ts';

/**
 * `npm run bench`: how fast the web build's first screen is ready, and how many bytes it takes.
 * Medians of 5 cold loads in headless Chromium, unthrottled and on a slow profile
 * (4× CPU slowdown, ~1.6 Mbps down, 150 ms RTT). A benchmark, not a test: it reports, it doesn't fail.
 * Targets (foundation issue): first screen ≤ 60 KB transferred, app JS+CSS ≤ 40 KB gzip,
 * ready ≤ 800 ms on the slow profile.
 */
const RUNS = 5;
const dir = 'dist/web';

interface Profile {
  name: string;
  cpu: number;
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

const PROFILES: Profile[] = [
  { name: 'unthrottled', cpu: 1, network: null },
  { name: 'slow (4× CPU, 1.6 Mbps, 150 ms RTT)', cpu: 4, network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

async function once(browser: Browser, url: string, profile: Profile): Promise<{ readyMs: number; firstBytes: number; bytes: number; requests: number }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength;
    requests += 1;
  });
  // Measured in the page, from navigation start, to the frame where the main button is visible.
  // A string, not a function: tsx would wrap a named function in a helper the page doesn't have.
  await page.evaluateOnNewDocument(`(function poll() {
    var b = document.querySelector('[data-action="start"]');
    if (b && b.getBoundingClientRect().height > 0) {
      window.__ready = performance.now();
    } else requestAnimationFrame(poll);
  })();`);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => '__ready' in window, { timeout: 60_000 });
  // Let the rest (the lessons) arrive, to report the whole load too.
  await page.waitForFunction(() => '__COURSE__' in window, { timeout: 60_000 });
  await new Promise((r) => setTimeout(r, 200));
  // First screen: the page itself plus what had fully arrived when the button showed.
  const { readyMs, firstBytes } = await page.evaluate(() => {
    const ready = (window as unknown as { __ready: number }).__ready;
    const nav = performance.getEntriesByType('navigation') as PerformanceResourceTiming[];
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const bytes = [...nav, ...res.filter((e) => e.responseEnd <= ready)].reduce((n, e) => n + e.transferSize, 0);
    return { readyMs: ready, firstBytes: bytes };
  });
  await context.close();
  return { readyMs, firstBytes, bytes, requests };
}

async function main(): Promise<void> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error('dist/web is missing: run `npm run build` first');
  const server = await serveStatic(dir, [], { gzip: true });
  const browser = await launchBrowser();
  const report: Record<string, unknown> = {};
  try {
    for (const profile of PROFILES) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await once(browser, `${server.url}/index.html`, profile));
      const result = {
        readyMs: Math.round(median(runs.map((r) => r.readyMs))),
        firstScreenBytes: median(runs.map((r) => r.firstBytes)),
        allBytes: median(runs.map((r) => r.bytes)),
        requests: median(runs.map((r) => r.requests)),
      };
      report[profile.name] = result;
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      console.log(`${profile.name.padEnd(38)} ready ${String(result.readyMs).padStart(5)} ms (median of ${RUNS})   first screen ${kb(result.firstScreenBytes)}; whole load with lessons ${kb(result.allBytes)} in ${result.requests} requests`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // The app's JS and CSS are the files index.html names (page-assets.ts); the metadata line at the top of the JS is content.
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const code = await Promise.all(files.map(async (f) => (await readFile(join(dir, f), 'utf8')).replace(/^window\.__COURSE_META__=.*\n/, '')));
  const appGzip = code.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0);
  const content = (await measure('.', [join(dir, 'course-data.js')]))[0];
  console.log(`app JS+CSS without content: ${(appGzip / 1024).toFixed(1)} KB gzip (target ≤ 40 KB); course content: ${((content?.gzip ?? 0) / 1024).toFixed(1)} KB gzip`);
  console.log('targets: first screen ≤ 60 KB transferred; ready ≤ 800 ms on the slow profile');
  report.appGzipBytes = appGzip;
  report.contentGzipBytes = content?.gzip;
  await writeFile('dist/bench-web.json', JSON.stringify(report, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
