import { z } from 'zod';
import { idSchema } from './ids.ts';

/**
 * The source document's own wording, in the language it exists in (bokmål): what a text marked
 * `fromDocument` must quote word for word. Read by validation only; never shipped to the player.
 */
export const sourceDocumentSchema = z
  .object({
    title: z.string().min(1),
    /** The document's points under each expectation, keyed by the course's objective id. */
    points: z.record(idSchema, z.array(z.string().min(1)).min(1, { error: 'at least 1 point' })),
  })
  .strict();

export type SourceDocument = z.output<typeof sourceDocumentSchema>;
export type SourceDocumentInput = z.input<typeof sourceDocumentSchema>;

/** Typed helper for course/source-document.ts; validation happens in the build. */
export function defineSourceDocument(document: SourceDocumentInput): SourceDocumentInput {
  return document;
}
