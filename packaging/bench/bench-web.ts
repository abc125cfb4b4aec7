import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../test/e2e/support/browser.ts';
import { serveStatic } from '../../test/e2e/support/static-server.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { BUDGETS, check, formatChecks } from '../budgets.ts';
import { measure } from '../size-report.ts';

/**
 * `npm run bench`: how fast the web build's first screen is ready, and how many bytes it takes.
 * Medians of 5 cold loads in headless Chromium, unthrottled and on a slow profile
 * (4× CPU slowdown, ~1.6 Mbps down, 150 ms RTT), beside a static HTML page (the start page's
 * words and a button, no script) loaded the same way in the same run, so a busy machine slows
 * both alike. Budgets (issue 12, packaging/budgets.ts): first screen ≤ 60 KB counting every
 * request before the start page is ready; ready on the slow profile ≤ 1.5× the static page.
 * A broken budget exits with code 1. Writes dist/bench-web.json (the README's figures).
 */
// Medians of 9 (5 gave ratios from 1.15× to 1.51× for one build on this shared 2-core VM), after one
// discarded pair per profile: the first load of a profile pays for caches neither page should be charged.
const RUNS = 9;
const dir = 'dist/web';

interface Profile {
  name: string;
  cpu: number;
  network: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

const SLOW = 'slow (4× CPU, 1.6 Mbps, 150 ms RTT)';
const PROFILES: Profile[] = [
  { name: 'unthrottled', cpu: 1, network: null },
  { name: SLOW, cpu: 4, network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 } },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

async function once(browser: Browser, url: string, profile: Profile, isStatic: boolean): Promise<{ readyMs: number; firstBytes: number; bytes: number; requests: number }> {
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
  // Measured in the page, from navigation start, to the frame where the main button is visible
  // and usable. The start page is prerendered into index.html; its Start is a link that works
  // before the script has run (a press is kept: test/e2e/web/prerendered-start.test.ts), so
  // visible is ready. A disabled control would not count.
  // A string, not a function: tsx would wrap a named function in a helper the page doesn't have.
  await page.evaluateOnNewDocument(`(function poll() {
    var b = document.querySelector('[data-action="start"]');
    if (b && b.getBoundingClientRect().height > 0 && !b.disabled && !b.hasAttribute('aria-disabled')) {
      window.__ready = performance.now();
    } else requestAnimationFrame(poll);
  })();`);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => '__ready' in window, { timeout: 60_000 });
  // Let the rest (the lessons) arrive, to report the whole load too.
  if (!isStatic) await page.waitForFunction(() => '__COURSE__' in window, { timeout: 60_000 });
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

/** The baseline: what a plain static page with the start page's words takes to show its button. */
async function staticPage(): Promise<string> {
  const meta = /window\.__COURSE_META__=(\{.*?\});?\n/.exec(await readFile(join(dir, (/src="\.\/(assets\/app-[^"]+\.js)"/.exec(await readFile(join(dir, 'index.html'), 'utf8')) ?? [])[1] ?? ''), 'utf8'));
  const m = JSON.parse(meta?.[1] ?? '{}') as { title?: { nb?: string }; description?: { nb?: string }; outcomes?: { nb?: string }[] };
  const out = await mkdtemp(join(tmpdir(), 'bench-static-'));
  const esc = (x = '') => x.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  await writeFile(join(out, 'index.html'), `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(m.title?.nb)}</title></head><body><main><h1>${esc(m.title?.nb)}</h1><p>${esc(m.description?.nb)}</p><button type="button" data-action="start">Start kurset</button><ul>${(m.outcomes ?? []).map((o) => `<li>${esc(o.nb)}</li>`).join('')}</ul></main></body></html>`);
  return out;
}

async function main(): Promise<void> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error('dist/web is missing: run `npm run build` first');
  const server = await serveStatic(dir, [], { gzip: true });
  const baseline = await serveStatic(await staticPage(), [], { gzip: true });
  const browser = await launchBrowser();
  const report: Record<string, unknown> = {};
  const staticReady: Record<string, number> = {};
  try {
    for (const profile of PROFILES) {
      const runs = [];
      const plain = [];
      await once(browser, `${server.url}/index.html`, profile, false);
      await once(browser, `${baseline.url}/index.html`, profile, true);
      // Interleaved, so load on a shared machine falls on both alike.
      for (let i = 0; i < RUNS; i += 1) {
        runs.push(await once(browser, `${server.url}/index.html`, profile, false));
        plain.push(await once(browser, `${baseline.url}/index.html`, profile, true));
      }
      staticReady[profile.name] = Math.round(median(plain.map((r) => r.readyMs)));
      const result = {
        readyMs: Math.round(median(runs.map((r) => r.readyMs))),
        firstScreenBytes: median(runs.map((r) => r.firstBytes)),
        allBytes: median(runs.map((r) => r.bytes)),
        requests: median(runs.map((r) => r.requests)),
      };
      report[profile.name] = { ...result, staticReadyMs: staticReady[profile.name] };
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      console.log(`${profile.name.padEnd(38)} ready ${String(result.readyMs).padStart(5)} ms (static page ${staticReady[profile.name] ?? NaN} ms; medians of ${RUNS})   first screen ${kb(result.firstScreenBytes)}; whole load with lessons ${kb(result.allBytes)} in ${result.requests} requests`);
    }
  } finally {
    await browser.close();
    await server.close();
    await baseline.close();
  }
  // The app's JS and CSS are the files index.html names (page-assets.ts); the metadata line at the top of the JS is content.
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  const code = await Promise.all(files.map(async (f) => (await readFile(join(dir, f), 'utf8')).replace(/^window\.__COURSE_META__=.*\n/, '')));
  const appGzip = code.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0);
  // Every learner also fetches the language pack of their language: the budget counts the largest, as the build does.
  const packs = (await readdir(join(dir, 'assets'))).filter((f) => /^lang-[a-z]{2}-[0-9a-f]+\.js$/.test(f));
  const packGzip = Math.max(0, ...(await Promise.all(packs.map(async (f) => gzipSync(await readFile(join(dir, 'assets', f)), { level: 9 }).length))));
  const content = (await measure('.', [join(dir, 'course-data.js')]))[0];
  console.log(`app JS+CSS without content: ${(appGzip / 1024).toFixed(1)} KB gzip + largest language pack ${(packGzip / 1024).toFixed(1)} KB = ${((appGzip + packGzip) / 1024).toFixed(1)} KB (budget ≤ ${BUDGETS.appGzipBytes / 1024} KB); course content: ${((content?.gzip ?? 0) / 1024).toFixed(1)} KB gzip`);
  report.appGzipBytes = appGzip;
  report.languagePackGzipBytes = packGzip;
  report.contentGzipBytes = content?.gzip;
  const slow = report[SLOW] as { readyMs: number; firstScreenBytes: number; staticReadyMs: number };
  const checks = [
    check('first screen, every request before the start page is ready (slow profile)', slow.firstScreenBytes, BUDGETS.firstScreenBytes, 'bytes'),
    check('ready on the slow profile ÷ a static HTML page in the same run', slow.readyMs / slow.staticReadyMs, BUDGETS.readyRatio, 'ratio'),
  ];
  report.budgets = checks;
  console.log(`Budgets:\n${formatChecks(checks)}`);
  await writeFile('dist/bench-web.json', JSON.stringify(report, null, 2));
  const broken = checks.filter((c) => !c.ok);
  if (broken.length) {
    console.error(`✗ ${broken.length} budget(s) broken (packaging/budgets.ts)`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
