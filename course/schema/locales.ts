/**
 * Languages the content model carries. Its own module without zod, so the player can import
 * the list (src/state/serialize.ts) without pulling the schema library into the browser bundle.
 */
export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
