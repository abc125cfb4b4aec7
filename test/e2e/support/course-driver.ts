import type { Frame, Page } from 'puppeteer-core';
import type { ActionPlanBlock, Course, Question, Scenario, SelfAssessmentBlock } from '../../../course/schema/index.ts';
import { correctResponse } from '../../../src/state/scoring.ts';
import { afterPaintEffects } from './a11y.ts';

/**
 * Drives the BUILT player like a learner, in a page or an LMS iframe. It reads the course from
 * window.__COURSE__ (the same data the player renders) to know which answers are right.
 */
export type Target = Page | Frame;

export interface WalkOptions {
  /** Lesson questions: answer right or wrong. */
  answers?: 'right' | 'wrong';
  /** Final assessment: pass (all right) or fail (all wrong). */
  assessment?: 'pass' | 'fail';
  /** Scenario strategy: take the strongest or the weakest choice at each step. */
  scenarios?: 'strong' | 'weak';
  /** Stop after this many page changes (to quit midway). */
  maxPages?: number;
  /** Drive with the mouse (clicks) or the keyboard alone (Tab, Enter, Space, arrows). */
  input?: Input;
}

export type Input = 'mouse' | 'keyboard';

/** Tab (forwards) until the focused element matches `selector`. Bounded, so a focus trap fails the test. */
async function tabTo(t: Target, selector: string): Promise<void> {
  const page = 'keyboard' in t ? t : t.page();
  for (let i = 0; i < 400; i += 1) {
    if (await t.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/**
 * How long a keyboard action keeps trying when the control was re-rendered between being found
 * and being pressed (the player re-renders often: save status, timers; a loaded machine widens
 * every gap between two driver steps). Bounded by time, like Puppeteer's locators, not by a
 * count that a long burst of re-renders could use up.
 */
const KEY_RETRY_MS = 15_000;
const KEY_RETRY_PAUSE_MS = 50;

declare global {
  interface Window {
    /** Test-only: tells the driver whether its key press activated the control (see armClickProbe). */
    __driverProbe?: { id: number; selector: string; hit: boolean };
  }
}

let probes = 0;

/** Arms a one-shot check in the page: did the next click (a key press activates with one) reach an element matching `selector`? */
async function armClickProbe(t: Target, selector: string): Promise<number> {
  const id = (probes += 1);
  await t.evaluate(
    (sel, probeId) => {
      // One capturing listener per document; each action replaces the probe it reports to.
      if (!window.__driverProbe) {
        document.addEventListener(
          'click',
          (event) => {
            const probe = window.__driverProbe;
            if (probe && event.target instanceof Element && event.target.closest(probe.selector)) probe.hit = true;
          },
          true,
        );
      }
      window.__driverProbe = { id: probeId, selector: sel, hit: false };
    },
    selector,
    id,
  );
  return id;
}

async function probeHit(t: Target, id: number): Promise<boolean> {
  try {
    return await t.evaluate((probeId) => window.__driverProbe?.id === probeId && window.__driverProbe.hit, id);
  } catch {
    // The page navigated away (e.g. the LMS took the learner back): only our press can have caused that.
    return true;
  }
}

/**
 * Mouse: Puppeteer's locator finds the element, waits until it is in view, enabled and holds
 * still for two frames, clicks, and starts over from the selector when the element was
 * re-rendered (detached) on the way, so "Node is detached" cannot happen between find and click.
 * Keyboard: Tab to it and press; a probe in the page checks that the press activated an element
 * matching the selector (a re-render in between sends the key to <body>), else it tries again.
 * A press that did land is never repeated, so a toggle is never toggled twice.
 */
export async function activate(t: Target, selector: string, input: Input = 'mouse'): Promise<void> {
  if (input === 'mouse') return t.locator(selector).click();
  const page = 'keyboard' in t ? t : t.page();
  const deadline = Date.now() + KEY_RETRY_MS;
  for (;;) {
    const radio = await t.$eval(selector, (el) => (el instanceof HTMLInputElement && el.type === 'radio' ? el.name : null));
    if (radio) {
      // Arrow keys select within a radio group; selecting is idempotent, so check the result and go again if needed.
      await tabTo(t, `input[type="radio"][name="${radio}"]`);
      for (let i = 0; i < 20 && !(await t.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)); i += 1) await page.keyboard.press('ArrowDown');
      if (!(await t.$eval(selector, (el) => (el as HTMLInputElement).checked))) await page.keyboard.press('Space');
      if (await t.$eval(selector, (el) => (el as HTMLInputElement).checked)) return;
    } else {
      await tabTo(t, selector);
      const checkbox = await t.$eval(selector, (el) => el instanceof HTMLInputElement && el.type === 'checkbox');
      const probe = await armClickProbe(t, selector);
      await page.keyboard.press(checkbox ? 'Space' : 'Enter');
      if (await probeHit(t, probe)) return;
    }
    if (Date.now() > deadline) throw new Error(`${selector}: no key press reached it within ${KEY_RETRY_MS / 1000} s (re-rendered each time?)`);
    await new Promise((ok) => setTimeout(ok, KEY_RETRY_PAUSE_MS));
  }
}

export async function courseData(t: Target): Promise<Course> {
  // The lessons are fetched once the start page is painted (issue 12), so they may still be on their way.
  await t.waitForFunction(() => '__COURSE__' in window, { timeout: 30_000 }).catch(() => undefined);
  const course = await t.evaluate(() => window.__COURSE__);
  if (!course) throw new Error('window.__COURSE__ is missing');
  return course;
}

/**
 * Waits until the app has taken over from the start page prerendered into index.html
 * (packaging/prerender-start.ts): the lessons are in and the app's menu shows. Before that the
 * start page is the build's bokmål one for a new learner, whatever is saved; read what the
 * learner sees (e.g. «Fortsett der du slapp») only after this.
 */
export async function appReady(t: Target): Promise<void> {
  await courseData(t);
  await t.waitForSelector('header [data-action="contents"]', { visible: true });
}

/** What the page shows, for a failure message: where a press on Start went when no page came. */
export function pageState(t: Target): Promise<string> {
  return t
    .evaluate(() =>
      JSON.stringify({
        hash: location.hash,
        screen: document.querySelector('main')?.getAttribute('data-screen') ?? null,
        startBusy: document.querySelector('[data-action="start"]')?.getAttribute('aria-busy') ?? null,
        lessonsIn: '__COURSE__' in window,
        packs: Object.keys((window as unknown as { __COURSE_LANGUAGE_PACKS__?: object }).__COURSE_LANGUAGE_PACKS__ ?? {}),
        lang: document.documentElement.lang,
        notices: Array.from(document.querySelectorAll('[data-notice], [role="alert"]')).map((n) => `${n.getAttribute('data-notice') ?? ''} ${n.textContent.slice(0, 120)}`),
        save: document.querySelector('[data-save-status]')?.getAttribute('data-save-status') ?? null,
      }),
    )
    .catch((error: unknown) => `(page not readable: ${String(error)})`);
}

export async function startCourse(t: Target, input: Input = 'mouse'): Promise<void> {
  await t.waitForSelector('[data-action="start"]', { visible: true });
  await activate(t, '[data-action="start"]', input);
  // The first page comes once the launch is done: against an LRS that is several round trips, each
  // allowed 15 s (cmi5-tracker.ts), so on a loaded machine this waits longer than puppeteer's 30 s.
  // A press that leads nowhere is a bug to find, not to retry: say what the page showed.
  await t.waitForSelector('main[data-page]', { timeout: 60_000 }).catch(async (error: unknown) => {
    throw new Error(`Start was pressed but no course page came: ${await pageState(t)}`, { cause: error });
  });
  // The app may still be settling (after-paint effects: title, hand-over): let that happen before the next step.
  await afterPaintEffects(t);
}

/**
 * After a reload the hash route (`#/side/<id>`) reopens the page the learner was on, without the
 * start screen; a fresh launch shows the start screen. Handles both: clicks «Start» only when it
 * is there, and returns whether it did.
 */
export async function startOrContinue(t: Target, input: Input = 'mouse'): Promise<boolean> {
  // The first start page (prerendered, then boot.tsx) shows before the lessons arrive; only the app knows the route.
  await appReady(t);
  const shown = await t.waitForSelector('[data-action="start"], main[data-page]', { visible: true });
  const isStart = await shown?.evaluate((e) => e.matches('[data-action="start"]'));
  if (!isStart) return false;
  await activate(t, '[data-action="start"]', input);
  await t.waitForSelector('main[data-page]');
  return true;
}

export async function currentPage(t: Target): Promise<string | null> {
  return t.$eval('main', (m) => m.getAttribute('data-page'));
}

async function waitForPageChange(t: Target, from: string | null): Promise<void> {
  await t.waitForFunction((prev) => document.querySelector('main')?.getAttribute('data-page') !== prev || document.querySelector('main')?.getAttribute('data-screen') !== 'page', {}, from);
}

/** Clicks "Neste". Returns false on the last page (which leads to the summary). */
export async function next(t: Target, input: Input = 'mouse'): Promise<boolean> {
  const from = await currentPage(t);
  await activate(t, '[data-action="next"]', input);
  await waitForPageChange(t, from);
  return (await currentPage(t)) !== null;
}

function wrongResponse(q: Question): string[] | null {
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const wrong = q.options.find((o) => !o.correct);
      return wrong ? [wrong.id] : null;
    }
    case 'ordering':
      return null; // the player's starting order is never the right one
    default:
      return q satisfies never;
  }
}

