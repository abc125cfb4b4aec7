import { optimize, type CustomPlugin } from 'svgo';

/**
 * What an inlined illustration may contain. The player puts the markup into the page as is
 * (no request, themable colours), so it must be inert: no script, event handler, foreign
 * object, style (blocked by the strict CSP, and it would leak into the page), link, image or
 * any reference outside itself. Flat drawings need only these shapes and these attributes.
 */
const ELEMENTS = new Set(['svg', 'g', 'path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon']);
const ATTRIBUTES = new Set([
  'xmlns', 'viewBox', 'class', 'd', 'cx', 'cy', 'r', 'rx', 'ry', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height', 'points', 'transform',
  'fill', 'fill-rule', 'clip-rule', 'fill-opacity', 'opacity', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity',
  'aria-hidden', 'focusable',
]);
/** Values that could reach outside the file or run code. */
const UNSAFE_VALUE = /url\s*\(|javascript:|data:|https?:|[<>]/i;

export type OptimiseResult = { ok: true; svg: string } | { ok: false; problem: string };

/**
 * svgo with its default preset, dimensions removed (the viewBox stays, so the picture scales to
 * its box), scripts and style elements dropped, then every element and attribute checked
 * against the allow-list. The root is marked aria-hidden: the player's wrapper is the image for
 * assistive technology (role="img" + alt) or hides a decorative one.
 */
export function optimiseSvg(source: string): OptimiseResult {
  const refused: string[] = [];
  const check: CustomPlugin = {
    name: 'course-allow-list',
    fn: () => ({
      element: {
        enter: (node, parent) => {
          if (!ELEMENTS.has(node.name)) refused.push(`element <${node.name}>`);
          for (const [name, value] of Object.entries(node.attributes)) {
            if (!ATTRIBUTES.has(name)) refused.push(`attribute ${name} on <${node.name}>`);
            else if (UNSAFE_VALUE.test(value)) refused.push(`value ${name}="${value}" on <${node.name}>`);
          }
          if (node.name === 'svg' && parent.type === 'root') {
            node.attributes['aria-hidden'] = 'true';
            node.attributes.focusable = 'false';
          }
        },
      },
    }),
  };
  let svg: string;
  try {
    svg = optimize(source, {
      multipass: true,
      plugins: ['preset-default', 'removeDimensions', 'removeScripts', 'removeStyleElement', 'removeXMLNS', check],
    }).data;
  } catch (error) {
    return { ok: false, problem: `SVG that parses (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)})` };
  }
  if (!svg.startsWith('<svg')) return { ok: false, problem: 'one <svg> element at the root' };
  if (!/viewBox=/.test(svg)) return { ok: false, problem: 'a viewBox on the <svg> element (so the picture scales)' };
  if (refused.length > 0) return { ok: false, problem: `only plain shapes (${[...new Set(refused)].slice(0, 3).join('; ')} is not allowed)` };
  return { ok: true, svg };
}
