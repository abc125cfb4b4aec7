import type { Inline, RichDoc } from '../../course/schema/rich-text.ts';

/** HTML-escapes text for element content and attribute values. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The build-time markup tree as HTML (as src/app/blocks/rich-text.tsx renders it): text is always escaped. */
export function inlineHtml(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return esc(node);
      switch (node.t) {
        case 'em':
          return `<em>${inlineHtml(node.c)}</em>`;
        case 'strong':
          return `<strong>${inlineHtml(node.c)}</strong>`;
        case 'a':
          return `<a href="${esc(node.href)}">${inlineHtml(node.c)}</a>`;
        case 'lang':
          return `<span lang="${esc(node.lang)}">${inlineHtml(node.c)}</span>`;
        default:
          return node satisfies never;
      }
    })
    .join('');
}

/** Headings inside rich text sit one level under the guide's section heading. */
export function richHtml(doc: RichDoc, headingBase = 3): string {
  return doc
    .map((block) => {
      switch (block.t) {
        case 'p':
          return `<p>${inlineHtml(block.c)}</p>`;
        case 'h':
          return `<h${headingBase + block.level - 2}>${inlineHtml(block.c)}</h${headingBase + block.level - 2}>`;
        case 'ul':
        case 'ol':
          return `<${block.t}>${block.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</${block.t}>`;
        default:
          return block satisfies never;
      }
    })
    .join('\n');
}