/** Puts the learner's response into a question form (clicks, never sets values directly). */
export async function fillQuestion(t: Target, q: Question, right: boolean, input: Input = 'mouse'): Promise<void> {
  const form = `form[data-question="${q.id}"]`;
  await showQuestion(t, form, input);
  if (q.kind === 'ordering') {
    const target = right ? correctResponse(q) : null;
    if (!target) return;
    for (let i = 0; i < target.length; i += 1) {
      // Move the item that belongs at position i up until it is there.
      for (;;) {
        const order = await t.$$eval(`${form} li[data-item]`, (lis) => lis.map((li) => li.getAttribute('data-item') ?? ''));
        const at = order.indexOf(target[i] ?? '');
        if (at <= i) break;
        await activate(t, `${form} li[data-item="${target[i]}"] [data-action="up"]`, input);
        await t.waitForFunction((f, id, pos) => [...document.querySelectorAll(`${f} li[data-item]`)].findIndex((li) => li.getAttribute('data-item') === id) === pos, {}, form, target[i], at - 1);
      }
    }
    return;
  }
  const response = right ? correctResponse(q) : (wrongResponse(q) ?? []);
  for (const id of response) await activate(t, `${form} input[value="${id}"]`, input);
}

/**
 * Several knowledge checks on a page show one at a time (question-steps.tsx): step with
 * «Neste spørsmål» / «Forrige spørsmål» until the question's form is on screen.
 */
