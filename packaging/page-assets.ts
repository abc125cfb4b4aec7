import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { criticalCss, styleHash } from './critical-css.ts';
import { PACK_FILE } from './vite/language-packs.ts';

export interface PageAssetsReport {
  /** gzip bytes of the app's JS and CSS (without content; with the start page's words in every language). */
  appGzip: number;
  /** gzip bytes of each language pack (packaging/vite/language-packs.ts): every learner fetches one. */
  packGzip: Record<string, number>;
  /** CSP hash sources of the inline styles index.html has (the critical CSS): the policy must allow them. */
  styleHashes: string[];
  /** gzip bytes of the critical CSS inline in index.html: a copy of rules in the stylesheet, counted with the first screen. */
  criticalGzip: number;
}

/** What a learner downloads of the player before using the course: the app's JS+CSS and one language pack, the largest. */
export const playerGzip = (r: PageAssetsReport): number => r.appGzip + Math.max(0, ...Object.values(r.packGzip));

/** The language packs in a staged build, by locale: their paths under stageDir. */
async function languagePackFiles(stageDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(join(stageDir, 'assets'))).sort()) {
    const m = PACK_FILE.exec(`assets/${f}`);
    if (m?.[1]) out[m[1]] = `assets/${f}`;
  }
  return out;
}

/**
 * Anything in index.html a strict Content-Security-Policy (no 'unsafe-inline') would block:
 * inline scripts, <style> elements whose hash the policy does not list, style attributes,
 * event-handler attributes, javascript: URLs.
 */
export function inlineCode(html: string, allowedStyleHashes: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) if (!/\bsrc\s*=/i.test(m[1] ?? '')) found.push('an inline <script>');
  for (const m of html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi)) if (m[1]?.trim() || !allowedStyleHashes.includes(styleHash(m[2] ?? ''))) found.push('a <style> element the policy does not allow by its hash');
  if (/<style\b/i.test(html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, ''))) found.push('a <style> element');
  if (/<[a-z][^>]*\sstyle\s*=/i.test(html)) found.push('a style attribute');
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) found.push('an event-handler attribute (on…=)');
  if (/javascript:/i.test(html)) found.push('a javascript: URL');
  return found;
}

/**
 * Makes the staged index.html run under a strict Content-Security-Policy: no inline script, and
 * one inline style (the start page's critical CSS) that the policy allows by its hash (csp.ts).
 * The start page's course metadata (an inline script before) goes at the top of the app's one
 * classic script. The script's name carries a hash of what it holds. The language packs' file
 * names go there too (window.__COURSE_PACK_URLS__, load-language-pack.ts).
 */
export async function preparePageAssets(stageDir: string): Promise<PageAssetsReport> {
  const htmlPath = join(stageDir, 'index.html');
  let html = await readFile(htmlPath, 'utf8');
  const meta = /[ \t]*<script>(window\.__COURSE_META__=[\s\S]*?)<\/script>\n?/.exec(html);
  if (!meta?.[1]) throw new Error('index.html has no course metadata script');
  const js = /<script defer src="\.\/(assets\/[^"]+\.js)"><\/script>/.exec(html);
  if (!js?.[1]) throw new Error('index.html has no app script');
  const app = await readFile(join(stageDir, js[1]), 'utf8');
  const packs = await languagePackFiles(stageDir);
  const packUrls = Object.fromEntries(Object.entries(packs).map(([l, f]) => [l, `./${f}`]));
  // The pack-URL line is the app's (it names its files); the metadata line is the course's content.
  const player = `window.__COURSE_PACK_URLS__=${JSON.stringify(packUrls)};\n${app}`;
  const code = `${meta[1].trim().replace(/;?$/, ';')}\n${player}`;
  const name = `assets/app-${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
  await rm(join(stageDir, js[1]));
  await writeFile(join(stageDir, name), code);
  html = html.replace(meta[0], '').replace(js[0], `<script defer src="./${name}"></script>`);
  let appGzip = gzipSync(player, { level: 9 }).length;
  const css = /<link rel="stylesheet" href="\.\/(assets\/[^"]+\.css)">/.exec(html);
  const styleHashes: string[] = [];
  let criticalGzip = 0;
  if (css?.[1]) {
    const stylesheet = await readFile(join(stageDir, css[1]), 'utf8');
    appGzip += gzipSync(stylesheet, { level: 9 }).length;
    if (html.includes('<main')) {
      const inlined = inlineCriticalCss(html, css[0], stylesheet);
      html = inlined.html;
      styleHashes.push(styleHash(inlined.critical));
      criticalGzip = gzipSync(inlined.critical, { level: 9 }).length;
    }
  }
  const inline = inlineCode(html, styleHashes);
  if (inline.length) throw new Error(`index.html would need 'unsafe-inline' under a Content-Security-Policy: ${inline.join(', ')}`);
  await writeFile(htmlPath, html);
  const packGzip: Record<string, number> = {};
  for (const [locale, file] of Object.entries(packs)) packGzip[locale] = gzipSync(await readFile(join(stageDir, file)), { level: 9 }).length;
  return { appGzip, packGzip, styleHashes, criticalGzip };
}

/**
 * Issue 12, ready on the slow profile: the prerendered start page paints from the HTML alone. Its
 * rules go inline in <head> (critical-css.ts; the policy allows them by hash, csp.ts), and the whole
 * stylesheet is linked at the end of <body>, so it blocks neither parsing nor the start page's
 * paint; the app script (deferred) still runs only once it is in (HTML: style sheets that block
 * scripts), so every other screen has it. #app starts `hidden` and only CSS shows it (boot.css,
 * `#app[hidden]`): where a policy of the agency's own blocks the inline style, the start page
 * waits for the stylesheet as before instead of flashing unstyled.
 */
function inlineCriticalCss(html: string, link: string, stylesheet: string): { html: string; critical: string } {
  if (!/<div id="app">/.test(html)) throw new Error('index.html has no <div id="app"> for the start page');
  const page = html.replace('<div id="app">', '<div id="app" hidden>');
  const critical = criticalCss(stylesheet, page);
  return { html: page.replace(link, `<style>${critical}</style>`).replace('</body>', `  ${link}\n  </body>`), critical };
}
