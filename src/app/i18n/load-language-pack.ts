import type { Locale } from '../../../course/schema/locales.ts';
import { hasWords, registerPack } from './language-pack.ts';

const pending = new Map<Locale, Promise<void>>();

/** The pack's file: named by the build (hash in the name, packaging/page-assets.ts); the dev server serves the unhashed name. */
export function packUrl(locale: Locale, win: Window): string {
  return win.__COURSE_PACK_URLS__?.[locale] ?? `./assets/lang-${locale}.js`;
}

/**
 * Fetches a language's words (a classic script from the package's own files, like
 * course-data.js: it works from file:// and under `default-src 'self'`, no inline code, no eval).
 * Resolves once the words are in; rejects if the file cannot be loaded or defines no words,
 * and a later call tries again. Calls while one is under way share it.
 */
export function loadLanguagePack(locale: Locale, win: Window): Promise<void> {
  if (hasWords(locale)) return Promise.resolve();
  const known = pending.get(locale);
  if (known) return known;
  const loaded = new Promise<void>((resolve, reject) => {
    const take = (): boolean => {
      const pack = win.__COURSE_LANGUAGE_PACKS__?.[locale];
      if (pack) registerPack(locale, pack);
      return pack !== undefined;
    };
    if (take()) return resolve();
    const script = win.document.createElement('script');
    script.src = packUrl(locale, win);
    script.onload = () => (take() ? resolve() : reject(new Error(`${script.src} defined no ${locale} words`)));
    script.onerror = () => {
      script.remove();
      reject(new Error(`${script.src} could not be loaded`));
    };
    win.document.head.appendChild(script);
  });
  pending.set(locale, loaded);
  loaded.then(
    () => pending.delete(locale),
    () => pending.delete(locale),
  );
  return loaded;
}
