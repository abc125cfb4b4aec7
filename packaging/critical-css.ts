import { createHash } from 'node:crypto';
import type { SelectorComponent, SelectorList } from 'lightningcss';
import { shakeCustomProperties } from './css/custom-properties.ts';
import { transformCss as run } from './css/lightning.ts';

/**
 * Issue 12, ready on the slow profile ≤ 1.5× a static page: a render-blocking stylesheet costs the
 * first screen one more round trip after the HTML (150 ms on that profile). So index.html carries
 * the rules its prerendered start page can use, inline in one <style> that the package's
 * Content-Security-Policy allows by its hash (CSP Level 2 §4.2.4 hash-source; issue 8 asked for
 * "the exact policy it needs (hashes included)"), and the whole stylesheet is linked at the end of
 * <body>, where it blocks neither the start page's paint nor anything but the app script
 * (HTML: a deferred script waits for the style sheets that block scripts).
 *
 * Which rules: every rule whose selector could match something in the page, judged per simple
 * selector against the tags, classes, ids and attributes the HTML holds anywhere. That can keep a
 * rule that matches nothing, never drop one that matches, so the start page looks the same before
 * and after the whole stylesheet arrives (checked in test/e2e/web/critical-css.test.ts). Custom
 * properties nothing kept reads are dropped. Build time only: lightningcss never reaches the browser.
 */

/** What a page's markup holds, to judge selectors by. */
export interface PageFacts {
  tags: Set<string>;
  classes: Set<string>;
  ids: Set<string>;
  /** attribute name → the values it has somewhere in the page */
  attributes: Map<string, Set<string>>;
}

/** The tags, classes, ids and attributes in an HTML text (well-formed, double-quoted attributes: what we render). */
export function pageFacts(html: string): PageFacts {
  const facts: PageFacts = { tags: new Set(), classes: new Set(), ids: new Set(), attributes: new Map() };
  for (const tag of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<([a-zA-Z][\w-]*)((?:[^>"]|"[^"]*")*)>/g)) {
    facts.tags.add((tag[1] ?? '').toLowerCase());
    for (const attr of (tag[2] ?? '').matchAll(/([^\s=/"]+)(?:="([^"]*)")?/g)) {
      const name = (attr[1] ?? '').toLowerCase();
      const value = attr[2] ?? '';
      const values = facts.attributes.get(name) ?? new Set<string>();
      values.add(value);
      facts.attributes.set(name, values);
      if (name === 'class') for (const c of value.split(/\s+/)) if (c) facts.classes.add(c);
      if (name === 'id') facts.ids.add(value);
    }
  }
  return facts;
}

/** Could this one component match some element of the page? Pseudo-classes of state (hover, focus…) could, later. */
function componentPossible(c: SelectorComponent, page: PageFacts): boolean {
  switch (c.type) {
    case 'type':
      return page.tags.has(c.name.toLowerCase());
    case 'class':
      return page.classes.has(c.name);
    case 'id':
      return page.ids.has(c.name);
    case 'attribute': {
      const values = page.attributes.get(c.name.toLowerCase());
      if (!values) return false;
      // Only exact values are checked; [x^=…], [x~=…] and the like count as possible once x is there.
      return c.operation?.operator !== 'equal' || values.has(c.operation.value);
    }
    case 'pseudo-class':
      if ('selectors' in c && (c.kind === 'is' || c.kind === 'where' || c.kind === 'any' || c.kind === 'has')) return anyPossible(c.selectors, page);
      return true;
    default:
      return true;
  }
}

function anyPossible(selectors: SelectorList, page: PageFacts): boolean {
  return selectors.some((s) => s.every((c) => componentPossible(c, page)));
}

/** Drops every rule that cannot apply to the page. */
function keepPossibleRules(css: string, page: PageFacts): string {
  return run(css, {
    Rule: {
      style: (rule) => (anyPossible(rule.value.selectors, page) ? undefined : []),
      // @page, @font-face: not for the first screen (the whole stylesheet brings them).
      page: () => [],
      'font-face': () => [],
    },
  });
}

/**
 * Drops the style rules left with no declarations, then the @media and @supports blocks left
 * empty (exit visitors see a block's rules after its children's), in one pass. An empty layer
 * block stays: it still fixes the order of the layers, which decides the cascade.
 */
function dropEmptyRules(css: string): string {
  const empty = (r: { value: { declarations?: { declarations?: unknown[]; importantDeclarations?: unknown[] }; rules?: unknown[] } }) =>
    !r.value.declarations?.declarations?.length && !r.value.declarations?.importantDeclarations?.length && !r.value.rules?.length;
  return run(css, {
    RuleExit: {
      style: (r) => (empty(r) ? [] : undefined),
      media: (r) => (r.value.rules.length ? undefined : []),
      supports: (r) => (r.value.rules.length ? undefined : []),
    },
  });
}

/** The page's critical CSS: the rules of `css` its markup could use, minified. */
export function criticalCss(css: string, html: string): string {
  return dropEmptyRules(shakeCustomProperties(keepPossibleRules(css, pageFacts(html))));
}

/** The CSP source expression that allows exactly this inline style (CSP Level 2 §4.2.4: sha256 of the element's text, base64). */
export const styleHash = (css: string): string => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
