import type { Declaration } from 'lightningcss';
import { transformCss } from './lightning.ts';

/** A dashed ident in a declaration's value as lightningcss gives it: var(--x) and other references alike. */
const DASHED = /"ident":"(--[\w-]+)"/g;

// lightningcss files properties it has no parser for (content, …) as 'custom' too: only --names are custom properties.
const isCustomProperty = (d: Declaration): d is Extract<Declaration, { property: 'custom' }> => d.property === 'custom' && d.value.name.startsWith('--');

/**
 * The custom properties something reads: a declaration of a real property, or `alsoRead` (the
 * app's code, which sets and reads some), directly or through other custom properties.
 */
export function customPropertiesRead(css: string, alsoRead: (name: string) => boolean = () => false): Set<string> {
  const edges = new Map<string, Set<string>>();
  const roots = new Set<string>();
  const reads = (d: Declaration) => [...JSON.stringify(d.value).matchAll(DASHED)].map((m) => m[1] ?? '');
  transformCss(css, {
    Declaration(d) {
      if (!isCustomProperty(d)) {
        for (const r of reads(d)) roots.add(r);
        return;
      }
      const set = edges.get(d.value.name) ?? new Set<string>();
      for (const r of reads(d)) set.add(r);
      edges.set(d.value.name, set);
      if (alsoRead(d.value.name)) roots.add(d.value.name);
    },
  });
  const read = new Set<string>();
  const visit = (name: string) => {
    if (read.has(name)) return;
    read.add(name);
    for (const next of edges.get(name) ?? []) visit(next);
  };
  for (const name of roots) visit(name);
  return read;
}

/**
 * The stylesheet without the custom-property declarations nothing reads (customPropertiesRead).
 * An unread custom property changes no computed style. The text is cut, not re-serialised, so
 * comments (the theme's token mark) and everything else stay byte for byte; rules left empty
 * stay too (they change nothing; the critical CSS drops its own, theme CSS has almost none).
 * Expects minified CSS: a declaration starts right after `{` or `;`.
 */
export function shakeCustomProperties(css: string, alsoRead?: (name: string) => boolean): string {
  const read = customPropertiesRead(css, alsoRead);
  return css.replace(/(?<=[{;])(--[\w-]+):[^;{}]*;?/g, (all, name: string) => (read.has(name) ? all : ''));
}
