import { z } from 'zod';
import { localizedTextSchema as text } from './text.ts';

/** An SVG file name in course/illustrations/: lower-case, no folders (so no path can escape the folder). */
const fileSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*\.svg$/, { error: 'an SVG file name in course/illustrations/, e.g. "cover-kjenn-rammene.svg"' });

/**
 * A picture from course/illustrations/. It either says what it shows (`alt`, in every course
 * language) or is marked `decorative: true` (then screen readers skip it: WCAG 2.1 SC 1.1.1).
 * The build reads the file, optimises it with svgo, checks it is safe to inline and puts the
 * markup in `svg` (packaging/illustrations/inline-illustrations.ts); authors never write `svg`.
 */
export const illustrationSchema = z
  .object({
    src: fileSchema,
    alt: text.optional(),
    decorative: z.literal(true).optional(),
  })
  .strict()
  .refine((i) => (i.alt === undefined) !== (i.decorative === undefined), {
    error: 'either alt: { nb, nn, en } (what the picture shows) or decorative: true, not both and not neither',
    path: ['alt'],
  })
  .transform((i) => ({ ...i, svg: undefined as string | undefined }));

export type Illustration = z.output<typeof illustrationSchema>;
export type IllustrationInput = z.input<typeof illustrationSchema>;
