import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Course } from '../../../course/schema/index.ts';
import { accessibleName, pageWith, waitForPage } from '../support/a11y.ts';
import { axeViolations } from '../support/axe.ts';
import { courseData, currentPage, startCourse, takeAssessment, walkCourse } from '../support/course-driver.ts';
import { useBrowserAndServer } from '../support/harness.ts';

/** Issue 12 (review A7, A9): the completion page, its result per expectation and its certificate, in the web build. */
const h = useBrowserAndServer('dist/web');
const COMPLETION = 'main[data-screen="completion"]';

async function open(width = 1280): Promise<Page> {
  const context = await h.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(`${h.server.url}/index.html`);
  return page;
}

async function toCompletion(page: Page): Promise<void> {
  await page.goto(`${h.server.url}/index.html#/oppsummering`);
  await page.waitForSelector(COMPLETION);
}

interface Row { objective: string; bar: number | null; barHidden: string | null; text: string[]; link: { text: string; href: string } | null }

/** Each result row as shown: its bar's value, the figure and status as text, its «Repeter» link. */
function rows(page: Page, root: string): Promise<Row[]> {
  return page.$$eval(`${root} .result-rows li`, (lis) => lis.map((li) => {
    const bar = li.querySelector('progress');
    const a = li.querySelector('a');
    return {
      objective: li.getAttribute('data-objective') ?? '',
      bar: bar ? bar.value : null,
      barHidden: bar ? bar.getAttribute('aria-hidden') : null,
      text: [...li.querySelectorAll('span')].map((s) => s.textContent),
      link: a ? { text: a.textContent, href: a.getAttribute('href') ?? '' } : null,
    };
  }));
}

/** What each row must show for the attempt whose questions on `weak` expectations were all wrong (and every other one right). */
function expected(course: Course, weak: readonly string[]): Row[] {
  return course.meta.objectives.map((o) => {
    const under = weak.includes(o.id);
    const start = course.lessons.find((l) => l.objective === o.id)?.pages[0]?.id;
    return {
      objective: o.id,
      bar: under ? 0 : 100,
      barHidden: 'true',
      text: [under ? '0\u00a0%' : '100\u00a0%', under ? 'Ikke bestått' : 'Bestått'],
      link: under ? { text: `Repeter: ${o.title.nb}`, href: `#/side/${start ?? ''}` } : null,
    };
  });
}

describe('completion page: result per expectation (issue 12, review A9)', () => {
  it('shows a bar per expectation with its value, the status in words, and «Repeter» to the right lesson only under mastery', async () => {
    const page = await open();
    const course = await courseData(page);
    // Two expectations wrong in the first attempt (60 %, not passed), then a second attempt all right.
    const weak = course.meta.objectives.slice(1, 3).map((o) => o.id);
    expect(weak).toHaveLength(2);
    await startCourse(page);
    await walkCourse(page);
    const { page: test } = pageWith(course, 'assessment');
    await page.goto(`${h.server.url}/index.html#/side/${test.id}`);
    await waitForPage(page, test.id);
    await takeAssessment(page, course, (q) => !weak.includes(q.objective ?? ''));
    expect(await page.$eval('[data-result]', (e) => e.getAttribute('data-result'))).toBe('failed');
    // The test result and the completion page show the same rows.
    expect(await rows(page, '.attempt-result')).toEqual(expected(course, weak));
    await toCompletion(page);
    expect(await rows(page, '.completion')).toEqual(expected(course, weak));
    // The link opens the first page of that expectation's lesson.
    const lesson = course.lessons.find((l) => l.objective === weak[0]);
    await page.click(`.completion li[data-objective="${weak[0] ?? ''}"] a[data-action="repeat"]`);
    await waitForPage(page, lesson?.pages[0]?.id ?? '');
    expect(await currentPage(page)).toBe(lesson?.pages[0]?.id);
    // All mastered: no link anywhere.
    await page.goto(`${h.server.url}/index.html#/side/${test.id}`);
    await waitForPage(page, test.id);
    await takeAssessment(page, course, true);
    expect(await rows(page, '.attempt-result')).toEqual(expected(course, []));
    await toCompletion(page);
    expect(await rows(page, '.completion')).toEqual(expected(course, []));
    expect(await page.$$('[data-action="repeat"]')).toEqual([]);
    expect(await page.$('[data-certificate]')).not.toBeNull();
    await page.browserContext().close();
  });
});

