import { readFile } from 'node:fs/promises';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspPolicy, LRS_ORIGIN, policyIn } from '../../../packaging/csp.ts';
import { TARGETS, type Target } from '../../../packaging/targets.ts';
import { catalogue } from '../../../src/errors/catalogue.ts';
import { errorMessageAll } from '../../../src/errors/learner-messages-all.ts';
import { startTestLrs, type TestLrs } from '../../lrs/test-lrs.ts';
import { lmsHandler } from '../scorm/lms-harness.ts';
import { courseFrame, lmsUrl } from '../scorm/scorm-lms.ts';
import { launchBrowser } from '../support/browser.ts';
import { next, startCourse } from '../support/course-driver.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { inlineStyleHashes } from '../support/style-hashes.ts';
import { unzipToTemp } from '../support/unzip.ts';

/**
 * Every BUILT package (dist/web and each zip, unpacked) served with a Content-Security-Policy
 * header, in Chromium: under the policy the build wrote for it (dist/<slug>-<target>-csp.txt)
 * the course starts with zero violations; under a policy that blocks its script the loading
 * screen says what is wrong; where the script runs but something else is blocked, the page says so.
 */
const SLUG = 'god-ledelse-i-staten';


interface Opened {
  page: Page;
  /** The course's document: the page, or the LMS's iframe for SCORM. */
  course: Page | Frame;
  /** Violations reported in any frame (the course's listener and Chromium's console). */
  violations: string[];
}

let browser: Browser;
let lrs: TestLrs;
const dirs = new Map<Target, string>();
const servers: StaticServer[] = [];

beforeAll(async () => {
  [browser, lrs] = await Promise.all([launchBrowser(), startTestLrs()]);
  for (const target of TARGETS) dirs.set(target, target === 'web' ? 'dist/web' : await unzipToTemp(`dist/${SLUG}-${target}.zip`));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await browser.close();
  await lrs.close();
});

async function serve(target: Target, policy: string): Promise<StaticServer> {
  const dir = dirs.get(target);
  if (!dir) throw new Error(`no package for ${target}`);
  // The simulated LMS page (SCORM) has no policy: it is the LMS's page, not ours.
  const server = await serveStatic(dir, target.startsWith('scorm') ? [lmsHandler(process.cwd())] : [], { headers: { 'content-security-policy': policy } });
  servers.push(server);
  return server;
}

async function open(target: Target, server: StaticServer): Promise<Opened> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  await page.exposeFunction('__reportViolation', (v: string) => void violations.push(v));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { __reportViolation: (v: string) => Promise<void> }).__reportViolation(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI}`);
    });
  });
  const url =
    target === 'web' ? `${server.url}/index.html`
    : target === 'scorm12' ? lmsUrl(server.url, '12')
    : target === 'scorm2004' ? lmsUrl(server.url, '2004')
    : target === 'xapi' ? `${server.url}/index.html?${lrs.tinCanQuery()}`
    : `${server.url}/index.html?${lrs.cmi5Launch().query}`;
  await page.goto(url);
  if (!target.startsWith('scorm')) return { page, course: page, violations };
  const handle = await page.waitForSelector('#sco');
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no course frame');
  return { page, course: frame, violations };
}

describe('strict Content-Security-Policy', () => {
  it.each(TARGETS.map((t) => [t]))('%s: runs under the policy the build wrote for it, with zero violations', async (target) => {
    const file = await readFile(`dist/${SLUG}-${target}-csp.txt`, 'utf8');
    const policy = policyIn(file).replace(LRS_ORIGIN, lrs.url);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(policyIn(file)).toBe(cspPolicy(target, inlineStyleHashes(await readFile(`${dirs.get(target) ?? ''}/index.html`, 'utf8'))));
    const { page, course, violations } = await open(target, await serve(target, policy));
    if (target.startsWith('scorm')) await courseFrame(page);
    await startCourse(course);
    await next(course);
    await course.waitForSelector('[data-save-status="saved"]', { timeout: 30_000 });
    expect(await course.$('.policy-problem')).toBeNull();
    expect(violations).toEqual([]);
    await page.browserContext().close();
  });

  it('all five: a policy that blocks the script turns the loading screen into a message that says so', async () => {
    const blocked = "default-src 'self'; script-src 'none'";
    const opened = await Promise.all(TARGETS.map(async (target) => open(target, await serve(target, blocked))));
    const expected = errorMessageAll('SCRIPT_BLOCKED').map(({ locale, message }) => ({ lang: locale === 'nb' ? '' : locale, text: `${message.what} ${message.todo}` }));
    for (const { course, violations } of opened) {
      await course.waitForSelector('.boot-stuck', { visible: true, timeout: 30_000 });
      expect(await course.$$eval('.boot-stuck p', (ps) => ps.map((p) => ({ lang: p.getAttribute('lang') ?? '', text: p.textContent })))).toEqual(expected);
      expect(violations.length).toBeGreaterThan(0);
    }
    await Promise.all(opened.map((o) => o.page.browserContext().close()));
  });

  it('the loading screen keeps its message hidden while the script is allowed, also after the delay', async () => {
    const { page, course } = await open('web', await serve('web', cspPolicy('web', inlineStyleHashes(await readFile('dist/web/index.html', 'utf8')))));
    await course.waitForSelector('[data-action="start"]');
    await new Promise((ok) => setTimeout(ok, 11_000));
    expect(await course.$('.boot-stuck')).toBeNull();
    await page.browserContext().close();
  });

  it('script allowed but the lessons blocked: the page names what the policy stopped instead of hanging', async () => {
    // Same origin, but only /assets/ for scripts (CSP path matching; any port): course-data.js is refused.
    const { page, course, violations } = await open('web', await serve('web', "default-src 'self'; script-src http://127.0.0.1:*/assets/"));
    await course.waitForSelector('.policy-problem', { visible: true, timeout: 30_000 });
    const text = await course.$eval('.policy-problem', (el) => el.textContent);
    expect(text).toContain(catalogue.POLICY_BLOCKED.what);
    expect(text).toContain('course-data.js');
    expect(violations.some((v) => v.includes('course-data.js'))).toBe(true);
    await page.browserContext().close();
  });
});
