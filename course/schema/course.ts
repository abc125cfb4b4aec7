import { z } from 'zod';
import { idSchema } from './ids.ts';
import { illustrationSchema } from './illustration.ts';
import { lessonSchema, type Lesson } from './lesson.ts';
import { localeSchema, localizedRichTextSchema as rich, localizedTextSchema as text } from './text.ts';

export const objectiveSchema = z.object({
  id: idSchema,
  title: text,
  description: text,
});

export const courseMetaSchema = z
  .object({
    /** An IRI; xAPI activity ids and the SCORM manifest identifier derive from it. */
    id: z.url({ protocol: /^https$/, error: 'an https IRI, e.g. https://example.no/kurs/ledelse' }),
    /** Short name used in file names: dist/<slug>-scorm12.zip. */
    slug: idSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'a version like 1.0.0' }),
    title: text,
    /** The title as the header shows it on a phone (under 40rem), where the whole one does not fit one line. */
    shortTitle: text
      .superRefine((t, ctx) => {
        for (const [locale, s] of Object.entries(t)) {
          if (typeof s === 'string' && s.length > 12) ctx.addIssue({ code: 'custom', path: [locale], input: s, message: 'at most 12 characters (the header at 320 px keeps one line)' });
        }
      })
      .optional(),
    description: text,
    /** The course's picture on the start page (it counts towards the first screen's bytes). */
    cover: illustrationSchema.optional(),
    /** What you will learn, shown on the start page. */
    outcomes: z.array(text).min(1),
    /** Languages the content is complete in; bokmål first. */
    languages: z.array(localeSchema).min(1).refine((l) => l.includes('nb'), { error: 'a list that includes "nb"' }),
    /** Percent of the final assessment needed to pass. */
    masteryScore: z.number().int().min(0).max(100),
    /** The expectations. Each gets a SCORM objective and an xAPI activity. */
    objectives: z.array(objectiveSchema).min(1),
    /** Opt-in: send reflection text to the LMS/LRS. Default: only that it was written. */
    trackReflectionText: z.boolean().default(false),
    publisher: text,
    credits: rich.optional(),
    /**
     * Who answers questions about accessibility. Forskrift om universell utforming av IKT § 8:
     * the accessibility statement (tilgjengelighetserklæring) must give a way to give feedback.
     */
    accessibilityContact: z.object({ name: text, email: z.email({ error: 'an e-mail address' }), url: z.url({ protocol: /^https$/ }).optional() }).strict().optional(),
    /**
     * The agency's look: a folder under course/themes/ (colours, logo, name; course/themes/README.md).
     * A build may choose another with COURSE_THEME or `--theme=` (packaging/theme/load-theme.ts).
     */
    theme: z.string().regex(/^[a-z0-9-]+$/, { error: 'a folder name under course/themes/ (lower-case letters, digits and hyphens)' }).default('standard'),
    /** The final test: open from the start with a warning, or locked until every other required lesson is done. */
    finalTestAccess: z.enum(['open-with-warning', 'after-lessons']).default('open-with-warning'),
  })
  .strict();

/**
 * The course's duration is the sum of its lessons' computed minutes (duration.ts); nobody writes
 * it. The number of lessons goes with it, so the start page says both before the lessons are in.
 */
export function assembleCourse(meta: AuthoredMeta, lessons: Lesson[]) {
  return { meta: { ...meta, minutes: lessons.reduce((n, l) => n + l.minutes, 0), lessonCount: lessons.length }, lessons };
}

export const courseSchema = z.object({ meta: courseMetaSchema, lessons: z.array(lessonSchema).min(1) }).transform(({ meta, lessons }) => assembleCourse(meta, lessons));

/** The metadata as written in course/course.ts, validated. */
export type AuthoredMeta = z.output<typeof courseMetaSchema>;
/** The metadata the player gets: as written, plus the computed duration in minutes and the number of lessons. */
export type CourseMeta = Course['meta'];
export type CourseMetaInput = z.input<typeof courseMetaSchema>;
export type Objective = z.output<typeof objectiveSchema>;
/** The validated course as the player receives it. */
export type Course = z.output<typeof courseSchema>;

export function defineCourse(meta: CourseMetaInput): CourseMetaInput {
  return meta;
}
