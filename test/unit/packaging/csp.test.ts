import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspFile, cspPolicy, LRS_ORIGIN, policyIn, writeCsp } from '../../../packaging/csp.ts';
import { inlineCode, playerGzip, preparePageAssets } from '../../../packaging/page-assets.ts';
import { TARGETS } from '../../../packaging/targets.ts';

describe('the Content-Security-Policy each package needs', () => {
  const HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

  it.each(TARGETS.map((t) => [t]))('%s: strict (no unsafe-*, no wildcard); the LRS origin only where an LRS is used', (target) => {
    const policy = cspPolicy(target, [HASH]);
    expect(policy).toMatch(/^default-src 'self'/);
    expect(policy).not.toMatch(/unsafe-|\*|data:/);
    expect(policy.includes(LRS_ORIGIN)).toBe(target === 'xapi' || target === 'cmi5');
    expect(policyIn(cspFile(target, 'kurs', [HASH]))).toBe(policy);
  });

  it('allows the inline critical CSS by its hash only, and keeps the package\'s own stylesheet allowed', () => {
    expect(cspPolicy('web', [HASH])).toBe(`default-src 'self'; style-src 'self' ${HASH}`);
    expect(cspPolicy('cmi5', [HASH])).toBe(`default-src 'self'; style-src 'self' ${HASH}; connect-src 'self' ${LRS_ORIGIN}`);
    // No inline style, no style-src: default-src alone says it.
    expect(cspPolicy('scorm12', [])).toBe("default-src 'self'");
    expect(cspFile('web', 'kurs', [HASH])).toMatch(/uten hash-en, virker kurset likevel/);
    expect(cspFile('web', 'kurs', [])).not.toMatch(/hash/);
  });

  it('writes the policy beside the package and appends it to the tracking sheets, nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'csp-'));
    const sheet = join(dir, 'kurs-scorm12-tracking.md');
    await writeFile(sheet, '# Sporingsark\n');
    const written = await writeCsp({ target: 'scorm12', slug: 'kurs', distDir: dir, outputs: [join(dir, 'kurs-scorm12.zip'), sheet], styleHashes: [HASH] });
    expect(written).toEqual([join(dir, 'kurs-scorm12-csp.txt')]);
    expect(policyIn(await readFile(written[0] ?? '', 'utf8'))).toBe(`default-src 'self'; style-src 'self' ${HASH}`);
    expect(await readFile(sheet, 'utf8')).toContain(`Content-Security-Policy: default-src 'self'; style-src 'self' ${HASH}`);
    expect((await readdir(dir)).sort()).toEqual(['kurs-scorm12-csp.txt', 'kurs-scorm12-tracking.md']);
  });
});

describe('page assets: index.html with no inline code', () => {
  it.each([
    ['<script>alert(1)</script>', 1],
    ['<script type="text/javascript">x()</script>', 1],
    ['<style>a{}</style>', 1],
    ['<p style="padding:1rem">x</p>', 1],
    ['<button onclick="go()">x</button>', 1],
    ['<a href="javascript:void 0">x</a>', 1],
    ['<script defer src="./assets/app.js"></script><link rel="stylesheet" href="./assets/a.css"><p class="x" hidden>ok</p>', 0],
  ])('%s → %d problem(s)', (html, n) => {
    expect(inlineCode(html)).toHaveLength(n);
  });

  it('a <style> is fine only when the policy lists its exact hash (sha256 of "" is 47DEQ…)', () => {
    const empty = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";
    expect(inlineCode('<style></style>', [empty])).toEqual([]);
    expect(inlineCode('<style>a{}</style>', [empty])).toHaveLength(1);
    expect(inlineCode('<style media="print"></style>', [empty])).toHaveLength(1);
    expect(inlineCode('<style></style><style>b{}</style>', [empty])).toHaveLength(1);
  });

  it('puts the start page\'s rules inline with their hash, the stylesheet at the end of <body>, and hides #app until CSS shows it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stage-'));
    const link = '<link rel="stylesheet" href="./assets/style-1.css">';
    await writeFile(join(dir, 'index.html'), `<html><head>\n<script>window.__COURSE_META__={};</script>\n${link}\n<script defer src="./assets/app-1.js"></script>\n</head><body><div id="app"><main><a class="go">Start</a></main></div>\n</body></html>`);
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'assets', 'app-1.js'), 'x');
    await writeFile(join(dir, 'assets', 'style-1.css'), '#app[hidden]{display:block}.go{color:red}.elsewhere{color:blue}');
    const report = await preparePageAssets(dir);
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    expect(html).toContain('<style>#app[hidden]{display:block}.go{color:red}</style>');
    expect(html).toMatch(new RegExp(`<div id="app" hidden><main>.*</main></div>\\s*${link}\\s*</body>`));
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('<script defer'));
    expect(report.styleHashes).toEqual(["'sha256-" + createHash('sha256').update('#app[hidden]{display:block}.go{color:red}').digest('base64') + "'"]);
    expect(inlineCode(html, report.styleHashes)).toEqual([]);
    expect(report.criticalGzip).toBeGreaterThan(0);
  });

  it('moves the course metadata into the app script, renames it by content, and leaves no inline script', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stage-'));
    await writeFile(join(dir, 'index.html'), '<html><head>\n    <script>window.__COURSE_META__={"id":"x"};</script>\n<script defer src="./assets/app-1.js"></script>\n</head><body></body></html>');
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'assets', 'app-1.js'), '(function(){main()})();');
    await writeFile(join(dir, 'assets', 'lang-nn-0123456789.js'), 'window.__COURSE_LANGUAGE_PACKS__={nn:{}};');
    const report = await preparePageAssets(dir);
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    expect(inlineCode(html)).toEqual([]);
    const name = /src="\.\/(assets\/app-[0-9a-f]{10}\.js)"/.exec(html)?.[1];
    expect(name).toBeDefined();
    // The language packs' names ride on the same line-up, for load-language-pack.ts; the packs stay files of their own.
    expect(await readFile(join(dir, name ?? ''), 'utf8')).toBe('window.__COURSE_META__={"id":"x"};\nwindow.__COURSE_PACK_URLS__={"nn":"./assets/lang-nn-0123456789.js"};\n(function(){main()})();');
    expect((await readdir(join(dir, 'assets'))).sort()).toEqual([name?.slice('assets/'.length), 'lang-nn-0123456789.js'].sort());
    expect(Object.keys(report.packGzip)).toEqual(['nn']);
    expect(report.packGzip.nn).toBeGreaterThan(0);
    expect(playerGzip(report)).toBe(report.appGzip + (report.packGzip.nn ?? NaN));
  });

  it('refuses a page that would need unsafe-inline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stage-'));
    await writeFile(join(dir, 'index.html'), '<html><head><script>window.__COURSE_META__={};</script><script defer src="./assets/app-1.js"></script></head><body><p style="color:red">x</p></body></html>');
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'assets', 'app-1.js'), 'x');
    await expect(preparePageAssets(dir)).rejects.toThrow(/unsafe-inline.*style attribute/);
  });
});
