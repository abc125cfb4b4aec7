import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../../src/tracking/xapi/types.ts';
import { launchBrowser } from '../support/browser.ts';
import { next, startCourse, type Target } from '../support/course-driver.ts';
import { leaveCourse } from '../support/leave-course.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { unzipToTemp } from '../support/unzip.ts';
import { lmsHandler, type LmsVersion } from '../scorm/lms-harness.ts';
import { courseFrame, lmsUrl, readLms } from '../scorm/scorm-lms.ts';
import { openCourse, startHarness, type Harness } from '../xapi/harness.ts';

/**
 * Two learners, one computer, one browser profile (so one localStorage): each sees only their
 * own reflection texts, and a learner coming back gets theirs again. Before, the texts were
 * kept per course, and learner B's reflection page (and action plan) showed learner A's text.
 */
const SLUG = 'god-ledelse-i-staten';
const REFLECTION = 'textarea[data-reflection]';

/** From the start page to the first page with a reflection (pages are not gated). */
async function toReflectionPage(t: Target): Promise<void> {
  await startCourse(t);
  for (let i = 0; i < 40 && !(await t.$(REFLECTION)); i += 1) {
    if (!(await next(t))) break;
  }
  await t.waitForSelector(REFLECTION);
}

async function write(t: Target, text: string): Promise<void> {
  await t.locator(REFLECTION).fill(text);
  await t.$eval(REFLECTION, (el) => (el).blur());
}

const reflectionText = (t: Target) => t.$eval(REFLECTION, (el) => (el).value);

describe.each<LmsVersion>(['12', '2004'])('SCORM %s: reflections on a shared computer', (v) => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(await unzipToTemp(`dist/${SLUG}-scorm${v}.zip`), [lmsHandler(process.cwd())]);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  /** The LMS's launch data for a learner (the LMS sets the learner id; a resume also brings suspend_data). */
  const init = (learner: string, resume?: { suspend: string; location: string }) => {
    if (v === '12') return { core: { student_id: learner, student_name: learner, ...(resume ? { entry: 'resume', lesson_location: resume.location } : {}) }, ...(resume ? { suspend_data: resume.suspend } : {}) };
    return { learner_id: learner, learner_name: learner, ...(resume ? { entry: 'resume', location: resume.location, suspend_data: resume.suspend } : {}) };
  };

  async function launch(context: BrowserContext, data: unknown): Promise<{ page: Page; frame: Frame }> {
    const page = await context.newPage();
    await page.goto(lmsUrl(server.url, v, data));
    return { page, frame: await courseFrame(page) };
  }

  /** Ends the session with «Avslutt» and returns what the LMS kept. */
  async function exit(page: Page, frame: Frame): Promise<{ suspend: string; location: string }> {
    await leaveCourse(frame);
    await page.waitForFunction(() => (window as unknown as { __calls: { method: string }[] }).__calls.some((c) => c.method === 'LMSFinish' || c.method === 'Terminate'));
    const commits = (await readLms(page)).commits;
    const last = commits.at(-1);
    if (!last) throw new Error('the LMS got no commit');
    await page.close();
    return last;
  }

  it('learner B never sees learner A\'s reflection; A gets it back on resume', async () => {
    const context = await browser.createBrowserContext(); // one profile for both learners
    const a = await launch(context, init('ola'));
    await toReflectionPage(a.frame);
    await write(a.frame, 'Olas private tanke');
    const saved = await exit(a.page, a.frame);

    const b = await launch(context, init('kari'));
    await toReflectionPage(b.frame);
    expect(await reflectionText(b.frame)).toBe('');
    await write(b.frame, 'Karis tanke');
    await exit(b.page, b.frame);

    const again = await launch(context, init('ola', saved));
    await startCourse(again.frame);
    await again.frame.waitForSelector(REFLECTION);
    expect(await reflectionText(again.frame)).toBe('Olas private tanke');
    await context.close();
  });
});

describe('xAPI: reflections on a shared computer', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(`dist/${SLUG}-xapi.zip`);
  });
  afterAll(async () => {
    await h.close();
  });

  const ola: Agent = { objectType: 'Agent', name: 'Ola Nordmann', mbox: 'mailto:ola@etat.example' };
  const kari: Agent = { objectType: 'Agent', name: 'Kari Nordmann', mbox: 'mailto:kari@etat.example' };
  const url = (actor: Agent, registration: string) => `${h.server.url}/index.html?${h.lrs.tinCanQuery({ actor, registration })}`;

  it('learner B never sees learner A\'s reflection; A gets it back on the next launch; no e-mail address in storage keys', async () => {
    const context = await h.browser.createBrowserContext();
    const olaRegistration = randomUUID();
    const a = await openCourse(context, url(ola, olaRegistration));
    await toReflectionPage(a);
    await write(a, 'Olas private tanke');
    await leaveCourse(a);
    await a.waitForSelector('main[data-screen="exited"]');
    await a.close();

    const b = await openCourse(context, url(kari, randomUUID()));
    await toReflectionPage(b);
    expect(await reflectionText(b)).toBe('');
    const keys = await b.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((k) => k.includes('reflections'))).toHaveLength(1);
    expect(keys.join(' ')).not.toMatch(/ola@|kari@|etat\.example/);
    await b.close();

    const again = await openCourse(context, url(ola, olaRegistration));
    await startCourse(again); // resumes at the bookmark, the reflection page
    await again.waitForSelector(REFLECTION);
    expect(await reflectionText(again)).toBe('Olas private tanke');
    expect(again.errors).toEqual([]);
    await again.close();
    await context.close();
  });
});
