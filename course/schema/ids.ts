import { z } from 'zod';

/**
 * Stable ids. They end up in SCORM interaction ids (SCORM 1.2 RTE 3.4.2 CMIIdentifier:
 * no spaces, ≤ 255 chars), SCORM 2004 long_identifier_type and xAPI activity IRIs, so we
 * keep them to lower-case letters, digits and hyphens — safe in every one of them.
 */
export const idSchema = z
  .string({ error: 'a stable id (lower-case letters, digits and hyphens)' })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    error: 'a stable id of 1–64 lower-case letters, digits and hyphens, starting with a letter or digit',
  });

export type Id = z.infer<typeof idSchema>;
