import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTheme } from '../../../packaging/theme/load-theme.ts';
import { readTokens } from '../../../packaging/theme/shake-tokens.ts';
import { contrastProblems, contrastRatio, CONTRAST_PAIRS } from '../../../packaging/theme/theme-contrast.ts';

/** The standard theme's tokens with some overridden, as an agency's tokens.css would. */
function standardWith(css: string) {
  const base = loadTheme('.', 'standard').tokens;
  const over = readTokens(css);
  const root = new Map([...(base.get(':root') ?? []), ...(over.get(':root') ?? [])]);
  return new Map([...base, [':root', root]]);
}

describe('theme contrast (WCAG 2.1 AA, checked when a theme is loaded)', () => {
  it('computes WCAG ratios: black on white 21:1, #767676 on white just over 4.5:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([0x76, 0x76, 0x76], [255, 255, 255])).toBeGreaterThan(4.5);
    expect(contrastRatio([0x77, 0x77, 0x77], [255, 255, 255])).toBeLessThan(4.5);
  });

  it('both shipped themes pass every pair the stylesheet puts together', () => {
    for (const name of ['standard', 'eksempelforvaltning']) expect(contrastProblems(loadTheme('.', name).tokens), name).toEqual([]);
  });

  it('names the tokens, the ratio and where the course shows them when a colour falls short', () => {
    const problems = contrastProblems(standardWith(':root{--ds-color-accent-base-default:#7fb2e0}'));
    expect(problems).toContain('--ds-color-accent-base-contrast-default #ffffff on --ds-color-accent-base-default #7fb2e0: 2.25:1, needs 4.5:1 (the words on a primary button)');
    expect(problems).toContain('--ds-color-accent-base-default #7fb2e0 on --ds-color-neutral-background-default #ffffff: 2.25:1, needs 3:1 (secondary buttons’ borders, progress and the brand lines)');
  });

  it('follows var() to the colour, and says so when it cannot read one', () => {
    expect(contrastProblems(standardWith(':root{--x:#292c30;--ds-color-neutral-text-default:var(--x)}'))).toEqual([]);
    expect(contrastProblems(standardWith(':root{--ds-color-neutral-background-default:#fff}'))).toEqual([]);
    expect(contrastProblems(standardWith(':root{--ds-color-focus-outer:color-mix(in srgb, red, blue)}'))).toEqual([
      '--ds-color-focus-outer on --ds-color-neutral-background-default: expected two colours as #rrggbb, found color-mix(in srgb, red, blue) and #ffffff',
    ]);
  });

  it('the build refuses such a theme, naming its folder and the pair', () => {
    // A copy of the project root's course/themes with one agency theme that fails.
    const root = mkdtempSync(join(tmpdir(), 'theme-'));
    mkdirSync(join(root, 'course', 'themes'), { recursive: true });
    cpSync('course/themes/eksempelforvaltning', join(root, 'course', 'themes', 'pale'), { recursive: true });
    writeFileSync(join(root, 'course', 'themes', 'pale', 'tokens.css'), `${readFileSync('course/themes/eksempelforvaltning/tokens.css', 'utf8')}\n:root{--ds-color-neutral-text-subtle:#aaaaaa}`);
    writeFileSync(join(root, 'package.json'), '{}');
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    expect(() => loadTheme(root, 'pale')).toThrow(/theme "pale": colours below WCAG 2\.1 AA contrast \[THEME_CONTRAST\] \(course\/themes\/pale\/\):\n {2}--ds-color-neutral-text-subtle #aaaaaa on --ds-color-neutral-background-default #ffffff: 2\.32:1, needs 4\.5:1/);
  });

  it('checks text at 4.5:1 and borders and focus at 3:1', () => {
    expect(CONTRAST_PAIRS.filter((p) => p.fg.includes('text') || p.fg.includes('contrast')).every((p) => p.min === 4.5)).toBe(true);
    expect(CONTRAST_PAIRS.find((p) => p.fg === '--ds-color-focus-outer')?.min).toBe(3);
  });
});
