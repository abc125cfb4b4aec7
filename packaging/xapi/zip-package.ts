import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { PackageContext } from '../package-context.ts';

/** A fixed timestamp for zip entries, so the same input gives the same package. */
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

/**
 * Anything in markup or CSS that would make the browser ask another origin. The package may
 * only talk to the LRS the launch names, so the built files must reference nothing absolute.
 */
export function absoluteReferences(name: string, text: string): string[] {
  if (!/\.(html|css)$/.test(name)) return [];
  const patterns = [/\s(?:src|href)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]+)/gi, /url\(\s*["']?((?:https?:)?\/\/[^)"']+)/gi, /@import\s+["']((?:https?:)?\/\/[^"']+)/gi];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => `${name}: ${m[1] ?? ''}`));
}

/** Zips the staged player plus the descriptor at the zip root into dist/<slug>-<target>.zip. */
export async function zipPackage(ctx: PackageContext, descriptor: { name: string; text: string }): Promise<string> {
  const { course, stageDir, distDir, files, target } = ctx;
  if (files.includes(descriptor.name)) throw new Error(`${target}: the staged build already has a ${descriptor.name}`);
  const entries: Zippable = { [descriptor.name]: [new TextEncoder().encode(descriptor.text), { mtime: ZIP_DATE }] };
  const remote: string[] = [];
  for (const file of files) {
    const data = new Uint8Array(await readFile(join(stageDir, file)));
    remote.push(...absoluteReferences(file, new TextDecoder().decode(data)));
    entries[file] = [data, { mtime: ZIP_DATE }];
  }
  if (remote.length) throw new Error(`${target}: the package must not load anything from another origin:\n  ${remote.join('\n  ')}`);
  await mkdir(distDir, { recursive: true });
  const zipPath = join(distDir, `${course.meta.slug}-${target}.zip`);
  await writeFile(zipPath, zipSync(entries, { level: 9 }));
  return zipPath;
}
