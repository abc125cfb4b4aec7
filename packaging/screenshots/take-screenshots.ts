import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { Course } from '../../course/schema/index.ts';
import { launchBrowser } from '../../test/e2e/support/browser.ts';
import { activate, appReady, courseData, fillQuestion, startCourse, takeAssessment, walkCourse } from '../../test/e2e/support/course-driver.ts';
import { leaveCourse } from '../../test/e2e/support/leave-course.ts';
import { serveStatic } from '../../test/e2e/support/static-server.ts';

/**
 * `npm run screenshots [-- --lang nb,nn,en] [--out dir]`: every kind of screen of the built web
 * version (dist/web) at 1280 and 320 px, as PNG files in screenshots/ (git-ignored), named
 * `<lang>-<width>-<nn>-<screen>.png`. The language goes in as `?lang=<code>` on the URL.
 * Run `npm run build -- web` first. Whole pages, so a reviewer sees everything a learner scrolls to.
 */
const WIDTHS = [1280, 320];
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const langs = (arg('lang') ?? 'nb').split(',').map((l) => l.trim()).filter(Boolean);
const outDir = arg('out') ?? 'screenshots';

type Shot = (name: string) => Promise<void>;

function pageWith(course: Course, test: (kinds: string[]) => boolean): string {
  const page = course.lessons.flatMap((l) => l.pages).find((p) => test(p.blocks.map((b) => b.kind)));
  if (!page) throw new Error('no page of that kind in the course');
  return page.id;
}

async function open(browser: Browser, base: string, lang: string, width: number, hash = ''): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: width < 600 ? 720 : 900 });
  await page.goto(`${base}/index.html?lang=${lang}${hash}`, { waitUntil: 'load' });
  await page.waitForSelector('main[data-screen]');
  await page.waitForFunction(() => '__COURSE__' in window);
  return page;
}

async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await page.waitForFunction((h) => window.location.hash === h && !!document.querySelector('main[data-screen]'), {}, hash);
  await new Promise((r) => setTimeout(r, 150));
}

async function screens(browser: Browser, base: string, lang: string, width: number): Promise<number> {
  let n = 0;
  const page = await open(browser, base, lang, width);
  const shot: Shot = async (name) => {
    n += 1;
    await new Promise((r) => setTimeout(r, 100));
    await page.screenshot({ path: join(outDir, `${lang}-${width}-${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
  const course = await courseData(page);
  await appReady(page);
  await shot('start');
  await startCourse(page);
  await shot('text-page');
  // The document's points as reveal cards (issue 12), the first turned over to its tip.
  const points = course.lessons.flatMap((l) => l.pages).find((p) => p.blocks.some((b) => b.kind === 'cards' && b.fromDocument));
  if (points) {
    await goTo(page, `#/side/${points.id}`);
    await activate(page, '[data-block="cards"] button[data-card="0"]');
    await page.waitForSelector('[data-block="cards"] button[data-card="0"][aria-expanded="true"]');
    await shot('point-cards');
  }
  // The model (the five expectations around the centre) and a process as steps.
  await goTo(page, `#/side/${pageWith(course, (k) => k.includes('model-figure'))}`);
  await shot('model-figure');
  await goTo(page, `#/side/${pageWith(course, (k) => k.includes('steps'))}`);
  await shot('steps');
  await goTo(page, '#/innhold');
  await shot('contents');
  const check = pageWith(course, (k) => k.filter((x) => x === 'question').length > 1);
  await goTo(page, `#/side/${check}`);
  await shot('knowledge-check');
  const first = course.lessons.flatMap((l) => l.pages).find((p) => p.id === check)?.blocks.find((b) => b.kind === 'question');
  if (first?.kind === 'question') {
    await fillQuestion(page, first.question, false);
    await activate(page, `form[data-question="${first.question.id}"] [data-action="check"]`);
    await page.waitForSelector('.feedback');
    await shot('feedback');
  }
  await goTo(page, `#/side/${pageWith(course, (k) => k.includes('scenario'))}`);
  await shot('scenario');
  // One situation at a time: the first choice's consequence, then on to the ending, its path opened.
  for (let step = 0; step < 10 && !(await page.$('[data-ending]')); step += 1) {
    await activate(page, '.choice');
    await page.waitForSelector('[data-action="scenario-continue"]');
    if (step === 0) await shot('scenario-consequence');
    await activate(page, '[data-action="scenario-continue"]');
    await new Promise((r) => setTimeout(r, 150));
  }
  await activate(page, '.story-path summary');
  await shot('scenario-ending');
  await goTo(page, `#/side/${pageWith(course, (k) => k.includes('reflection'))}`);
  await shot('reflection');
  await goTo(page, `#/side/${pageWith(course, (k) => k.includes('action-plan'))}`);
  await shot('action-plan');
  await goTo(page, `#/side/${pageWith(course, (k) => k.includes('assessment'))}`);
  await activate(page, '[data-action="start-attempt"]');
  await page.waitForSelector('[data-action="submit-attempt"]');
  await shot('final-test');
  // Failed first (what was wrong and why), then passed.
  await takeAssessment(page, course, false);
  await shot('test-result-failed');
  await activate(page, '[data-action="retry"]');
  await page.waitForSelector('[data-action="submit-attempt"]');
  await takeAssessment(page, course, true);
  await shot('test-result');
  await goTo(page, '#/tilgjengelighet');
  await shot('accessibility-statement');
  // The language list open, over the page it belongs to.
  await activate(page, '[data-action="language"]');
  await page.waitForSelector('[data-locale]', { visible: true });
  await shot('language-list');
  await page.keyboard.press('Escape');
  // Every page done, so the completion page shows the certificate.
  await goTo(page, `#/side/${course.lessons[0]?.pages[0]?.id ?? ''}`);
  await walkCourse(page, { assessment: 'pass' });
  await page.waitForSelector('main[data-screen="completion"]');
  await shot('completion');
  await page.emulateMediaType('print');
  await shot('certificate-print');
  await page.emulateMediaType(undefined);
  await leaveCourse(page);
  await page.waitForSelector('main[data-screen="exited"]');
  await shot('exited');
  await page.browserContext().close();
  // The error page: the lessons cannot be loaded.
  const context = await browser.createBrowserContext();
  const broken = await context.newPage();
  await broken.setViewport({ width, height: width < 600 ? 720 : 900 });
  await broken.setRequestInterception(true);
  broken.on('request', (r) => void (r.url().includes('course-data.js') ? r.abort() : r.continue()));
  await broken.goto(`${base}/index.html?lang=${lang}`, { waitUntil: 'load' });
  await broken.waitForFunction(() => !document.querySelector('[data-action="start"]') || document.body.innerText.includes('kunne ikke'), { timeout: 30_000 }).catch(() => undefined);
  n += 1;
  await broken.screenshot({ path: join(outDir, `${lang}-${width}-${String(n).padStart(2, '0')}-error.png`), fullPage: true });
  await context.close();
  return n;
}

async function main(): Promise<void> {
  const dir = 'dist/web';
  if (!existsSync(join(dir, 'index.html'))) throw new Error('dist/web is missing: run `npm run build -- web` first');
  await mkdir(outDir, { recursive: true });
  const server = await serveStatic(dir);
  const browser = await launchBrowser();
  try {
    for (const lang of langs) for (const width of WIDTHS) console.log(`${lang} ${width} px: ${await screens(browser, server.url, lang, width)} screenshots`);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`→ ${outDir}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
