import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { viteConfig } from '../vite.config.ts';
import { durationReport } from './duration-report.ts';
import { inlineAssets } from './inline-assets.ts';
import { listFiles } from './list-files.ts';
import { packagers } from './packagers.ts';
import { APP_BUDGET_GZIP, formatSizes, measure } from './size-report.ts';
import { TARGETS, type Target } from './targets.ts';
import { CourseInvalidError, loadValidCourse } from './validate-course.ts';

/**
 * `npm run build`: validate the course, then build every target into dist/ and package it.
 * `npm run build -- web scorm12` builds only the named targets.
 */
const root = resolve(import.meta.dirname, '..');
const distDir = join(root, 'dist');
const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((t) => !(TARGETS as readonly string[]).includes(t));
  if (unknown.length) throw new Error(`unknown target(s) ${unknown.join(', ')}; choose from ${TARGETS.join(', ')}`);
  const targets = (wanted.length ? wanted : TARGETS) as Target[];

  log('• Validating course/ …');
  const course = await loadValidCourse(root);
  const pages = course.lessons.reduce((n, l) => n + l.pages.length, 0);
  log(`  ✓ ${course.meta.slug} ${course.meta.version}: ${course.lessons.length} lessons, ${pages} pages`);
  log(durationReport(course));

  if (!wanted.length) await rm(distDir, { recursive: true, force: true });
  await mkdir(distDir, { recursive: true });
  const written: string[] = [];
  for (const target of targets) {
    const stageDir = join(distDir, '.stage', target);
    log(`• Building ${target} …`);
    await build({ configFile: false, ...viteConfig({ target, course, outDir: stageDir }) });
    const { appGzip } = await inlineAssets(stageDir);
    log(`  app JS+CSS, inline in index.html: ${(appGzip / 1024).toFixed(1)} KB gzip (budget ${APP_BUDGET_GZIP / 1024} KB, content not included)`);
    const files = await listFiles(stageDir);
    const packager = packagers[target];
    if (!packager) {
      log(`  – no packager for ${target} yet; staged in ${stageDir}`);
      continue;
    }
    if (target !== 'web') await rm(join(distDir, target), { recursive: true, force: true });
    const outputs = await packager({ target, course, root, stageDir, distDir, files, log });
    written.push(...outputs);
    log(`  ✓ ${target}: ${outputs.length} file(s)`);
  }

  const rows = await measure(root, written);
  log('\nWritten:');
  log(formatSizes(rows));
  await writeFile(join(distDir, 'size-report.json'), JSON.stringify(rows, null, 2));
}

main().catch((error: unknown) => {
  if (error instanceof CourseInvalidError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
});