describe('completion page: the certificate (issue 12, review A7, A9)', () => {
  it('web: an optional name field (label, keyboard, kept through a reload) prints on the certificate; plan beside the certificate at 1280, stacked at 320; axe 0', async () => {
    const page = await open();
    const course = await courseData(page);
    await startCourse(page);
    await walkCourse(page, { assessment: 'pass' });
    await page.waitForSelector(COMPLETION);
    const certificateName = () => page.$eval('.certificate-name', (e) => ({ text: e.textContent, learner: e.getAttribute('data-learner') }));
    expect(await certificateName()).toEqual({ text: 'Kursdeltakeren', learner: 'unknown' });
    // The standard theme names no agency (theme.json "agency": ""): no empty issuer line.
    expect(await page.$('[data-certificate] .certificate-agency')).toBeNull();
    // A real label, and the hint that it stays on this device.
    expect(await accessibleName(page, '#own-name')).toBe('Navnet ditt på kursbeviset (valgfritt)');
    expect(await page.$eval('#own-name', (i) => document.getElementById(i.getAttribute('aria-describedby') ?? '')?.textContent)).toBe('Det du skriver blir bare lagret på denne enheten.');
    // Keyboard: Tab from the last of the next steps reaches the field; what is typed is on the certificate at once.
    await page.focus('[data-action="review"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('own-name');
    await page.keyboard.type('Kari Nordmann');
    expect(await certificateName()).toEqual({ text: 'Kari Nordmann', learner: 'known' });
    // Kept on this device only: in this course's name key, and through a reload.
    expect(await page.evaluate((id) => localStorage.getItem(`god-ledelse:${id}:name`), course.meta.id)).toBe('Kari Nordmann');
    await page.reload();
    await page.waitForSelector(`${COMPLETION} #own-name`);
    expect(await page.$eval('#own-name', (i) => (i as HTMLInputElement).value)).toBe('Kari Nordmann');
    expect(await certificateName()).toEqual({ text: 'Kari Nordmann', learner: 'known' });

    // 1280: the plan card and the certificate side by side, their tops level with each other's half.
    const boxes = () => page.evaluate(() => {
      const box = (s: string) => {
        const r = (document.querySelector(s) as Element).getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      return { plan: box('[aria-labelledby="plan-h"]'), certificate: box('[data-certificate]') };
    });
    const wide = await boxes();
    expect(wide.certificate.left).toBeGreaterThanOrEqual(wide.plan.right);
    expect(wide.certificate.top).toBeLessThan(wide.plan.bottom);
    expect(await axeViolations(page, 'completion 1280')).toEqual([]);

    // Print: the certificate alone, with the name; the field and everything else left out.
    await page.emulateMediaType('print');
    const printed = await page.$$eval('.completion *', (els) => els
      .filter((e) => e.getClientRects().length > 0 && !e.closest('[data-certificate]') && !e.querySelector('[data-certificate]'))
      .map((e) => e.tagName));
    expect(printed).toEqual([]);
    expect(await page.$eval('.certificate-name', (e) => (e as HTMLElement).innerText)).toBe('Kari Nordmann');
    await page.emulateMediaType('screen');

    // 320: stacked, no sideways scrolling, axe 0.
    await page.setViewport({ width: 320, height: 800 });
    const narrow = await boxes();
    expect(narrow.certificate.top).toBeGreaterThanOrEqual(narrow.plan.bottom);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page, 'completion 320')).toEqual([]);

    // Emptied (or only spaces): the certificate says «Kursdeltakeren» again, after a reload too.
    await page.click('#own-name', { count: 3 });
    await page.keyboard.press('Backspace');
    await page.keyboard.type('   ');
    expect(await certificateName()).toEqual({ text: 'Kursdeltakeren', learner: 'unknown' });
    await page.reload();
    await page.waitForSelector(`${COMPLETION} #own-name`);
    expect(await certificateName()).toEqual({ text: 'Kursdeltakeren', learner: 'unknown' });
    await page.browserContext().close();
  });

  it('the name field is in the web version only: no tracked package ships it (an LMS or LRS names the learner)', async () => {
    const dist = 'dist';
    const has = (code: string) => code.includes('own-name');
    const webApp = (await readdir(join(dist, 'web', 'assets'))).find((f) => /^app-.*\.js$/.test(f));
    expect(has(await readFile(join(dist, 'web', 'assets', webApp ?? ''), 'utf8'))).toBe(true);
    const zips = (await readdir(dist)).filter((f) => f.endsWith('.zip'));
    expect(zips).toHaveLength(4);
    for (const zip of zips) {
      const entries = unzipSync(new Uint8Array(await readFile(join(dist, zip))));
      const apps = Object.entries(entries).filter(([name]) => /^assets\/app-.*\.js$/.test(name));
      expect(apps, zip).toHaveLength(1);
      for (const [name, data] of apps) expect(has(new TextDecoder().decode(data)), `${zip}/${name}`).toBe(false);
    }
  });
});
