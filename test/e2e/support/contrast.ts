import { contrastRatio } from '../../../packaging/theme/theme-contrast.ts';

/** Computed CSS colours ("rgb(r, g, b)" / "rgba(…)") as [r, g, b]. */
export function parseRgb(css: string): [number, number, number] {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(css);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG 2.x contrast ratio of two computed CSS colours (the maths: packaging/theme/theme-contrast.ts). */
export function contrast(a: string, b: string): number {
  return contrastRatio(parseRgb(a), parseRgb(b));
}
