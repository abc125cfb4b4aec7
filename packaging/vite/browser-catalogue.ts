import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { catalogue } from '../../src/errors/catalogue.ts';

const CATALOGUE = fileURLToPath(new URL('../../src/errors/catalogue.ts', import.meta.url));

/** Messages only Node tools show (content validation, package checker, LRS report): never in the player. */
export const TOOLING_ONLY = /^(CONTENT|PACKAGE|REPORT)_/;

/**
 * The error catalogue in the player holds only what the player can show (learner and admin
 * messages of a running course): about 5 KB of the catalogue is for authors and the Node tools,
 * and shipping it cost every learner bytes (issue 12: app JS+CSS ≤ 40 KB gzip).
 */
export function browserCatalogue(): Plugin {
  return {
    name: 'browser-catalogue',
    load(id) {
      if (id !== CATALOGUE) return null;
      const kept = Object.fromEntries(Object.entries(catalogue).filter(([name]) => !TOOLING_ONLY.test(name)));
      return `export const catalogue = ${JSON.stringify(kept)};\n`;
    },
  };
}
