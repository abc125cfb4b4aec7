import { access, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem } from '../course/schema/problem.ts';
import type { CourseSources, SourceFile } from '../course/schema/validate.ts';

/** Loads a module's default export; the importer differs between tsx (build) and Vite (dev). */
export type Importer = (absolutePath: string) => Promise<{ default?: unknown }>;

export const nodeImporter: Importer = (path) => import(`${pathToFileURL(path).href}?t=${Date.now()}`) as Promise<{ default?: unknown }>;

/**
 * Reads course/course.ts, course/lessons/*.ts (lesson order = file name order, NN-name.ts) and,
 * when present, course/source-document.ts (the document's wording, for validation only).
 * A file that fails to load becomes a problem, so the author sees it with all the others.
 */
export async function loadCourseSources(root: string, importer: Importer = nodeImporter): Promise<{ sources: CourseSources; problems: Problem[] }> {
  const courseDir = join(root, 'course');
  const problems: Problem[] = [];
  const load = async (abs: string): Promise<SourceFile> => {
    const file = relative(root, abs);
    try {
      const mod = await importer(abs);
      if (mod.default === undefined) throw new Error('the file has no default export');
      return { file, data: mod.default };
    } catch (error) {
      problems.push({ code: 'CONTENT_LOAD', file, lesson: '(unknown)', path: '', expected: 'a module whose default export is the definition', found: error instanceof Error ? error.message.split('\n')[0] ?? 'an error' : String(error) });
      return { file, data: undefined };
    }
  };
  const lessonDir = join(courseDir, 'lessons');
  const names = (await readdir(lessonDir)).filter((n) => /\.ts$/.test(n) && !n.endsWith('.d.ts')).sort();
  const meta = await load(join(courseDir, 'course.ts'));
  const lessons = [];
  for (const name of names) lessons.push(await load(join(lessonDir, name)));
  const documentPath = join(courseDir, 'source-document.ts');
  const hasDocument = await access(documentPath).then(() => true, () => false);
  const document = hasDocument ? await load(documentPath) : undefined;
  return { sources: { meta, lessons: lessons.filter((l) => l.data !== undefined), document: document?.data === undefined ? undefined : document }, problems };
}
