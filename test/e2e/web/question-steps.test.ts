import { describe, expect, it } from 'vitest';
import { activate, completePage, courseData, fillQuestion, startCourse } from '../support/course-driver.ts';
import { useBrowserAndServer } from '../support/harness.ts';

/** Issue 12: several knowledge checks on a page, one at a time, by keyboard and screen reader. */
const h = useBrowserAndServer('dist/web');

describe('knowledge checks one at a time', () => {
  it('says where you are, moves focus to the new question heading, and marks answered ones', async () => {
    const page = await (await h.browser.createBrowserContext()).newPage();
    await page.setViewport({ width: 1024, height: 800 });
    await page.goto(`${h.server.url}/index.html`);
    const course = await courseData(page);
    await startCourse(page, 'keyboard');
    const target = course.lessons.flatMap((l) => l.pages).find((p) => p.blocks.filter((b) => b.kind === 'question').length > 1);
    const questions = target?.blocks.flatMap((b) => (b.kind === 'question' ? [b.question] : [])) ?? [];
    if (!target || questions.length < 2) throw new Error('no page with several knowledge checks');
    await page.evaluate((id) => { window.location.hash = `#/side/${id}`; }, target.id);
    await page.waitForSelector('[data-question-steps]');
    const total = questions.length;
    const heading = () => page.$eval('.qs-title', (e) => e.textContent);
    const shown = () => page.$$eval('[data-question-steps] form[data-question]', (fs) => fs.map((f) => f.getAttribute('data-question')));
    expect(await heading()).toBe(`Spørsmål 1 av ${total}. Du har svart på 0 av ${total}.`);
    expect(await shown()).toEqual([questions[0]?.id]);
    // Answer the first, then go on with the keyboard alone.
    const first = questions[0];
    if (!first) throw new Error('no question');
    await fillQuestion(page, first, true, 'keyboard');
    await activate(page, `form[data-question="${first.id}"] [data-action="check"]`, 'keyboard');
    await page.waitForSelector(`form[data-question="${first.id}"] .feedback`);
    expect(await page.$$eval('.step-dot', (ds) => ds.map((d) => d.hasAttribute('data-done')))).toEqual(questions.map((_, i) => i === 0));
    await activate(page, '[data-action="next-question"]', 'keyboard');
    await page.waitForFunction(() => document.activeElement?.classList.contains('qs-title') ?? false);
    // Focus on the heading: a screen reader says «Spørsmål 2 av N» (WCAG 2.4.3, 4.1.3).
    // The dots are hidden from it; the heading says how many are answered.
    expect(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent])).toEqual(['H2', `Spørsmål 2 av ${total}. Du har svart på 1 av ${total}.`]);
    expect(await shown()).toEqual([questions[1]?.id]);
    // Back again: the answer and its feedback are still there.
    await activate(page, '[data-action="prev-question"]', 'keyboard');
    await page.waitForFunction(() => (document.activeElement?.textContent ?? '').startsWith('Spørsmål 1'));
    expect(await page.$(`form[data-question="${first.id}"] .feedback`)).not.toBeNull();
    // One primary action at a time: the page's «Neste» steps back while questions are unanswered.
    const pagerNext = () => page.$eval('.pager [data-action="next"]', (b) => b.getAttribute('data-variant'));
    expect(await pagerNext()).toBe('secondary');
    await completePage(page, course);
    expect(await pagerNext()).toBe('primary');
    await page.browserContext().close();
  });
});
