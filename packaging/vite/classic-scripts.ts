import type { Plugin } from 'vite';

/**
 * The built player uses one classic, deferred script instead of an ES module: browsers refuse
 * module scripts and crossorigin loads from file://, and some LMS players serve packages from
 * origins where that matters. The bundle is a single IIFE (see vite.config.ts).
 */
export function classicScripts(): Plugin {
  return {
    name: 'classic-scripts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<script type="module" crossorigin/g, '<script defer').replace(/ crossorigin(="[^"]*")?/g, ''),
    },
  };
}
