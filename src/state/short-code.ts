/**
 * Short, stable codes for ids in saved state. Derived from the id itself (FNV-1a), never
 * from a position, so a re-ordered or extended course still reads a learner's old data.
 * The build fails if two ids in one namespace share a code (see check-references.ts).
 * Why: SCORM 1.2 RTE 3.4.2.1: cmi.suspend_data ≤ 4096 characters — full ids don't fit.
 */
export function shortCode(id: string, length: number): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-length);
}

/** Code lengths per namespace: course-wide things get 3 chars (46 656 codes), options within a question 2. */
export const CODE_LENGTH = { global: 3, local: 2 } as const;
