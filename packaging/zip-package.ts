import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { PackageContext } from './package-context.ts';

/** A fixed timestamp for zip entries, so the same input gives the same package. */
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

/**
 * Anything in markup or CSS that would make the browser ask another origin. Packages may only
 * use relative URLs at run time (and talk to the LMS/LRS the launch names), so this fails the build.
 */
export function remoteReferences(name: string, text: string): string[] {
  if (!/\.(html|css)$/.test(name)) return [];
  const patterns = [/\s(?:src|href)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]+)/gi, /url\(\s*["']?((?:https?:)?\/\/[^)"']+)/gi, /@import\s+["']((?:https?:)?\/\/[^"']+)/gi];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => `${name}: ${m[1] ?? ''}`));
}

export interface RootFile {
  name: string;
  data: Uint8Array | string;
}

/**
 * Zips the staged player plus the package's own root files (manifest, descriptor, schemas)
 * into dist/<slug>-<target>.zip. Refuses a root file that would overwrite a staged one, and
 * any staged file that loads from another origin.
 */
export async function zipPackage(ctx: PackageContext, rootFiles: RootFile[]): Promise<string> {
  const { course, stageDir, distDir, files, target } = ctx;
  const clash = rootFiles.filter((f) => files.includes(f.name)).map((f) => f.name);
  if (clash.length) throw new Error(`${target}: staged files would overwrite package files: ${clash.join(', ')}`);
  const entries: Zippable = {};
  for (const f of rootFiles) entries[f.name] = [typeof f.data === 'string' ? new TextEncoder().encode(f.data) : f.data, { mtime: ZIP_DATE }];
  const remote: string[] = [];
  for (const file of files) {
    const data = new Uint8Array(await readFile(join(stageDir, file)));
    remote.push(...remoteReferences(file, new TextDecoder().decode(data)));
    entries[file] = [data, { mtime: ZIP_DATE }];
  }
  if (remote.length) throw new Error(`${target}: the package must not load anything from another origin:\n  ${remote.join('\n  ')}`);
  await mkdir(distDir, { recursive: true });
  const zipPath = join(distDir, `${course.meta.slug}-${target}.zip`);
  await writeFile(zipPath, zipSync(entries, { level: 9 }));
  return zipPath;
}
