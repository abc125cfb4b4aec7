import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { PackageContext, Packager } from '../package-context.ts';
import { readManifestTemplate, renderManifest } from './render-manifest.ts';
import { schemaDir, schemaFiles, type ScormVersion } from './schemas.ts';
import { trackingSheet } from './tracking-sheet.ts';
import { validateManifest } from './validate-manifest.ts';

export const LAUNCH_FILE = 'index.html';

/** A fixed timestamp for zip entries, so the same input gives the same package. */
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

/** Run-time requests must stay in the package (relative URLs only): an absolute URL in markup or CSS fails the build. */
export function remoteReferences(name: string, text: string): string[] {
  const patterns = [/\s(?:src|href)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]+)/gi, /url\(\s*["']?((?:https?:)?\/\/[^)"']+)/gi, /@import\s+["']((?:https?:)?\/\/[^"']+)/gi];
  if (!/\.(html|css)$/.test(name)) return [];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => `${name}: ${m[1] ?? ''}`));
}

export async function packageScorm(ctx: PackageContext, version: ScormVersion): Promise<string[]> {
  const { course, stageDir, distDir, files, log } = ctx;
  if (!files.includes(LAUNCH_FILE)) throw new Error(`${version}: the staged build has no ${LAUNCH_FILE}`);
  const schemas = await schemaFiles(version);
  const clash = files.filter((f) => f === 'imsmanifest.xml' || schemas.includes(f));
  if (clash.length) throw new Error(`${version}: staged files would overwrite package files: ${clash.join(', ')}`);

  const manifest = renderManifest(await readManifestTemplate(ctx.root), { course, version, files, launch: LAUNCH_FILE });
  const check = await validateManifest(manifest, version);
  if (!check.valid) throw new Error(`${version}: imsmanifest.xml does not validate against the official XSDs:\n  ${check.errors.join('\n  ')}`);

  const entries: Zippable = { 'imsmanifest.xml': [new TextEncoder().encode(manifest), { mtime: ZIP_DATE }] };
  const remote: string[] = [];
  for (const file of files) {
    const data = new Uint8Array(await readFile(join(stageDir, file)));
    remote.push(...remoteReferences(file, new TextDecoder().decode(data)));
    entries[file] = [data, { mtime: ZIP_DATE }];
  }
  if (remote.length) throw new Error(`${version}: the package must not load anything from another origin:\n  ${remote.join('\n  ')}`);
  for (const file of schemas) entries[file] = [new Uint8Array(await readFile(join(schemaDir(version), file))), { mtime: ZIP_DATE }];

  await mkdir(distDir, { recursive: true });
  const zipPath = join(distDir, `${course.meta.slug}-${version}.zip`);
  await writeFile(zipPath, zipSync(entries, { level: 9 }));
  const sheetPath = join(distDir, `${course.meta.slug}-${version}-tracking.md`);
  await writeFile(sheetPath, trackingSheet(course, version));
  log(`  ✓ ${zipPath.slice(distDir.length + 1)}: manifest valid (${version === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004 4th ed.'} XSDs), ${files.length} files + ${schemas.length} schemas`);
  return [zipPath, sheetPath];
}

export const packageScorm12: Packager = (ctx) => packageScorm(ctx, 'scorm12');
export const packageScorm2004: Packager = (ctx) => packageScorm(ctx, 'scorm2004');
