import { checkDocument } from './check-document.ts';
import { checkLanguages } from './check-languages.ts';
import { checkReferences } from './check-references.ts';
import { assembleCourse, courseMetaSchema, type Course } from './course.ts';
import { lessonSchema, type Lesson } from './lesson.ts';
import type { Problem } from './problem.ts';
import { sourceDocumentSchema } from './source-document.ts';
import { problemsFromZod } from './zod-issue.ts';

export interface SourceFile {
  /** Path relative to the project root, for messages. */
  file: string;
  /** The file's default export, not yet trusted. */
  data: unknown;
}

export interface CourseSources {
  meta: SourceFile;
  lessons: SourceFile[];
  /** The source document's wording (course/source-document.ts), when the course has one. */
  document?: SourceFile | undefined;
}

export type ValidationResult = { ok: true; course: Course } | { ok: false; problems: Problem[] };

function lessonIdOf(data: unknown): string {
  const id = data && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : '(lesson without id)';
}

/** Validates the whole course and collects every problem before failing once. */
export function validateCourse(sources: CourseSources): ValidationResult {
  const problems: Problem[] = [];
  const meta = courseMetaSchema.safeParse(sources.meta.data, { reportInput: true });
  if (!meta.success) problems.push(...problemsFromZod(meta.error, sources.meta.file, 'course'));

  const files = new Map<Lesson, string>();
  const lessons: Lesson[] = [];
  for (const source of sources.lessons) {
    const parsed = lessonSchema.safeParse(source.data, { reportInput: true });
    if (parsed.success) {
      files.set(parsed.data, source.file);
      lessons.push(parsed.data);
    } else problems.push(...problemsFromZod(parsed.error, source.file, lessonIdOf(source.data)));
  }
  if (sources.lessons.length === 0) {
    problems.push({ code: 'CONTENT_LOAD', file: 'course/lessons/', lesson: 'course', path: '', expected: 'at least one lesson file', found: 'none' });
  }
  if (meta.success) problems.push(...checkReferences(meta.data, lessons, (l) => files.get(l) ?? '?'));
  if (meta.success) problems.push(...checkLanguages(meta.data, lessons, (l) => files.get(l) ?? '?', sources.meta.file));
  if (sources.document) {
    const { file, data } = sources.document;
    const document = sourceDocumentSchema.safeParse(data, { reportInput: true });
    if (document.success) problems.push(...checkDocument(document.data, file, lessons, (l) => files.get(l) ?? '?'));
    else problems.push(...problemsFromZod(document.error, file, 'course'));
  }
  if (problems.length > 0 || !meta.success) return { ok: false, problems };
  return { ok: true, course: assembleCourse(meta.data, lessons) };
}
