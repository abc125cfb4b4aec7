import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPreviewServer } from '../../../packaging/lms-preview/preview-server.ts';
import { launchBrowser } from '../support/browser.ts';
import { appReady, currentPage, startCourse, walkCourse } from '../support/course-driver.ts';
import { leaveCourse } from '../support/leave-course.ts';

/** `npm run preview:lms`: the simulated LMS page works, logs calls, and relaunch resumes the attempt. */
let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  browser = await launchBrowser();
  server = createPreviewServer(process.cwd());
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser.close();
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

async function course(page: Page): Promise<Frame> {
  await page.waitForFunction(() => document.querySelector('#sco')?.getAttribute('src'));
  const src = await page.$eval('#sco', (f) => f.getAttribute('src'));
  for (let i = 0; i < 50; i += 1) {
    const frame = page.frames().find((f) => src && f.url().endsWith(src));
    if (frame && (await frame.$('[data-action="start"]'))) {
      // The start page is prerendered into index.html; what it says to a resuming learner is the app's.
      await appReady(frame);
      return frame;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('course frame did not load');
}

describe.each(['12', '2004'])('LMS preview, SCORM %s', (v) => {
  it('logs every API call, shows the data model, and relaunch resumes where the learner left', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/?v=${v}`);
    let frame = await course(page);
    await startCourse(frame);
    await walkCourse(frame, { maxPages: 3 });
    const stoppedAt = await currentPage(frame);
    await leaveCourse(frame);
    await page.waitForFunction((finish) => [...document.querySelectorAll('#calls tr')].some((r) => r.textContent.startsWith(finish)), {}, v === '12' ? 'LMSFinish' : 'Terminate');
    const rows = await page.$$eval('#calls tr', (trs) => trs.map((r) => r.textContent));
    expect(rows.some((r) => r.includes(v === '12' ? 'cmi.core.lesson_location' : 'cmi.location'))).toBe(true);
    expect(await page.$eval('#cmi', (p) => p.textContent)).toContain(stoppedAt ?? '—');

    // Relaunch: a new LMS session with the stored data; the course resumes.
    await page.click('#relaunch');
    frame = await course(page);
    expect(await frame.$eval('[data-action="start"]', (b) => b.textContent)).toBe('Fortsett der du slapp');
    await startCourse(frame);
    expect(await currentPage(frame)).toBe(stoppedAt);

    // A page reload keeps the simulated LMS's data (localStorage) too.
    await page.reload();
    frame = await course(page);
    expect(await page.$eval('#state', (s) => s.textContent)).toBe('resuming the saved attempt');
    expect(await frame.$eval('[data-action="start"]', (b) => b.textContent)).toBe('Fortsett der du slapp');
    await startCourse(frame);
    expect(await currentPage(frame)).toBe(stoppedAt);

    // Reset: a new attempt from the beginning.
    await page.click('#reset');
    frame = await course(page);
    expect(await page.$eval('#state', (s) => s.textContent)).toBe('new attempt');
    expect(await frame.$eval('[data-action="start"]', (b) => b.textContent)).not.toBe('Fortsett der du slapp');
    expect(errors).toEqual([]);
    await context.close();
  });
});
