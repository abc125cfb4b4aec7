import type { TokenScopes } from './shake-tokens.ts';

/**
 * A theme's colours are an agency's to choose, and WCAG 2.1 AA is the law for it (forskrift om
 * universell utforming av IKT): the build checks the token pairs the course's stylesheet puts
 * together (src/app/styles/base.css and the rules that read it) and refuses a theme that falls
 * short, naming the tokens. Text 1.4.3: ≥ 4.5:1; borders, focus and controls 1.4.11: ≥ 3:1.
 */
interface Pair {
  fg: string;
  bg: string;
  min: 4.5 | 3;
  /** Where the course shows the pair, for the error message. */
  where: string;
}

const t = (name: string) => `--ds-color-${name}`;
const SURFACES = ['neutral-background-default', 'accent-background-tinted', 'accent-surface-tinted', 'neutral-surface-tinted'];

export const CONTRAST_PAIRS: readonly Pair[] = [
  ...['neutral-text-default', 'neutral-text-subtle', 'accent-text-default', 'accent-text-subtle'].flatMap((fg) =>
    SURFACES.map((bg): Pair => ({ fg: t(fg), bg: t(bg), min: 4.5, where: 'text on the page, cards and tinted boxes' })),
  ),
  ...['base-default', 'base-hover', 'base-active'].map((bg): Pair => ({ fg: t('accent-base-contrast-default'), bg: t(`accent-${bg}`), min: 4.5, where: 'the words on a primary button' })),
  ...(['success', 'danger'] as const).flatMap((c) => [
    { fg: t(`${c}-text-subtle`), bg: t('neutral-background-default'), min: 4.5 as const, where: 'right and wrong in feedback' },
    { fg: t(`${c}-text-subtle`), bg: t(`${c}-background-tinted`), min: 4.5 as const, where: 'a chosen option marked right or wrong' },
  ]),
  { fg: t('warning-text-subtle'), bg: t('neutral-background-default'), min: 4.5, where: 'a partly good choice' },
  { fg: t('neutral-text-default'), bg: t('warning-surface-tinted'), min: 4.5, where: 'notices' },
  { fg: t('focus-outer'), bg: t('neutral-background-default'), min: 3, where: 'the focus ring' },
  { fg: t('accent-base-default'), bg: t('neutral-background-default'), min: 3, where: 'secondary buttons’ borders, progress and the brand lines' },
  { fg: t('neutral-border-default'), bg: t('neutral-background-default'), min: 3, where: 'the borders of fields and options' },
];

/** #rgb or #rrggbb to [r, g, b]; null for anything else (a colour the check cannot read). */
function rgb(value: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.x relative luminance and contrast ratio. */
export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const lum = (c: [number, number, number]) => {
    const [r, g, bl] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A token's value in the light scheme, following `var(--other)` (and its fallback) to the colour. */
function colourOf(tokens: Map<string, string>, name: string, seen = new Set<string>()): string | null {
  const value = tokens.get(name);
  if (value === undefined || seen.has(name)) return null;
  seen.add(name);
  const ref = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/.exec(value.trim());
  if (!ref) return value;
  return colourOf(tokens, ref[1] ?? '', seen) ?? (ref[2] ? ref[2].trim() : null);
}

/** One line per pair that falls short or cannot be read; empty when the theme passes. */
export function contrastProblems(scopes: TokenScopes): string[] {
  const root = scopes.get(':root') ?? new Map<string, string>();
  const problems: string[] = [];
  for (const p of CONTRAST_PAIRS) {
    const [fg, bg] = [colourOf(root, p.fg), colourOf(root, p.bg)];
    const [a, b] = [fg && rgb(fg), bg && rgb(bg)];
    if (!a || !b) {
      problems.push(`${p.fg} on ${p.bg}: expected two colours as #rrggbb, found ${fg ?? 'nothing'} and ${bg ?? 'nothing'}`);
      continue;
    }
    const ratio = contrastRatio(a, b);
    if (ratio < p.min) problems.push(`${p.fg} ${fg} on ${p.bg} ${bg}: ${ratio.toFixed(2)}:1, needs ${p.min}:1 (${p.where})`);
  }
  return problems;
}
