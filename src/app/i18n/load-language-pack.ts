import type { Locale } from '../../../course/schema/locales.ts';
import { loadClassicScript } from '../load-classic-script.ts';
import { hasWords, registerPack } from './language-pack.ts';

const pending = new Map<Locale, Promise<void>>();

/** The pack's file: named by the build (hash in the name, packaging/page-assets.ts); the dev server serves the unhashed name. */
export function packUrl(locale: Locale, win: Window): string {
  return win.__COURSE_PACK_URLS__?.[locale] ?? `./assets/lang-${locale}.js`;
}

/**
 * Fetches a language's words (a classic script of the package's own, like course-data.js).
 * Resolves once the words are in; rejects if the file cannot be loaded or defines no words,
 * and a later call tries again. Calls while one is under way share it.
 */
export function loadLanguagePack(locale: Locale, win: Window): Promise<void> {
  if (hasWords(locale)) return Promise.resolve();
  const known = pending.get(locale);
  if (known) return known;
  const loaded = loadClassicScript(win, packUrl(locale, win), () => win.__COURSE_LANGUAGE_PACKS__?.[locale], `${locale} words`).then((pack) => registerPack(locale, pack));
  pending.set(locale, loaded);
  loaded.then(
    () => pending.delete(locale),
    () => pending.delete(locale),
  );
  return loaded;
}
