import type { TokenScopes } from './shake-tokens.ts';

const MODES = ['sm', 'md', 'lg'] as const;

/**
 * Designsystemet picks a size mode per element with `data-size` (sm, md, lg) through "space
 * toggle" custom properties (`--ds-size: var(--ds-size--md)` and friends), resolved in the
 * browser. A course whose code never sets `data-size` is always at the default size (md), so
 * the build can give `--ds-size-mode-font-size` its md value and drop the toggles: the tokens
 * that compute from it (`--ds-size-*`, `--ds-font-size-*`) become plain values, which the build
 * writes into the rules that read them and the minifier reduces (`calc(1rem*4/18*1.125*2)` is
 * `.5rem`). Same result on the page, a few hundred bytes less in every package.
 */
export function atDefaultSize(scopes: TokenScopes): TokenScopes {
  const root = scopes.get(':root');
  const md = root?.get('--ds-size-mode-font-size--md');
  if (!root || md === undefined) return scopes;
  const fixed = new Map(root);
  fixed.set('--ds-size-mode-font-size', md);
  for (const name of ['--ds-size', ...MODES.map((m) => `--ds-size--${m}`)]) fixed.delete(name);
  return new Map([...scopes, [':root', fixed]]);
}
