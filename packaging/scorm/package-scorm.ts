import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackageContext, Packager } from '../package-context.ts';
import { zipPackage, type RootFile } from '../zip-package.ts';
import { readManifestTemplate, renderManifest } from './render-manifest.ts';
import { schemaDir, schemaFiles, type ScormVersion } from './schemas.ts';
import { trackingSheet } from './tracking-sheet.ts';
import { validateManifest } from './validate-manifest.ts';

export const LAUNCH_FILE = 'index.html';

export async function packageScorm(ctx: PackageContext, version: ScormVersion): Promise<string[]> {
  const { course, distDir, files, log } = ctx;
  if (!files.includes(LAUNCH_FILE)) throw new Error(`${version}: the staged build has no ${LAUNCH_FILE}`);
  const schemas = await schemaFiles(version);
  const manifest = renderManifest(await readManifestTemplate(ctx.root), { course, version, files, launch: LAUNCH_FILE });
  const check = await validateManifest(manifest, version);
  if (!check.valid) throw new Error(`${version}: imsmanifest.xml does not validate against the official XSDs:\n  ${check.errors.join('\n  ')}`);
  const rootFiles: RootFile[] = [{ name: 'imsmanifest.xml', data: manifest }];
  for (const file of schemas) rootFiles.push({ name: file, data: new Uint8Array(await readFile(join(schemaDir(version), file))) });
  const zipPath = await zipPackage(ctx, rootFiles);
  const sheetPath = join(distDir, `${course.meta.slug}-${version}-tracking.md`);
  await writeFile(sheetPath, trackingSheet(course, version));
  log(`  ✓ ${zipPath.slice(distDir.length + 1)}: manifest valid (${version === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004 4th ed.'} XSDs), ${files.length} files + ${schemas.length} schemas`);
  return [zipPath, sheetPath];
}

export const packageScorm12: Packager = (ctx) => packageScorm(ctx, 'scorm12');
export const packageScorm2004: Packager = (ctx) => packageScorm(ctx, 'scorm2004');
