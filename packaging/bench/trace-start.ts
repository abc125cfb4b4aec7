import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../test/e2e/support/browser.ts';
import { serveStatic } from '../../test/e2e/support/static-server.ts';

/**
 * `npx tsx packaging/bench/trace-start.ts [dir]`: what lies on the web build's critical path on
 * `npm run bench`'s slow profile. One cold load with a Chromium trace: each request (start,
 * first byte, end), the main thread's big tasks (HTML parse, script compile/evaluate, style,
 * layout, paint) and the frame where the start button shows, all in ms from navigation start.
 */
const dir = process.argv[2] ?? 'dist/web';
const SLOW = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; frame?: string } } }

async function once(browser: Browser, url: string): Promise<void> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluateOnNewDocument(`(function poll() {
    var b = document.querySelector('[data-action="start"]');
    if (b && b.getBoundingClientRect().height > 0 && !b.disabled) { window.__ready = performance.now(); }
    else requestAnimationFrame(poll);
  })();`);
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8.execute'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => '__ready' in window, { timeout: 60_000 });
  await new Promise((r) => setTimeout(r, 500));
  const buf = await page.tracing.stop();
  const info = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const paints = performance.getEntriesByType('paint').map((p) => `${p.name} ${p.startTime.toFixed(0)}`);
    return {
      ready: (window as unknown as { __ready: number }).__ready,
      paints,
      nav: { responseStart: nav.responseStart, responseEnd: nav.responseEnd, dcl: nav.domContentLoadedEventStart, load: nav.loadEventStart, size: nav.transferSize },
      res: res.map((e) => ({ url: e.name.replace(/^.*\//, ''), start: e.startTime, ttfb: e.responseStart, end: e.responseEnd, size: e.transferSize })),
    };
  });
  await context.close();
  const f = (n: number) => n.toFixed(0).padStart(5);
  console.log(`\n${url}\nready ${f(info.ready)} ms; ${info.paints.join(', ')}; DOMContentLoaded ${f(info.nav.dcl)}; load ${f(info.nav.load)}`);
  console.log(`  index.html                  first byte ${f(info.nav.responseStart)} end ${f(info.nav.responseEnd)} (${info.nav.size} B)`);
  for (const r of info.res) console.log(`  ${r.url.padEnd(26)} start ${f(r.start)} first byte ${f(r.ttfb)} end ${f(r.end)} (${r.size} B)`);
  if (!buf) return;
  const events = (JSON.parse(Buffer.from(buf).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const navStart = events.find((e) => e.name === 'navigationStart' && e.args?.data)?.ts ?? events.find((e) => e.name === 'navigationStart')?.ts ?? 0;
  // The renderer's main thread: the one that parsed this page's HTML.
  const main = events.find((e) => e.name === 'ParseHTML' && e.ts - navStart >= -1000);
  if (!main) return;
  const big = events.filter((e) => e.ph === 'X' && e.tid === main.tid && e.pid === main.pid && (e.dur ?? 0) > 2000 && e.ts >= navStart && !['ThreadControllerImpl::RunTask', 'RunTask'].includes(e.name));
  for (const e of big) console.log(`  main ${e.name.padEnd(22)} ${f((e.ts - navStart) / 1000)} → ${f((e.ts + (e.dur ?? 0) - navStart) / 1000)} (${((e.dur ?? 0) / 1000).toFixed(0)} ms) ${e.args?.data?.url?.replace(/^.*\//, '') ?? ''}`);
}

const server = await serveStatic(dir, [], { gzip: true });
const browser = await launchBrowser();
try {
  for (let i = 0; i < Number(process.env.RUNS ?? 2); i += 1) await once(browser, `${server.url}/index.html`);
} finally {
  await browser.close();
  await server.close();
}
