import { describe, expect, it } from 'vitest';
import { appReady, courseData, startCourse } from '../support/course-driver.ts';
import { useBrowserAndServer } from '../support/harness.ts';

/**
 * Issue 12: "Header at 320 px: the title shortened or moved so the bar stays one line." On a
 * phone the header shows the course's short title whole (not cut with an ellipsis) and stays
 * one line; the whole title is still what a screen reader reads. On a laptop the whole title shows.
 */
const h = useBrowserAndServer('dist/web');

interface HeaderSeen {
  barHeight: number;
  menuTop: number;
  brandTop: number;
  shown: string;
  cut: boolean;
  read: string;
}

describe('the site header', () => {
  it.each(['nb', 'nn', 'en'] as const)('in %s: at 320 px one line with the short title whole, the whole title read; at 1280 px the whole title', async (lang) => {
    const page = await (await h.browser.createBrowserContext()).newPage();
    await page.setViewport({ width: 320, height: 640 });
    await page.goto(`${h.server.url}/index.html?lang=${lang}`);
    const course = await courseData(page);
    await appReady(page);
    await startCourse(page);
    const title = course.meta.title[lang] ?? course.meta.title.nb;
    const short = course.meta.shortTitle?.[lang] ?? course.meta.shortTitle?.nb;
    expect(short, 'course/course.ts has a shortTitle').toBeTruthy();
    const seen = () =>
      page.evaluate((): HeaderSeen => {
        const bar = document.querySelector('.topbar')?.getBoundingClientRect();
        const name = document.querySelector<HTMLElement>('.course-name');
        // What is drawn: the one of the two names that has a box bigger than the visually hidden 1 px.
        const visible = [...document.querySelectorAll<HTMLElement>('.course-name > span')].find((s) => s.getBoundingClientRect().width > 1);
        // What a screen reader reads: the text not hidden from it.
        const read = [...document.querySelectorAll<HTMLElement>('.course-name > span')].filter((s) => s.getAttribute('aria-hidden') !== 'true').map((s) => s.textContent).join('');
        return {
          barHeight: bar?.height ?? 0,
          menuTop: document.querySelector('.topnav')?.getBoundingClientRect().top ?? -1,
          brandTop: document.querySelector('.brand')?.getBoundingClientRect().top ?? -2,
          shown: visible?.textContent ?? '',
          cut: !!name && name.scrollWidth > name.clientWidth,
          read,
        };
      });
    const phone = await seen();
    expect(phone.shown).toBe(short);
    expect(phone.cut).toBe(false);
    expect(phone.read).toBe(title);
    // One line: the bar keeps its height and the menu sits beside the name, not under it.
    expect(phone.barHeight).toBeLessThanOrEqual(64);
    expect(Math.abs(phone.menuTop - phone.brandTop)).toBeLessThan(16);
    await page.setViewport({ width: 1280, height: 800 });
    const laptop = await seen();
    expect(laptop.shown).toBe(title);
    expect(laptop.cut).toBe(false);
    expect(laptop.read).toBe(title);
    await page.browserContext().close();
  });
});
