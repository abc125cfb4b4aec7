import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { Course } from '../../../course/schema/index.ts';
import { packageCmi5 } from '../../../packaging/cmi5/package-cmi5.ts';
import type { PackageContext } from '../../../packaging/package-context.ts';
import { packageScorm } from '../../../packaging/scorm/package-scorm.ts';
import { courseDataScript } from '../../../packaging/vite/course-plugin.ts';
import { packageXapi } from '../../../packaging/xapi/package-xapi.ts';
import type { PackageKind } from '../../../packaging/check-package/descriptor.ts';
import { sampleCourse } from '../../fixtures/sample-course.ts';

/**
 * Good packages of every kind, made by the project's REAL packagers (manifest, descriptors,
 * schemas, zip) from a small staged player: an index.html that loads course-data.js, and the
 * sample course. No vite build, so each test stays fast on a busy machine.
 */
export async function buildGoodPackages(course: Course = sampleCourse()): Promise<{ dir: string; zips: Record<PackageKind, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'check-package-'));
  const stageDir = join(dir, 'stage');
  await mkdir(stageDir, { recursive: true });
  await writeFile(join(stageDir, 'index.html'), '<!doctype html><html lang="nb"><title>Kurs</title><div id="app"></div><script src="course-data.js"></script></html>\n');
  await writeFile(join(stageDir, 'course-data.js'), courseDataScript(course));
  const ctx = (target: PackageKind): PackageContext => ({ target, course, root: process.cwd(), stageDir, distDir: join(dir, 'dist'), files: ['course-data.js', 'index.html'], log: () => {} });
  const [scorm12] = await packageScorm(ctx('scorm12'), 'scorm12');
  const [scorm2004] = await packageScorm(ctx('scorm2004'), 'scorm2004');
  const [xapi] = await packageXapi(ctx('xapi'));
  const [cmi5] = await packageCmi5(ctx('cmi5'));
  if (!scorm12 || !scorm2004 || !xapi || !cmi5) throw new Error('a packager wrote nothing');
  return { dir, zips: { scorm12, scorm2004, xapi, cmi5 } };
}

export type Entries = Record<string, Uint8Array>;

/** A changed copy of a zip: `change` edits the entries (add, remove, rewrite). */
export async function variant(zipPath: string, change: (entries: Entries) => void): Promise<Uint8Array> {
  const entries: Entries = unzipSync(new Uint8Array(await readFile(zipPath)));
  change(entries);
  return zipSync(entries);
}

export const utf8 = (data: Uint8Array | undefined) => new TextDecoder().decode(data);
export const bytes = (s: string) => new TextEncoder().encode(s);
