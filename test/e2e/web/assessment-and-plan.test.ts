import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Course, Question } from '../../../course/schema/index.ts';
import { shownOrder } from '../../../src/state/order.ts';
import { courseData, currentPage, next, startCourse, startOrContinue, takeAssessment, walkCourse } from '../support/course-driver.ts';
import { useBrowserAndServer } from '../support/harness.ts';

const h = useBrowserAndServer('dist/web');

async function freshPage(): Promise<Page> {
  const context = await h.browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${h.server.url}/index.html`);
  return page;
}

/** Through the table of contents to a lesson's first page (all pages visited), then `forward` pages on. */
async function openLesson(page: Page, lessonId: string, forward = 0): Promise<void> {
  await page.click('[data-action="contents"]');
  await page.waitForSelector('main[data-screen="contents"]');
  await page.click(`li[data-lesson="${lessonId}"] .lesson-link`);
  await page.waitForSelector('main[data-page]');
  for (let i = 0; i < forward; i += 1) await next(page);
}

const lessonWith = (course: Course, kind: string) => course.lessons.find((l) => l.pages.some((p) => p.blocks.some((b) => b.kind === kind)));
const optionOrder = (page: Page) => page.$$eval('form[data-question]', (forms) => forms.map((f) => [...f.querySelectorAll('input, li[data-item]')].map((i) => i.getAttribute('value') ?? i.getAttribute('data-item')).join()));

describe('final test review, option order and the personal blocks (dist/web)', () => {
  it('shows options in a per-learner order that a reload keeps', async () => {
    const page = await freshPage();
    const course = await courseData(page);
    await startCourse(page);
    const lesson = course.lessons.find((l) => l.pages.some((p) => p.blocks.some((b) => b.kind === 'question')));
    const pageId = lesson?.pages.find((p) => p.blocks.some((b) => b.kind === 'question'))?.id;
    if (!lesson || !pageId) throw new Error('no lesson question');
    await openLesson(page, lesson.id, lesson.pages.findIndex((p) => p.id === pageId));
    expect(await currentPage(page)).toBe(pageId);
    const before = await optionOrder(page);
    expect(before.length).toBeGreaterThan(0);
    await page.reload();
    // The hash route reopens the question's page after the reload (no start screen).
    expect(await startOrContinue(page)).toBe(false);
    expect(await currentPage(page)).toBe(pageId);
    expect(await optionOrder(page)).toEqual(before);
    // Another learner (a fresh browser profile) gets other orders for at least one of the questions.
    const orders = new Set([before.join('|')]);
    for (let i = 0; i < 4 && orders.size === 1; i += 1) {
      const other = await freshPage();
      await startCourse(other);
      await openLesson(other, lesson.id, lesson.pages.findIndex((p) => p.id === pageId));
      orders.add((await optionOrder(other)).join('|'));
      await other.browserContext().close();
    }
    expect(orders.size).toBeGreaterThan(1);
    await page.browserContext().close();
  });

  it('after a failed attempt shows which answers were wrong and why, and the right answer only when no attempts are left', async () => {
    const page = await freshPage();
    const course = await courseData(page);
    await startCourse(page);
    await walkCourse(page, { assessment: 'fail' });
    await page.waitForSelector('main[data-screen="completion"]');
    const test = lessonWith(course, 'assessment');
    if (!test) throw new Error('no assessment');
    await openLesson(page, test.id);
    await page.waitForSelector('[data-review]');
    const wrong = await page.$$eval('[data-review-question][data-correct="false"]', (items) => items.map((li) => li.querySelectorAll('.review-why').length));
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.every((n) => n > 0)).toBe(true);
    expect(await page.$$('[data-right-answer]')).toHaveLength(0);
    // The retry draws again and shows the options in attempt 2's order, not attempt 1's.
    const block = test.pages.flatMap((p) => p.blocks).find((b) => b.kind === 'assessment');
    if (block?.kind !== 'assessment') throw new Error('no assessment block');
    await page.click('[data-action="retry"]');
    await page.waitForSelector('[data-action="submit-attempt"]');
    const saved = await page.evaluate((id) => localStorage.getItem(`god-ledelse:${id}:state`), course.meta.id);
    const seed = parseInt(/~N([0-9a-z]+)/.exec(saved ?? '')?.[1] ?? '', 36);
    expect(Number.isInteger(seed)).toBe(true);
    const shown = await page.$$eval('[data-assessment] form[data-question]', (forms) =>
      forms.map((f) => ({ id: f.getAttribute('data-question') ?? '', order: [...f.querySelectorAll('input, li[data-item]')].map((i) => i.getAttribute('value') ?? i.getAttribute('data-item') ?? '') })),
    );
    const question = (id: string) => block.bank.find((q) => q.id === id) as Question;
    for (const { id, order } of shown) expect(order).toEqual(shownOrder(seed, question(id), { kind: 'assessment', attempt: 2 }));
    expect(shown.some(({ id, order }) => order.join() !== shownOrder(seed, question(id), { kind: 'assessment', attempt: 1 }).join())).toBe(true);
    // Use up the attempts: now the right answers are shown.
    for (let i = 1; i < block.maxAttempts; i += 1) await takeAssessment(page, course, false);
    await page.waitForSelector('[data-review]');
    expect((await page.$$('[data-right-answer]')).length).toBe(wrong.length);
    await page.browserContext().close();
  });

  it('compares the self-assessments side by side and lets the learner download a plan that never leaves the device', async () => {
    const page = await freshPage();
    const course = await courseData(page);
    await startCourse(page);
    await walkCourse(page, { assessment: 'pass' });
    await page.waitForSelector('main[data-screen="completion"]');
    const closing = lessonWith(course, 'action-plan');
    if (!closing) throw new Error('no action plan');
    await openLesson(page, closing.id, closing.pages.findIndex((p) => p.blocks.some((b) => b.kind === 'action-plan')));
    const rows = await page.$$eval('table[data-compare] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toHaveLength(course.meta.objectives.length);
    for (const [before, now] of rows) {
      expect(before).toMatch(/^\d – /);
      expect(now).toMatch(/^\d – /);
    }
    // Download: capture the Blob the button hands to the browser.
    await page.evaluate(() => {
      const w = window as Window & { blobs?: Blob[] };
      w.blobs = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b: Blob | MediaSource) => {
        if (b instanceof Blob) w.blobs?.push(b);
        return create(b);
      };
    });
    await page.click('[data-action="download-plan"]');
    const text = await page.evaluate(() => (window as Window & { blobs?: Blob[] }).blobs?.[0]?.text());
    expect(text).toContain('Min plan: goal.');
    expect(text).toContain('Min plan: evidence.');
    expect(text).toContain('Mitt svar på refleksjon-handlingsplan.');
    // Printed: the plan as text (the form fields are hidden), reflections included.
    await page.emulateMediaType('print');
    expect(await page.$eval('[data-action-plan] .print-only', (e) => (e as HTMLElement).innerText)).toContain('Min plan: withWhom.');
    expect(await page.$eval('[data-action-plan] .plan-fields', (e) => getComputedStyle(e).display)).toBe('none');
    await page.emulateMediaType('screen');
    expect(await page.$eval('[data-action-plan] .print-only', (e) => getComputedStyle(e).display)).toBe('none');
    // The saved state lists the plan; its text stays in this browser's own store.
    const saved = await page.evaluate((id) => localStorage.getItem(`god-ledelse:${id}:state`), course.meta.id);
    expect(saved).toBeTruthy();
    expect(saved).not.toContain('Min plan');
    await page.reload();
    // The hash route reopens the plan's page after the reload (no start screen).
    expect(await startOrContinue(page)).toBe(false);
    expect(await page.$eval('textarea[data-plan-field="goal"]', (t) => (t).value)).toBe('Min plan: goal.');
    await page.browserContext().close();
  });
});
