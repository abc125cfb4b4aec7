import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Course, Question } from '../../../course/schema/index.ts';
import { verifies } from '../../../src/accessibility/checks.ts';
import { emulateForcedColors, pageWith, waitForPage } from '../support/a11y.ts';
import { contrast } from '../support/contrast.ts';
import { courseData, fillQuestion, showQuestion } from '../support/course-driver.ts';
import { useBrowserAndServer } from '../support/harness.ts';

/** Issue 11, items 1–3: checking an answer, seeing its state, and handing in the final test. */
const h = useBrowserAndServer('dist/web');

async function open(): Promise<Page> {
  const context = await h.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  await page.goto(`${h.server.url}/index.html`);
  await page.waitForFunction(() => !!window.__COURSE__);
  return page;
}

type Choice = Extract<Question, { kind: 'single' | 'multiple' }>;

/** The first lesson question matching `fits`, and the page it is on. */
function lessonQuestion(course: Course, fits: (q: Choice) => boolean): { q: Choice; pageId: string } {
  for (const l of course.lessons) {
    for (const p of l.pages) {
      for (const b of p.blocks) if (b.kind === 'question' && b.question.kind !== 'ordering' && fits(b.question)) return { q: b.question, pageId: p.id };
    }
  }
  throw new Error('no such lesson question');
}

async function goTo(page: Page, pageId: string): Promise<void> {
  await page.goto(`${h.server.url}/index.html#/side/${pageId}`);
  await waitForPage(page, pageId);
}

const active = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return { cls: el?.className ?? '', form: el?.closest('form')?.getAttribute('data-question') ?? null, tag: el?.tagName ?? '', value: el?.getAttribute('value') ?? null };
});

