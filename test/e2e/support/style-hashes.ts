import { createHash } from 'node:crypto';

/**
 * The CSP hash source of each <style> in a page (CSP Level 2: sha256 of its text, base64), worked
 * out here from the shipped file, not by the build's own code (packaging/critical-css.ts styleHash).
 */
export const inlineStyleHashes = (html: string): string[] =>
  [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
