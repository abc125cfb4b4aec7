import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PACK_FILE } from './vite/language-packs.ts';

export interface PageAssetsReport {
  /** gzip bytes of the app's JS and CSS (without content; with the start page's words in every language). */
  appGzip: number;
  /** gzip bytes of each language pack (packaging/vite/language-packs.ts): every learner fetches one. */
  packGzip: Record<string, number>;
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
 * inline scripts, <style> elements, style attributes, event-handler attributes, javascript: URLs.
 */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) if (!/\bsrc\s*=/i.test(m[1] ?? '')) found.push('an inline <script>');
  if (/<style\b/i.test(html)) found.push('a <style> element');
  if (/<[a-z][^>]*\sstyle\s*=/i.test(html)) found.push('a style attribute');
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) found.push('an event-handler attribute (on…=)');
  if (/javascript:/i.test(html)) found.push('a javascript: URL');
  return found;
}

/**
 * Makes the staged index.html run under a strict Content-Security-Policy (`default-src 'self'`):
 * no inline code at all, so the policy needs no hashes and an LMS's or agency's own strict
 * policy works as it is. The start page's course metadata (an inline script before) goes at the
 * top of the app's one classic script, so the first screen still takes index.html plus two
 * files (app JS and CSS), fetched in parallel. The script's name carries a hash of what it holds.
 * The language packs' file names go there too (window.__COURSE_PACK_URLS__, load-language-pack.ts).
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
  if (css?.[1]) appGzip += gzipSync(await readFile(join(stageDir, css[1])), { level: 9 }).length;
  const inline = inlineCode(html);
  if (inline.length) throw new Error(`index.html would need 'unsafe-inline' under a Content-Security-Policy: ${inline.join(', ')}`);
  await writeFile(htmlPath, html);
  const packGzip: Record<string, number> = {};
  for (const [locale, file] of Object.entries(packs)) packGzip[locale] = gzipSync(await readFile(join(stageDir, file)), { level: 9 }).length;
  return { appGzip, packGzip };
}
