import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAggregator } from '../../../packaging/report/aggregate.ts';
import { renderGuide } from '../../../packaging/guide/render-guide.ts';
import { learnerStatements, seeded } from '../../../packaging/report/generate-learners.ts';
import { reportModel } from '../../../packaging/report/report-model.ts';
import { renderReport } from '../../../packaging/report/render-report.ts';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';

/**
 * The documents people read outside the course are held to the course's own bar: WCAG 2.1 AA
 * (axe-core) in real Chromium. The guide is the BUILT dist/diskusjonsguide.html; the report is
 * rendered from statements of generated learners of the real course.
 */
let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = await mkdtemp(join(tmpdir(), 'documents-'));
});
afterAll(async () => {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
});

async function open(path: string, width: number): Promise<Page> {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width, height: 900 });
  await page.goto(`file://${path}`);
  return page;
}

describe('documents for the people around the course (WCAG 2.1 AA, Chromium)', () => {
  it.each([1280, 320])('dist/diskusjonsguide.html: no axe violations and no horizontal scrolling at %i px', async (width) => {
    const page = await open(resolve('dist/diskusjonsguide.html'), width);
    expect(await axeViolations(page, 'guide')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await page.$$eval('section.expectation', (s) => s.length)).toBe(5);
  });

  it.each(['nn', 'en'] as const)('the discussion guide in %s: no axe violations (document title marked lang="nb", points marked as translated)', async (lang) => {
    const file = join(dir, `diskusjonsguide-${lang}.html`);
    await writeFile(file, renderGuide(await loadValidCourse(process.cwd()), lang));
    const page = await open(file, 320);
    expect(await axeViolations(page, `guide-${lang}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await page.$$eval('cite[lang="nb"]', (c) => c.length)).toBe(1);
    expect(await page.$$eval('section.expectation p.translated', (p) => p.length)).toBe(5);
  });

  it('the coordinator report: no axe violations', async () => {
    const course = await loadValidCourse(process.cwd());
    const agg = createAggregator(course);
    for (let i = 0; i < 30; i++) {
      const random = seeded(i + 1);
      const statements = learnerStatements(course, {
        actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: `l${i}` } },
        registration: `00000000-0000-4000-8000-${i.toString().padStart(12, '0')}`,
        start: new Date(Date.UTC(2026, 0, 5 + (i % 7))),
        answer: (q) => (q.kind === 'ordering' ? q.items.map((x) => x.id) : [q.options[Math.floor(random() * q.options.length)]?.id ?? '']),
        choose: (_s, node) => node.choices[Math.floor(random() * node.choices.length)]?.id ?? '',
        attempts: 2,
        finishLessons: true,
        minutesPerAction: 1,
        random,
      });
      for (const s of statements) agg.add(s);
    }
    const path = join(dir, 'rapport.html');
    await writeFile(path, renderReport(reportModel(course, agg.result(), { filter: 'test', generated: '2026-01-31 12:00 UTC' })));
    const page = await open(path, 1280);
    expect(await axeViolations(page, 'report')).toEqual([]);
  });
});