export async function showQuestion(t: Target, form: string, input: Input = 'mouse'): Promise<void> {
  const step = () => t.$eval('[data-question-steps]', (e) => e.getAttribute('data-step')).catch(() => null);
  const press = async (action: 'prev-question' | 'next-question') => {
    const from = await step();
    await activate(t, `[data-action="${action}"]`, input);
    await t.waitForFunction((prev) => document.querySelector('[data-question-steps]')?.getAttribute('data-step') !== prev, {}, from);
  };
  if ((await t.$(form)) || (await step()) === null) return;
  // Back to the first question, then forwards until the form shows (bounded: a missing form fails below).
  while (await t.$('[data-action="prev-question"]')) await press('prev-question');
  for (let guard = 0; guard < 20 && !(await t.$(form)) && (await t.$('[data-action="next-question"]')); guard += 1) await press('next-question');
}

async function answerLessonQuestion(t: Target, q: Question, right: boolean, input: Input): Promise<void> {
  const form = `form[data-question="${q.id}"]`;
  await showQuestion(t, form, input);
  if (await t.$(`${form} .feedback`)) return; // already answered (resumed)
  await fillQuestion(t, q, right, input);
  await activate(t, `${form} [data-action="check"]`, input);
  await t.waitForSelector(`${form} .feedback`);
}

