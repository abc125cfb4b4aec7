import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { unzipToTemp } from '../support/unzip.ts';
import { startTestLrs, type TestLrs } from '../../lrs/test-lrs.ts';
import type { Statement } from '../../../src/tracking/xapi/types.ts';
import { VERB } from '../../lrs/vocabulary-check.ts';

export interface Harness {
  browser: Browser;
  server: StaticServer;
  lrs: TestLrs;
  close(): Promise<void>;
}

/** The BUILT zip, unzipped as an LMS would, served on one origin; the test LRS on another. */
export async function startHarness(zip: string): Promise<Harness> {
  const dir = await unzipToTemp(zip);
  const [browser, server, lrs] = await Promise.all([launchBrowser(), serveStatic(dir), startTestLrs()]);
  return {
    browser,
    server,
    lrs,
    async close() {
      await browser.close();
      await server.close();
      await lrs.close();
    },
  };
}

/** A test file's harness, with what every xAPI/cmi5 file wants of it. */
export interface FileHarness extends Harness {
  /** The course's launch URL with the LMS's query (tinCanQuery() or cmi5Launch().query). */
  launchUrl: (query: string) => string;
  /** What the LRS stored for one registration, in the order it came. */
  ofRegistration: (registration: string) => Promise<Statement[]>;
}

/** startHarness before the file's tests, closed after them. */
export function useHarness(zip: string): FileHarness {
  let live: Harness | undefined;
  const get = (): Harness => {
    if (!live) throw new Error('the harness starts in beforeAll: use it inside a test');
    return live;
  };
  beforeAll(async () => {
    live = await startHarness(zip);
  });
  afterAll(async () => {
    await live?.close();
  });
  return {
    get browser() {
      return get().browser;
    },
    get server() {
      return get().server;
    },
    get lrs() {
      return get().lrs;
    },
    close: () => get().close(),
    launchUrl: (query) => `${get().server.url}/index.html?${query}`,
    ofRegistration: async (registration) => (await get().lrs.stored()).filter((s) => s.context?.registration === registration),
  };
}

export interface CoursePage extends Page {
  errors: string[];
  origins: Set<string>;
}

/** Opens the launch URL in a page of `context`, recording page errors and every origin asked. */
export async function openCourse(context: BrowserContext, url: string): Promise<CoursePage> {
  const page = (await context.newPage()) as CoursePage;
  page.errors = [];
  page.origins = new Set();
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('request', (r) => page.origins.add(new URL(r.url()).origin));
  await page.goto(url);
  return page;
}

/** Runs `fn` while the test LRS refuses every request (as if the network were down), and lets it answer again after, whatever happens. */
export async function withLrsDown<T>(lrs: TestLrs, fn: () => Promise<T>): Promise<T> {
  lrs.down = true;
  try {
    return await fn();
  } finally {
    lrs.down = false;
  }
}

/** Ids of the statements waiting in the device's outbox (localStorage), answers only when `verb` is given. */
export function queuedStatements(page: Page, verb?: string): Promise<string[]> {
  return page.evaluate(
    (v) =>
      Object.keys(localStorage)
        .filter((k) => k.includes('xapi-outbox') && !k.endsWith('state-mirror'))
        .flatMap((k) => (JSON.parse(localStorage.getItem(k) ?? '{}') as { items?: { id: string; verb: { id: string } }[] }).items ?? [])
        .filter((s) => !v || s.verb.id === v)
        .map((s) => s.id),
    verb,
  );
}

export async function waitSaved(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-save-status="saved"]', { timeout });
}

/** The verb's name by its FULL IRI (test/lrs/vocabulary-check.ts); an unknown IRI comes back whole, so it never passes for a known verb. */
export const verbOf = (s: Statement): string => Object.entries(VERB).find(([, id]) => id === s.verb.id)?.[0] ?? s.verb.id;

/** What the device keeps in localStorage for this origin, as one string. */
export async function deviceStorage(page: Page): Promise<string> {
  return page.evaluate(() => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k) ?? ''}`).join('\n'));
}

/** Problems when a stored statement uses a verb, activity, extension or category the tracking sheet does not list. */
export function notInSheet(sheet: string, statements: Statement[], root: string): string[] {
  const out = new Set<string>();
  const has = (iri: string) => sheet.includes(`\`${iri}\``);
  for (const s of statements) {
    if (!has(s.verb.id)) out.add(`verb ${s.verb.id}`);
    if (s.object.id !== root && !has(s.object.id)) out.add(`activity ${s.object.id}`);
    if (s.object.definition?.type && !has(s.object.definition.type)) out.add(`type ${s.object.definition.type}`);
    for (const k of Object.keys(s.context?.extensions ?? {})) if (!has(k)) out.add(`context extension ${k}`);
    for (const k of Object.keys(s.result?.extensions ?? {})) if (!sheet.includes(k)) out.add(`result extension ${k}`);
    for (const c of s.context?.contextActivities?.category ?? []) if (!has(c.id)) out.add(`category ${c.id}`);
  }
  return [...out];
}
export const ids = (list: Statement[]) => list.map((s) => s.id);
