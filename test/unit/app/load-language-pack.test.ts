import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../course/schema/locales.ts';
import { PACKS } from '../../../src/app/i18n/register-all-packs.ts';
import { PACK_FILE, packFileName, packScript } from '../../../packaging/vite/language-packs.ts';

interface FakeScript { src: string; onload: (() => void) | null; onerror: (() => void) | null; remove: () => void }

/** A window whose <script> elements "load" by running `run(src)` (or fail when it returns false). */
function fakeWindow(run: (src: string, win: Window) => boolean, urls?: Partial<Record<Locale, string>>) {
  const added: FakeScript[] = [];
  const win = { __COURSE_PACK_URLS__: urls } as unknown as Window;
  const document = {
    createElement: () => ({ src: '', onload: null, onerror: null, remove: () => undefined }) as FakeScript,
    head: {
      appendChild: (s: FakeScript) => {
        added.push(s);
        queueMicrotask(() => (run(s.src, win) ? s.onload?.() : s.onerror?.()));
      },
    },
  };
  Object.assign(win, { document });
  return { win, added };
}

/** Fresh modules for each test: the unit tests' setup registers every pack (test/support/register-packs.ts), a browser starts with none. */
async function fresh() {
  vi.resetModules();
  const pack = await import('../../../src/app/i18n/language-pack.ts');
  const loader = await import('../../../src/app/i18n/load-language-pack.ts');
  const ui = await import('../../../src/app/i18n/ui-text.ts');
  return { ...pack, ...loader, ...ui };
}

describe('language packs (load-language-pack.ts)', () => {
  let m: Awaited<ReturnType<typeof fresh>>;
  beforeEach(async () => {
    m = await fresh();
  });

  it('no language has its words before its pack is in; asking for them then is an error, not a silent fallback', () => {
    for (const l of ['nb', 'nn', 'en'] as const) expect(m.hasWords(l)).toBe(false);
    expect(() => m.uiText('nb')).toThrow(/not loaded/);
  });

  it('fetches the pack the build named, as a script, and then has all the words: the start page\'s and the pack\'s', async () => {
    const { win, added } = fakeWindow((_src, w) => ((w.__COURSE_LANGUAGE_PACKS__ = { nb: PACKS.nb }), true), { nb: './assets/lang-nb-0123456789.js' });
    await m.loadLanguagePack('nb', win);
    expect(added.map((s) => s.src)).toEqual(['./assets/lang-nb-0123456789.js']);
    expect(m.hasWords('nb')).toBe(true);
    expect(m.uiText('nb').next).toBe(PACKS.nb.ui.next);
    expect(m.uiText('nb').start).toBe('Start kurset');
    expect(m.hasWords('nn')).toBe(false);
  });

  it('a failing pack rejects, leaves the language without words, and a later call tries again', async () => {
    let ok = false;
    const { win, added } = fakeWindow((_src, w) => {
      if (ok) w.__COURSE_LANGUAGE_PACKS__ = { en: PACKS.en };
      return ok;
    }, { en: './assets/lang-en-0123456789.js' });
    await expect(m.loadLanguagePack('en', win)).rejects.toThrow(/could not be loaded/);
    expect(m.hasWords('en')).toBe(false);
    ok = true;
    await m.loadLanguagePack('en', win);
    expect(added.map((s) => s.src)).toEqual(['./assets/lang-en-0123456789.js', './assets/lang-en-0123456789.js']);
    expect(m.uiText('en').next).toBe(PACKS.en.ui.next);
  });

  it('a script that loads but sets no pack is a failure, not a silent other language', async () => {
    const { win } = fakeWindow(() => true);
    await expect(m.loadLanguagePack('nn', win)).rejects.toThrow(/defined no nn words/);
    expect(m.hasWords('nn')).toBe(false);
  });

  it('one script per language, however often it is asked for; none once the words are in', async () => {
    const { win, added } = fakeWindow((_src, w) => ((w.__COURSE_LANGUAGE_PACKS__ = { nn: PACKS.nn }), true));
    await Promise.all([m.loadLanguagePack('nn', win), m.loadLanguagePack('nn', win)]);
    await m.loadLanguagePack('nn', win);
    expect(added).toHaveLength(1);
    expect(m.uiText('nn').next).toBe(PACKS.nn.ui.next);
  });

  it('the dev server\'s name when the build named none', () => {
    expect(m.packUrl('nn', fakeWindow(() => true).win)).toBe('./assets/lang-nn.js');
  });
});

describe('the pack scripts the build emits (packaging/vite/language-packs.ts)', () => {
  it.each(['nb', 'nn', 'en'] as const)('%s: a classic script that sets exactly the pack, with no module syntax and no eval', async (locale) => {
    const code = await packScript(locale);
    expect(code).not.toMatch(/\bimport\b|\bexport\b|\beval\(|new Function/);
    const win: { __COURSE_LANGUAGE_PACKS__?: Record<string, unknown> } = {};
    runInNewContext(code, { window: win }); // as a browser runs it, against a stand-in window
    const pack = win.__COURSE_LANGUAGE_PACKS__?.[locale] as typeof PACKS.nn | undefined;
    expect(Object.keys(win.__COURSE_LANGUAGE_PACKS__ ?? {})).toEqual([locale]);
    expect(pack?.ui.next).toBe(PACKS[locale].ui.next);
    expect(Object.keys(pack?.ui ?? {}).sort()).toEqual(Object.keys(PACKS[locale].ui).sort());
    expect(pack?.errors?.SAVE_FAILING).toEqual(PACKS[locale].errors?.SAVE_FAILING);
    // The start page's words are in the app script, not again in the pack.
    expect(code).not.toContain(locale === 'en' ? 'What you will learn' : 'Dette lærer du');
    expect(PACK_FILE.test(packFileName(locale, code))).toBe(true);
  });

  it('a build\'s packs hold only the learner messages its app script can show', async () => {
    const code = await packScript('nn', true, new Set(['SAVE_FAILING', 'STATE_RESET']));
    const win: { __COURSE_LANGUAGE_PACKS__?: Record<string, typeof PACKS.nn> } = {};
    runInNewContext(code, { window: win });
    expect(Object.keys(win.__COURSE_LANGUAGE_PACKS__?.nn?.errors ?? {}).sort()).toEqual(['SAVE_FAILING', 'STATE_RESET']);
    expect(win.__COURSE_LANGUAGE_PACKS__?.nn?.errors?.SAVE_FAILING).toEqual(PACKS.nn.errors?.SAVE_FAILING);
  });
});
