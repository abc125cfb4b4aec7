import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { catalogue } from '../../src/errors/catalogue.ts';

const CATALOGUE = fileURLToPath(new URL('../../src/errors/catalogue.ts', import.meta.url));

/** Messages only Node tools show (content validation, package checker, LRS report): never in the player. */
export const TOOLING_ONLY = /^(CONTENT|PACKAGE|REPORT)_/;

/** Stands for the catalogue in the bundle until the bundle's code shows which entries it names. */
export const PLACEHOLDER = '__COURSE_ERROR_CATALOGUE__';

/**
 * The entries a bundle can show: those whose name the code spells (a string, a property, a key),
 * the placeholder itself aside. Every name reaches the catalogue as written in the source, for
 * example `notice: 'NO_LMS'` or `catalogue.RETURN_URL_IGNORED`, and minifiers keep both.
 */
export function namedIn(code: string, entries: Record<string, unknown> = catalogue): Record<string, unknown> {
  const rest = code.split(PLACEHOLDER).join('');
  return Object.fromEntries(Object.entries(entries).filter(([name]) => !TOOLING_ONLY.test(name) && new RegExp(`["'\`.]${name}\\b|\\b${name}["'\`]?:`).test(rest)));
}

/**
 * The error catalogue in the player holds only what that target's player can show: about 5 KB
 * of the catalogue is for authors and the Node tools, SCRIPT_BLOCKED is only in index.html (for
 * when no script runs), and each tracker has its own messages; shipping them cost every learner
 * bytes (issue 12: app JS+CSS ≤ 40 KB gzip). The dev server gets every player message.
 */
export function browserCatalogue(): Plugin {
  let building = false;
  return {
    name: 'browser-catalogue',
    configResolved(config) {
      building = config.command === 'build';
    },
    load(id) {
      if (id !== CATALOGUE) return null;
      if (building) return `export const catalogue = ${PLACEHOLDER};\n`;
      const kept = Object.fromEntries(Object.entries(catalogue).filter(([name]) => !TOOLING_ONLY.test(name)));
      return `export const catalogue = ${JSON.stringify(kept)};\n`;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.code.includes(PLACEHOLDER)) continue;
        if (file.code.split(PLACEHOLDER).length !== 2) throw new Error(`browser-catalogue: ${PLACEHOLDER} occurs more than once in ${file.fileName}`);
        file.code = file.code.replace(PLACEHOLDER, JSON.stringify(namedIn(file.code)));
      }
    },
  };
}