/**
 * Plays a scenario told as a story (scenario-block.tsx): at each situation take a choice, read
 * its consequence, press «Fortsett»; stop at the ending. Works from any scene (e.g. resumed).
 */
async function playScenario(t: Target, s: Scenario, strategy: 'strong' | 'weak', input: Input): Promise<void> {
  const root = `[data-scenario="${s.id}"]`;
  const rank = { strong: 0, partly: 1, weak: 2 } as const;
  const scene = () => t.$eval(root, (el) => {
    const node = el.querySelector('[data-node]')?.getAttribute('data-node');
    if (node) return `node:${node}`;
    const consequence = el.querySelector('[data-consequence]')?.getAttribute('data-consequence');
    if (consequence) return `consequence:${consequence}`;
    return el.querySelector('[data-ending]') ? 'ending' : 'unknown';
  });
  for (let guard = 0; guard < 50; guard += 1) {
    const now = await scene();
    if (now === 'ending') return;
    if (now.startsWith('consequence:')) await activate(t, `${root} [data-action="scenario-continue"]`, input);
    else if (now.startsWith('node:')) {
      const nodeId = now.slice('node:'.length);
      const node = s.nodes.find((n) => n.id === nodeId);
      if (node?.kind !== 'situation') throw new Error(`unknown scenario node ${nodeId}`);
      const sorted = [...node.choices].sort((a, b) => (strategy === 'strong' ? rank[a.rating] - rank[b.rating] : rank[b.rating] - rank[a.rating]));
      const choice = sorted[0];
      if (!choice) throw new Error(`no choices at ${nodeId}`);
      await activate(t, `${root} button[data-choice="${choice.id}"]`, input);
    } else throw new Error(`scenario ${s.id}: no situation, consequence or ending shown`);
    await t.waitForFunction(
      (r, prev) => {
        const el = document.querySelector(r);
        const node = el?.querySelector('[data-node]')?.getAttribute('data-node');
        const consequence = el?.querySelector('[data-consequence]')?.getAttribute('data-consequence');
        const at = node ? `node:${node}` : consequence ? `consequence:${consequence}` : el?.querySelector('[data-ending]') ? 'ending' : 'unknown';
        return at !== prev;
      },
      {},
      root,
      now,
    );
  }
  throw new Error(`scenario ${s.id} did not end`);
}

/** Answers an attempt: every question right (pass), every one wrong, or right where `pass(question)` says so. */
export async function takeAssessment(t: Target, course: Course, pass: boolean | ((q: Question) => boolean), input: Input = 'mouse'): Promise<void> {
  const startButton = (await t.$('[data-action="start-attempt"]')) ? '[data-action="start-attempt"]' : (await t.$('[data-action="retry"]')) ? '[data-action="retry"]' : null;
  if (startButton) {
    await activate(t, startButton, input);
    await t.waitForSelector('[data-action="submit-attempt"]');
  }
  const bank = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'assessment' ? b.bank : []))));
  const ids = await t.$$eval('[data-assessment] form[data-question]', (forms) => forms.map((f) => f.getAttribute('data-question') ?? ''));
  for (const id of ids) {
    const q = bank.find((b) => b.id === id);
    if (!q) throw new Error(`assessment question ${id} not in the bank`);
    const right = typeof pass === 'function' ? pass(q) : pass;
    if (q.kind === 'ordering' && !right) {
      // The starting order is wrong, but an ordering answer must be given: move one item once.
      await activate(t, `form[data-question="${id}"] li[data-item] [data-action="down"]`, input);
      const order = await t.$$eval(`form[data-question="${id}"] li[data-item]`, (lis) => lis.map((li) => li.getAttribute('data-item')));
      if (order.every((x, i) => x === correctResponse(q)[i])) await activate(t, `form[data-question="${id}"] li[data-item] [data-action="down"]`, input);
    } else await fillQuestion(t, q, right, input);
  }
  await activate(t, '[data-action="submit-attempt"]', input);
  await t.waitForSelector('[data-result]');
}

