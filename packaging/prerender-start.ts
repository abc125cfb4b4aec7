import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { Course, CourseMeta } from '../course/schema/index.ts';
import { viteConfig } from '../vite.config.ts';

/** What index.html shows until the script runs, when nothing is prerendered (the dev server). */
const LOADING = /<p class="boot-loading">[^<]*<\/p>/;

/**
 * Issue 12, ready on the slow profile: the start page is in index.html itself, so it shows as
 * soon as the HTML and the stylesheet are in, before the app script has even arrived. It is
 * rendered at build time from the same component boot renders (src/app/app.tsx, before the lessons,
 * built for Node with Vite; preact-render-to-string never reaches the browser). Every target
 * (SCORM, xAPI and cmi5 packages launch the same index.html) shows the same start page, so it is
 * rendered once per build (renderStartPage) and put into each target's page (insertStartPage).
 */
export async function renderStartPage({ workDir, course }: { workDir: string; course: Course }): Promise<string> {
  const outDir = join(workDir, 'prerender');
  // The start page does not depend on the target (no tracker, no target switch): the web config builds it.
  const base = viteConfig({ target: 'web', course, outDir });
  await build({
    configFile: false,
    mode: 'production',
    ...base,
    build: { ...base.build, ssr: 'src/prerender-entry.tsx', outDir, emptyOutDir: true, rolldownOptions: { output: { format: 'esm', entryFileNames: 'prerender.mjs' } } },
  });
  try {
    const { prerenderStart: render } = (await import(pathToFileURL(join(outDir, 'prerender.mjs')).href)) as { prerenderStart: (meta: CourseMeta) => string };
    return render(course.meta);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** Puts the rendered start page into a staged index.html, and links the stylesheet before the script so it is requested first. */
export async function insertStartPage(stageDir: string, startPage: string): Promise<void> {
  const htmlPath = join(stageDir, 'index.html');
  let html = await readFile(htmlPath, 'utf8');
  if (!LOADING.test(html)) throw new Error('index.html has no <p class="boot-loading"> to put the start page in');
  html = html.replace(LOADING, () => startPage);
  const css = /\s*(<link rel="stylesheet" href="[^"]+">)/.exec(html);
  const js = /<script defer src="[^"]+"><\/script>/.exec(html);
  if (css && js && css.index > js.index) html = html.replace(css[0], '').replace(js[0], `${css[1]}\n    ${js[0]}`);
  await writeFile(htmlPath, html);
}
