import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { next, startCourse, walkCourse } from '../support/course-driver.ts';
import { deviceStorage, notInSheet, openCourse, useHarness, verbOf, waitSaved } from './harness.ts';

const ZIP = 'dist/god-ledelse-i-staten-xapi.zip';
const SHEET = 'dist/god-ledelse-i-staten-xapi-tracking.md';
const COURSE_ID = 'https://kurs.ledelse.example/god-ledelse-i-staten';
const ACTOR = { objectType: 'Agent' as const, name: 'Kari Nordmann', mbox: 'mailto:kari@example.no' };

const h = useHarness(ZIP);
const { launchUrl, ofRegistration } = h;

const stateRequests = (from: number) => h.lrs.requests.slice(from).filter((r) => r.path.endsWith('/activities/state') && r.method === 'PUT');

describe('xAPI (Tin Can) against ADL LRS rules: bookmark, close, relaunch', () => {
  it('pass, close the window without «Avslutt», open again on another PC: 100 % and passed; suspended sent; the sheet lists all that was sent', async () => {
    const registration = randomUUID();
    const query = h.lrs.tinCanQuery({ registration });
    const first = await h.browser.createBrowserContext();
    const page = await openCourse(first, launchUrl(query));
    const from = h.lrs.requests.length;
    await startCourse(page);
    await walkCourse(page, { assessment: 'pass' });
    await page.waitForSelector('main[data-screen="completion"]');
    await page.waitForSelector('[data-result="passed"]');
    await waitSaved(page);
    await page.close({ runBeforeUnload: true });
    await first.close();
    await new Promise((r) => setTimeout(r, 1500));
    // Every bookmark write landed: created once with If-None-Match: *, replaced with If-Match.
    const puts = stateRequests(from);
    expect(puts.length).toBeGreaterThan(0);
    expect(puts.filter((r) => r.status !== 204)).toEqual([]);
    expect(puts[0]?.ifNoneMatch).toBe('*');
    for (const r of puts.slice(1)) expect(r.ifMatch).toMatch(/^"[0-9a-f]{40}"$/);
    expect(JSON.parse(h.lrs.stateDoc({ activityId: COURSE_ID, agent: ACTOR, registration, stateId: 'bookmark' }) ?? '{}')).toMatchObject({ completed: true, passed: true });
    const stored = await ofRegistration(registration);
    expect(stored.filter((s) => s.object.id === COURSE_ID).map(verbOf).at(-1)).toBe('suspended');
    expect(h.lrs.warnings).toEqual([]);
    expect(notInSheet(await readFile(SHEET, 'utf8'), stored, COURSE_ID)).toEqual([]);
    // Another PC: a fresh browser profile, nothing on the device.
    const second = await h.browser.createBrowserContext();
    const again = await openCourse(second, launchUrl(query));
    // A completed course opens on a start page that says so (no «Start»): from there to the summary, which says passed.
    await again.waitForSelector('[data-start="completed"] [data-action="summary"]', { visible: true });
    expect(await again.$eval('.progress-text', (e) => e.textContent)).toContain('100\u00a0%');
    await again.click('[data-action="summary"]');
    await again.waitForSelector('main[data-screen="completion"] [data-result="passed"]');
    expect(await again.$eval('.progress-text', (e) => e.textContent)).toContain('100\u00a0%');
    await second.close();
  });

  it('after delivery the device keeps neither the learner’s name nor e-mail', async () => {
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(h.lrs.tinCanQuery()));
    await startCourse(page);
    await walkCourse(page, { maxPages: 4 });
    await waitSaved(page);
    const kept = await deviceStorage(page);
    expect(kept).not.toContain('kari@example.no');
    expect(kept).not.toContain('Kari Nordmann');
    await context.close();
  });

  it('State writes refused: the indicator never says saved; when the LRS accepts again, the bookmark lands', async () => {
    const registration = randomUUID();
    const context = await h.browser.createBrowserContext();
    const page = await openCourse(context, launchUrl(h.lrs.tinCanQuery({ registration })));
    await startCourse(page);
    await waitSaved(page);
    h.lrs.refuseState = true;
    try {
      await walkCourse(page, { maxPages: 3 });
      // The State document goes within 30 s; refused, it must show as not saved.
      await page.waitForSelector('[data-save-status="retrying"], [data-save-status="failing"]', { timeout: 60_000 });
      const seen = await page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const out: string[] = [];
            const read = () => out.push(document.querySelector('[data-save-status]')?.getAttribute('data-save-status') ?? '');
            const timer = setInterval(read, 200);
            setTimeout(() => {
              clearInterval(timer);
              resolve(out);
            }, 4000);
          }),
      );
      expect(seen).not.toContain('saved');
    } finally {
      h.lrs.refuseState = false;
    }
    await next(page);
    await waitSaved(page, 90_000);
    const doc = JSON.parse(h.lrs.stateDoc({ activityId: COURSE_ID, agent: ACTOR, registration, stateId: 'bookmark' }) ?? '{}') as { saved?: string };
    expect(doc.saved).toBeTruthy();
    await context.close();
  });
});