/** Rates every expectation of a self-assessment (the middle step), unless already rated (resumed). */
export async function rateSelf(t: Target, block: SelfAssessmentBlock, input: Input = 'mouse'): Promise<void> {
  const root = `[data-self-assessment="${block.id}"]`;
  const groups = await t.$$eval(`${root} fieldset[data-objective]`, (fs) => fs.map((f) => ({ id: f.getAttribute('data-objective') ?? '', rated: !!f.querySelector('input:checked') })));
  const step = Math.ceil(block.scale.length / 2);
  for (const g of groups) if (!g.rated) await activate(t, `${root} fieldset[data-objective="${g.id}"] input[value="${step}"]`, input);
}

/** Writes each part of a structured action plan that is still empty (typing, like a learner). */
export async function writePlan(t: Target, block: ActionPlanBlock): Promise<void> {
  for (const field of ['goal', 'firstStep', 'when', 'withWhom', 'evidence']) {
    const selector = `[data-action-plan="${block.id}"] textarea[data-plan-field="${field}"]`;
    if (!(await t.$eval(selector, (el) => (el as HTMLTextAreaElement).value))) await t.type(selector, `Min plan: ${field}.`);
  }
}

/** Does everything on the current page the options ask for. */
export async function completePage(t: Target, course: Course, options: WalkOptions = {}): Promise<void> {
  const input = options.input ?? 'mouse';
  const pageId = await currentPage(t);
  const page = course.lessons.flatMap((l) => l.pages).find((p) => p.id === pageId);
  if (!page) throw new Error(`page ${String(pageId)} not in the course`);
  for (const block of page.blocks) {
    switch (block.kind) {
      case 'question':
        await answerLessonQuestion(t, block.question, (options.answers ?? 'right') === 'right', input);
        break;
      case 'scenario':
        await playScenario(t, block.scenario, options.scenarios ?? 'strong', input);
        break;
      case 'reflection':
        if (!(await t.$eval(`textarea[data-reflection="${block.id}"]`, (el) => (el).value))) {
          // The locator types into the textarea and starts over (typing only what is missing) if it is re-rendered meanwhile.
          await t.locator(`textarea[data-reflection="${block.id}"]`).fill(`Mitt svar på ${block.id}.`);
          await t.$eval(`textarea[data-reflection="${block.id}"]`, (el) => (el).blur());
        }
        break;
      case 'assessment':
        if (options.assessment && !(await t.$('[data-result="passed"]'))) await takeAssessment(t, course, options.assessment === 'pass', input);
        break;
      case 'self-assessment':
        await rateSelf(t, block, input);
        break;
      case 'action-plan':
        await writePlan(t, block);
        break;
      case 'text':
      case 'quote':
      case 'key-points':
      case 'accordion':
      case 'cards':
      case 'steps':
      case 'model-figure':
        break;
      default:
        block satisfies never;
    }
  }
}

/** Opens every closed reveal card and accordion item on the page (issue 12's rich blocks); returns how many. */
export async function openDisclosures(t: Target): Promise<number> {
  const closed = await t.$$('button[aria-expanded="false"][data-card], button[aria-expanded="false"][data-accordion-item]');
  for (const toggle of closed) await toggle.click();
  return closed.length;
}

/** Walks from the current page to the summary (or maxPages), doing each page. Returns pages visited. */
export async function walkCourse(t: Target, options: WalkOptions = {}): Promise<string[]> {
  const course = await courseData(t);
  const seen: string[] = [];
  for (;;) {
    const id = await currentPage(t);
    if (!id) break;
    seen.push(id);
    await completePage(t, course, options);
    if (options.maxPages !== undefined && seen.length >= options.maxPages) break;
    if (!(await next(t, options.input))) break;
  }
  return seen;
}
