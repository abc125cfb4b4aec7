import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { purgeComponents } from '../../../packaging/theme/purge-components.ts';
import { loadTheme, themeName } from '../../../packaging/theme/load-theme.ts';
import { atDefaultSize } from '../../../packaging/theme/default-size.ts';
import { dropDeadFallbacks, inlineRootProperties, inlineTokens, readTokens, reduceProducts, shakeTokens } from '../../../packaging/theme/shake-tokens.ts';

describe('course themes (issue 12)', () => {
  it('reads declarations beside nested blocks, and skips the dark scheme', () => {
    const t = readTokens(':root{--a:1px;@supports (x:y){--a:2px}--b:var(--a)}@layer ds.theme.color-scheme.dark{:root{--c:#000}}[data-color="info"]{--d:var(--b)}');
    expect(Object.fromEntries(t.get(':root') ?? [])).toEqual({ '--a': '1px', '--b': 'var(--a)' });
    // --b only aliases --a: folded to its value, and --a, read by nothing else, dropped.
    expect(shakeTokens(t, new Set(['--d']), new Set(['info']))).toBe('@layer ds.theme{:root{--b:1px}[data-color="info"]{--d:var(--b)}}');
    // Inside an expression too; a fallback is folded like any other read.
    const expr = readTokens(':root{--a:2px;--b:3px;--c:min(var(--a)*2,var(--b)*5);--d:var(--x, var(--a))}');
    expect(shakeTokens(expr, new Set(['--c', '--d']), new Set())).toBe('@layer ds.theme{:root{--c:min(2px*2,3px*5);--d:var(--x, 2px)}}');
    // A token a colour scope redefines is never folded away.
    const scoped = readTokens(':root{--a:1px;--b:var(--a)}[data-color="info"]{--a:2px}');
    expect(shakeTokens(scoped, new Set(['--b']), new Set(['info']))).toBe('@layer ds.theme{:root{--a:1px;--b:var(--a)}[data-color="info"]{--a:2px}}');
  });

  it('drops the fallbacks of tokens the theme sets to a plain value, and only those', () => {
    const tokens = '@layer ds.theme{:root{--a:#fff;--b:var(--a);--e:}[data-color="info"]{--c:red}}';
    expect(dropDeadFallbacks('.x{color:var(--a,#000);fill:var(--b,#000);stroke:var(--c,#000);top:var(--d,1px);left:var(--a,calc(1px));right:var(--e,1px)}', tokens)).toBe(
      '.x{color:var(--a);fill:var(--b,#000);stroke:var(--c,#000);top:var(--d,1px);left:var(--a,calc(1px));right:var(--e,1px)}',
    );
  });

  it('writes a token read in one :root value into the rules that read it, unless anything else sets it', () => {
    const tokens = '@layer ds.theme{:root{--a:#fff;--b:var(--a);--c:1px;--d:2px;--e:3px}}';
    const css = '.x{color:var(--a);fill:var(--b);top:var(--c);left:var(--d);right:var(--e)}.y{--c:0}';
    expect(inlineTokens(css, tokens, 'el.style.setProperty("--d", "1px")')).toBe('.x{color:#fff;fill:var(--b);top:var(--c);left:var(--d);right:3px}.y{--c:0}');
    // A colour scope may set any token again.
    expect(inlineTokens(css, '@layer ds.theme{:root{--a:#fff}[data-color="info"]{--z:1}}', '')).toBe(css);
  });

  it('writes out calc() products, innermost first, and leaves sums, var() and other functions alone', () => {
    expect(reduceProducts('calc(calc(1rem * 4 / 18 * 1.125) * 2) calc(calc(1rem * 4 / 18 * 1.125) * 12)')).toBe('.5rem 3rem');
    expect(reduceProducts('calc(-3px*0.5)')).toBe('-1.5px');
    expect(reduceProducts('calc(1rem + 2px) calc(var(--a) * 2) min(.25rem*2,1rem)')).toBe('calc(1rem + 2px) calc(var(--a) * 2) min(.25rem*2,1rem)');
  });

  it('at the default size (no data-size in the code) every size token is a plain value, as the browser would compute it for md', () => {
    const theme = loadTheme('.', 'standard').tokens;
    const used = new Set(['--ds-size-2', '--ds-size-12', '--ds-heading-md-font-size']);
    // Designsystemet's own theme: md is 18 px text on a 4 px grid (--ds-size-unit 0.25rem at 16 px root).
    expect(shakeTokens(atDefaultSize(theme), used, new Set())).toMatch(/--ds-size-2:\.5rem;--ds-size-12:3rem/);
    expect(shakeTokens(atDefaultSize(theme), used, new Set())).not.toContain('var(--ds-size');
    // Without the step the toggles stay for the browser to resolve.
    expect(shakeTokens(theme, used, new Set())).toContain('--ds-size--md:var(--ds-size,)');
  });

  it('writes our own :root aliases with a plain value into the rules that read them, and drops them', () => {
    const css = ':root{--ink:#222;--line:var(--x);--muted:#555;--bad:red;color:var(--ink)}.a{color:var(--muted);border-color:var(--line)}.b{--muted:#666}.c{fill:var(--bad)}@media print{:root{--p:1px}.d{top:var(--p)}}';
    expect(inlineRootProperties(css, 'read("--bad")')).toBe(':root{--line:var(--x);--muted:#555;--bad:red;color:#222}.a{color:var(--muted);border-color:var(--line)}.b{--muted:#666}.c{fill:var(--bad)}@media print{:root{--p:1px}.d{top:var(--p)}}');
  });

  it('takes the theme from --theme=, else COURSE_THEME, else the course\'s own, else the standard one', () => {
    expect(themeName({ COURSE_THEME: 'b' }, ['--theme=a'], 'c')).toBe('a');
    expect(themeName({ COURSE_THEME: 'b' }, [], 'c')).toBe('b');
    expect(themeName({}, [], 'c')).toBe('c');
    expect(themeName({}, [])).toBe('standard');
  });

  it('keeps a Designsystemet selector only when the code names its classes, attributes and attribute values', () => {
    const css = '.ds-card{a:1}.ds-card[data-variant=default]{b:2}.ds-card[data-variant=tinted],.ds-chip{c:3}.own[data-x=y]{d:4}';
    expect(purgeComponents(css, 'h("section",{class:"ds-card","data-variant":`tinted`})')).toBe('.ds-card{a:1}.ds-card[data-variant=tinted]{c:3}.own[data-x=y]{d:4}');
  });

  it('the invented agency changes colours, corners, typeface, name and logo without code', () => {
    const standard = loadTheme('.', 'standard');
    const agency = loadTheme('.', 'eksempelforvaltning');
    const css = readFileSync('src/app/styles/base.css', 'utf8');
    const used = new Set(['--ds-color-accent-base-default', '--ds-border-radius-base', '--ds-font-family']);
    expect(css).toContain('var(--ds-font-family)');
    expect(shakeTokens(agency.tokens, used, new Set())).not.toBe(shakeTokens(standard.tokens, used, new Set()));
    expect(agency.tokens.get(':root')?.get('--ds-color-accent-base-default')).toBe('#1d6a41');
    expect(agency.agency.nb).toBe('Direktoratet for eksempelforvaltning');
    expect(agency.logo).not.toBe(standard.logo);
    expect(agency.logo).not.toMatch(/style=|<script/);
  });

  it('page headings take their size from Designsystemet\'s heading tokens, which the standard theme defines', () => {
    const css = readFileSync('src/app/styles/base.css', 'utf8');
    const sizes = [...css.matchAll(/^(h[12]) \{ font-size: var\((--ds-heading-[a-z]+-font-size)\)/gm)].map((m) => [m[1], m[2]]);
    expect(sizes).toEqual([['h1', '--ds-heading-md-font-size'], ['h2', '--ds-heading-xs-font-size']]);
    const root = [...loadTheme('.', 'standard').tokens.values()].find((t) => t.has('--ds-heading-md-font-size'));
    expect(root?.get('--ds-heading-xs-font-size')).toBe('var(--ds-font-size-5)');
  });
});
