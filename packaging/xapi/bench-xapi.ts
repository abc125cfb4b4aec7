import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { courseData, next, startCourse, completePage, currentPage } from '../../test/e2e/support/course-driver.ts';
import { openCourse, startHarness, waitSaved } from '../../test/e2e/xapi/harness.ts';

/**
 * `npm run bench:xapi [-- --page-ms=3000]` (after `npm run build`): one learner completes and
 * passes the course from the BUILT xAPI and cmi5 packages against the test LRS; reports
 * statements and HTTP requests per completed course and per page change. --page-ms makes
 * the learner stay on each page that long (a person reads; a script clicks at once).
 */
const pageMs = Number(process.argv.find((a) => a.startsWith('--page-ms='))?.split('=')[1] ?? 0);

async function run(target: 'xapi' | 'cmi5'): Promise<void> {
  const zip = `dist/god-ledelse-i-staten-${target}.zip`;
  if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm run build first`);
  const h = await startHarness(zip);
  try {
    const launch = target === 'xapi' ? { query: h.lrs.tinCanQuery({ registration: randomUUID() }) } : h.lrs.cmi5Launch();
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, `${h.server.url}/index.html?${launch.query}`);
    await startCourse(page);
    const course = await courseData(page);
    const start = h.lrs.requests.length;
    let pageChanges = 0;
    for (;;) {
      await completePage(page, course, { assessment: 'pass' });
      if (pageMs) await new Promise((r) => setTimeout(r, pageMs));
      if (!(await currentPage(page)) || !(await next(page))) break;
      pageChanges += 1;
    }
    await page.waitForSelector('main[data-screen="completion"]');
    await waitSaved(page, 60_000);
    const requests = h.lrs.requests.slice(start);
    const count = (pred: (r: { method: string; path: string }) => boolean) => requests.filter(pred).length;
    const stored = (await h.lrs.stored()).length;
    const preflights = count((r) => r.method === 'OPTIONS');
    const real = requests.length - preflights;
    console.log(`\n${target}: one completed, passed course (${pageChanges} page changes, ${pageMs} ms per page)`);
    console.log(`  statements stored        ${stored}`);
    console.log(`  HTTP requests            ${real}  (POST statements ${count((r) => r.method === 'POST' && r.path.endsWith('/statements'))}, PUT state ${count((r) => r.method === 'PUT')}, GET ${count((r) => r.method === 'GET')})`);
    console.log(`  requests per page change ${(real / Math.max(1, pageChanges)).toFixed(2)}`);
    console.log(`  CORS preflights          ${preflights}  (the LRS's Access-Control-Max-Age decides how many)`);
    await context.close();
  } finally {
    await h.close();
  }
}

await run('xapi');
await run('cmi5');
