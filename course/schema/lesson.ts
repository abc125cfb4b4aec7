import { z } from 'zod';
import { blockSchema } from './block.ts';
import { lessonDuration } from './duration.ts';
import { idSchema } from './ids.ts';
import { illustrationSchema } from './illustration.ts';
import { localizedTextSchema as text } from './text.ts';

export const pageSchema = z.object({
  id: idSchema,
  title: text,
  blocks: z.array(blockSchema).min(1, { error: 'at least 1 block' }),
});

export const lessonSchema = z
  .object({
    id: idSchema,
    title: text,
    /** One line shown in the table of contents. */
    summary: text.optional(),
    /** A picture for the lesson, shown on its first page. */
    cover: illustrationSchema.optional(),
    /** The expectation this lesson teaches, if any. */
    objective: idSchema.optional(),
    /** Required lessons must be done for the course to be completed. */
    required: z.boolean().default(true),
    pages: z.array(pageSchema).min(1, { error: 'at least 1 page' }),
  })
  // No `minutes` to write: the duration is computed from the content (duration.ts).
  .strict()
  .transform((lesson) => ({ ...lesson, minutes: lessonDuration(lesson).minutes }));

export type Lesson = z.output<typeof lessonSchema>;
export type LessonInput = z.input<typeof lessonSchema>;
export type Page = z.output<typeof pageSchema>;

/** Identity helper so lesson files get editor completion and type errors from the schema. */
export function defineLesson(lesson: LessonInput): LessonInput {
  return lesson;
}