describe('checking an answer (issue 11 #1)', () => {
  it(verifies('focus-after-check'), async () => {
    const page = await open();
    const course = await courseData(page);
    const { q, pageId } = lessonQuestion(course, (x) => x.kind === 'single');
    const wrong = q.options.find((o) => !o.correct);
    const right = q.options.find((o) => o.correct);
    if (!wrong || !right) throw new Error('question without a wrong and a right option');
    await goTo(page, pageId);
    const form = `form[data-question="${q.id}"]`;
    await page.click(`${form} input[value="${wrong.id}"]`);
    await page.click(`${form} [data-action="check"]`);
    await page.waitForSelector(`${form} .feedback`);
    await page.waitForFunction((f) => document.activeElement?.matches(`${f} .feedback`) ?? false, { timeout: 5000 }, form);
    // The focused feedback says the verdict and reads each relevant option with its explanation.
    const handle = await page.$(`${form} .feedback`);
    if (!handle) throw new Error('no feedback');
    const node = await page.accessibility.snapshot({ root: handle, interestingOnly: false });
    expect(node?.name).toBe('Ikke riktig.');
    expect(node?.description).toContain(wrong.feedback.nb);
    expect(node?.description).toContain(right.feedback.nb);
    // Each option with a state is tied to its own explanation, and stays reachable by Tab.
    for (const option of [wrong, right]) {
      const described = await page.$eval(`${form} input[value="${option.id}"]`, (input) => (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
      expect(described).toContain(option.feedback.nb);
    }
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await active(page)).toMatchObject({ form: q.id, tag: 'INPUT', value: wrong.id });
    // Checked is read-only: arrow keys do not change the answer.
    await page.keyboard.press('ArrowDown');
    expect(await page.$eval(`${form} input[value="${wrong.id}"]`, (i) => (i).checked)).toBe(true);
    // «Prøv igjen» hands focus back to the options.
    await page.click(`${form} [data-action="try-again"]`);
    await page.waitForFunction((f) => document.activeElement?.matches(`${f} input`) ?? false, { timeout: 5000 }, form);
    expect(await active(page)).toMatchObject({ form: q.id, tag: 'INPUT', value: wrong.id });
    await page.browserContext().close();
  });
});

describe('answer states (issue 11 #2)', () => {
  it(verifies('answer-states'), async () => {
    const page = await open();
    const course = await courseData(page);
    const { q, pageId } = lessonQuestion(course, (x) => x.kind === 'multiple' && x.options.filter((o) => o.correct).length >= 2 && x.options.some((o) => !o.correct));
    const [chosenRight, missed] = q.options.filter((o) => o.correct);
    const chosenWrong = q.options.find((o) => !o.correct);
    if (!chosenRight || !missed || !chosenWrong) throw new Error('unexpected question');
    await goTo(page, pageId);
    const form = `form[data-question="${q.id}"]`;
    await showQuestion(page, form); // one knowledge check at a time (issue 12)
    await page.click(`${form} input[value="${chosenRight.id}"]`);
    await page.click(`${form} input[value="${chosenWrong.id}"]`);
    await page.click(`${form} [data-action="check"]`);
    await page.waitForSelector(`${form} .feedback`);
    // Every right option not chosen is "missed" (a question may have more than two right options).
    const states = Object.fromEntries(q.options.flatMap((o) => (o.id === chosenRight.id ? [[o.id, 'chosen-right']] : o.id === chosenWrong.id ? [[o.id, 'chosen-wrong']] : o.correct ? [[o.id, 'missed']] : [])));
    const look = () => page.$$eval(`${form} li.option[data-state]`, (lis) => lis.map((li) => {
      const s = getComputedStyle(li);
      const stateText = li.querySelector('.option-state');
      const input = li.querySelector('input');
      return {
        state: li.getAttribute('data-state') ?? '',
        option: input?.value ?? '',
        border: s.borderTopStyle,
        borderColor: s.borderTopColor,
        background: s.backgroundColor,
        page: getComputedStyle(document.documentElement).backgroundColor,
        word: stateText ? (stateText as HTMLElement).innerText.trim() : '',
        wordColor: stateText ? getComputedStyle(stateText).color : '',
        disabled: input?.disabled ?? true,
        accent: input ? getComputedStyle(input).accentColor : '',
      };
    }));
    const shown = await look();
    expect(Object.fromEntries(shown.map((x) => [x.option, x.state]))).toEqual(states);
    expect(Object.fromEntries(shown.map((x) => [x.state, x.word]))).toEqual({ 'chosen-right': '✓ Ditt svar – riktig', 'chosen-wrong': '✗ Ditt svar – ikke riktig', missed: '✓ Riktig svar' });
    // One shape per state, and none rests on a faint tint: each border ≥ 3:1 against both sides (WCAG 1.4.11).
    expect(new Set(shown.map((x) => x.border)).size).toBe(3);
    for (const x of shown) {
      expect(contrast(x.borderColor, x.page), `${x.state} border vs page`).toBeGreaterThanOrEqual(3);
      if (!x.background.endsWith(', 0)')) expect(contrast(x.borderColor, x.background), `${x.state} border vs its tint`).toBeGreaterThanOrEqual(3);
      const behind = x.background.endsWith(', 0)') ? x.page : x.background;
      expect(contrast(x.wordColor, behind), `${x.state} word`).toBeGreaterThanOrEqual(4.5);
      // The learner's own choice is not greyed out as a disabled control.
      expect(x.disabled).toBe(false);
      expect(contrast(x.accent, x.page), `${x.state} control`).toBeGreaterThanOrEqual(3);
    }
    // Forced colours drop tints; shapes, icons and words remain.
    await emulateForcedColors(page);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const forced = await look();
    expect(new Set(forced.map((x) => x.border)).size).toBe(3);
    for (const x of forced) {
      expect(x.border).not.toBe('none');
      expect(contrast(x.borderColor, x.page), `${x.state} border in forced colours`).toBeGreaterThanOrEqual(3);
      expect(x.word).not.toBe('');
    }
    await page.browserContext().close();
  });
});

describe('handing in the final test too early (issue 11 #3)', () => {
  it(verifies('first-unanswered'), async () => {
    const page = await open();
    const course = await courseData(page);
    const { page: test } = pageWith(course, 'assessment');
    const bank = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'assessment' ? b.bank : []))));
    await goTo(page, test.id);
    await page.click('[data-action="start-attempt"]');
    await page.waitForSelector('[data-action="submit-attempt"]');
    const ids = await page.$$eval('[data-assessment] form[data-question]', (forms) => forms.map((f) => f.getAttribute('data-question') ?? ''));
    const skipped = [ids[3], ids[6]];
    for (const id of ids) {
      const q = bank.find((b) => b.id === id);
      if (!q || skipped.includes(id)) continue;
      if (q.kind === 'ordering') await page.click(`form[data-question="${id}"] li[data-item] [data-action="down"]`);
      else await fillQuestion(page, q, true);
    }
    await page.click('[data-action="submit-attempt"]');
    // Focus goes to the first question left, which (like every one left) says it is not answered.
    await page.waitForFunction((id) => document.activeElement?.closest('form')?.getAttribute('data-question') === id, { timeout: 5000 }, skipped[0]);
    expect(await page.$$eval('form[data-missing="true"]', (f) => f.map((x) => x.getAttribute('data-question')))).toEqual(skipped);
    const describedBy = await page.$eval(`form[data-question="${skipped[0] ?? ''}"] fieldset`, (fs) => (fs.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    expect(describedBy).toContain('Du har ikke svart på dette spørsmålet.');
    expect(await page.$eval('[role="alert"][data-unanswered]', (e) => e.textContent)).toContain('Svar på alle spørsmålene først (2 gjenstår).');
    // The link in the message goes there again from anywhere.
    await page.focus('[data-action="submit-attempt"]');
    await page.click('[data-action="first-unanswered"]');
    expect(await page.evaluate(() => document.activeElement?.closest('form')?.getAttribute('data-question'))).toBe(skipped[0]);
    expect(await page.$eval('[data-action="first-unanswered"]', (b) => b.textContent)).toBe('Gå til spørsmål 4, det første du ikke har svart på');
    await page.browserContext().close();
  });
});
