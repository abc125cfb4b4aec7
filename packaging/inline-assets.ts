import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InlineReport {
  /** gzip bytes of the app's JS and CSS (without content), as inlined. */
  appGzip: number;
}

/** A closing tag inside inlined code would end the element early; escape it (HTML §13.1.2.6). */
const safeScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1');
const safeStyle = (css: string) => css.replace(/<\/(style)/gi, '<\\/$1');

/**
 * Puts the app's one script and one stylesheet into index.html. The first screen then needs a
 * single request: on a slow line that saves a round trip, and LMSs that serve every package
 * file through a script (Moodle's pluginfile.php) answer one request instead of three. The
 * script goes at the end of <body>, where a classic inline script sees the whole page, as
 * `defer` would have given it. Lessons stay in course-data.js, loaded after the start page.
 */
export async function inlineAssets(stageDir: string): Promise<InlineReport> {
  const htmlPath = join(stageDir, 'index.html');
  let html = await readFile(htmlPath, 'utf8');
  const inlined: string[] = [];
  let appGzip = 0;
  const css = /<link rel="stylesheet" href="\.\/(assets\/[^"]+\.css)">/.exec(html);
  if (css?.[1]) {
    const text = await readFile(join(stageDir, css[1]), 'utf8');
    appGzip += gzipSync(text, { level: 9 }).length;
    html = html.replace(css[0], () => `<style>${safeStyle(text)}</style>`);
    inlined.push(css[1]);
  }
  const js = /<script defer src="\.\/(assets\/[^"]+\.js)"><\/script>\n?/.exec(html);
  if (!js?.[1]) throw new Error('index.html has no app script to inline');
  const code = await readFile(join(stageDir, js[1]), 'utf8');
  appGzip += gzipSync(code, { level: 9 }).length;
  html = html.replace(js[0], '').replace('</body>', () => `<script>${safeScript(code)}</script>\n  </body>`);
  inlined.push(js[1]);
  await writeFile(htmlPath, html);
  await Promise.all(inlined.map((f) => rm(join(stageDir, f))));
  await rm(join(stageDir, 'assets'), { recursive: true, force: true }).catch(() => undefined);
  return { appGzip };
}
