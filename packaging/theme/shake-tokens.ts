/**
 * Designsystemet themes (the CSS its CLI writes: `designsystemet tokens build`) declare every
 * token for every colour scheme, size and colour (50 KB). The course needs the light scheme at
 * the default size and only the tokens its CSS uses, so the build keeps just those: one `:root`
 * rule plus one rule per `[data-color]` the course uses, with the tokens they need transitively.
 */

/** Token declarations per scope: ':root' or a colour name ('info', 'danger', …). */
export type TokenScopes = Map<string, Map<string, string>>;

const DROP_CONTEXT = /color-scheme\.dark|prefers-color-scheme:\s*dark|@supports|typography\.secondary/;

/** Reads a Designsystemet theme (or a partial one: later files override earlier ones). */
export function readTokens(css: string, into: TokenScopes = new Map()): TokenScopes {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // A stack of open blocks; each collects the declarations written directly inside it (nested blocks apart).
  const stack: { head: string; body: string }[] = [];
  let buffer = '';
  for (const ch of text) {
    if (ch === '{') {
      stack.push({ head: buffer.trim(), body: '' });
      buffer = '';
    } else if (ch === '}') {
      const block = stack.pop();
      if (!block) break;
      block.body += buffer;
      buffer = '';
      if (block.head.startsWith('@') || [...stack.map((b) => b.head), block.head].some((h) => DROP_CONTEXT.test(h))) continue;
      const scope = scopeOf(block.head);
      if (!scope) continue;
      const map = into.get(scope) ?? new Map<string, string>();
      for (const decl of block.body.split(';')) {
        const colon = decl.indexOf(':');
        const name = decl.slice(0, colon).trim();
        if (colon > 0 && name.startsWith('--')) map.set(name, decl.slice(colon + 1).trim().replace(/\s+/g, ' '));
      }
      into.set(scope, map);
    } else if (ch === ';') {
      const top = stack[stack.length - 1];
      if (top) top.body += `${buffer};`;
      buffer = '';
    } else buffer += ch;
  }
  return into;
}

/** ':root' for rules that apply to the page, the colour name for `[data-color="x"]` rules, else null. */
function scopeOf(selector: string): string | null {
  const parts = selector.split(',').map((s) => s.trim());
  if (parts.includes(':root')) return ':root';
  const color = /^\[data-color=["']?([\w-]+)["']?\]$/.exec(parts[0] ?? '');
  return color?.[1] ?? null;
}

const VAR = /var\(\s*(--[\w-]+)/g;

/** A calc() of one number or length multiplied or divided by plain numbers only. */
const PRODUCT = /calc\(\s*(-?[\d.]+)([a-z%]*)((?:\s*[*/]\s*-?[\d.]+)+)\s*\)/g;

/**
 * calc() products written out (`calc(calc(1rem * 4 / 18 * 1.125) * 2)` is `.5rem`), innermost
 * first. The minifier does this in declarations, but not in custom property values, which are
 * only token lists until the browser substitutes them (CSS Custom Properties 1 §2).
 */
export function reduceProducts(value: string): string {
  for (let before = ''; before !== value; ) {
    before = value;
    value = value.replace(PRODUCT, (_all, first: string, unit: string, ops: string) => {
      let n = Number(first);
      for (const [, op, by] of ops.matchAll(/([*/])\s*(-?[\d.]+)/g)) n = op === '*' ? n * Number(by) : n / Number(by);
      return `${Number(n.toFixed(4))}${unit}`.replace(/^(-?)0\./, '$1.');
    });
  }
  return value;
}

/** The custom properties a stylesheet reads. */
export function usedTokens(css: string): Set<string> {
  return new Set([...css.matchAll(VAR)].map((m) => m[1] ?? ''));
}

/** The colours the stylesheet or markup asks for with data-color. */
export function usedColors(text: string): Set<string> {
  return new Set([...text.matchAll(/data-color\\?["']?\s*[=:]\s*\\?["']?([\w-]+)/g)].map((m) => m[1] ?? ''));
}

/** The token rules the app needs, transitively, as minified CSS in the theme layer. */
export function shakeTokens(scopes: TokenScopes, used: Set<string>, colors: Set<string>): string {
  const root = scopes.get(':root') ?? new Map<string, string>();
  const colorScopes = [...colors].filter((c) => scopes.has(c));
  const keep = new Set<string>();
  const visit = (name: string) => {
    if (keep.has(name)) return;
    const values = [root.get(name), ...colorScopes.map((c) => scopes.get(c)?.get(name))].filter((v): v is string => v !== undefined);
    if (!values.length) return;
    keep.add(name);
    for (const v of values) for (const m of v.matchAll(VAR)) visit(m[1] ?? '');
  };
  for (const name of used) visit(name);
  // Fold plain values (--b a literal set only on :root) into the values that read them
  // (`--a: var(--b)`, `--a: min(var(--b)*2, …)`), and drop --b when nothing else reads it: same
  // result, fewer bytes.
  const rootValues = new Map([...root].filter(([n]) => keep.has(n)));
  const inColors = (n: string) => colorScopes.some((c) => scopes.get(c)?.has(n));
  const literal = (n: string) => {
    const v = rootValues.get(n);
    return v !== undefined && !v.includes('var(') && !inColors(n) ? v : undefined;
  };
  // Until nothing changes: a value folded plain may itself be read by a value declared before it.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [n, v] of rootValues) {
      const folded = reduceProducts(v.replace(/var\((--[\w-]+)\)/g, (all, name: string) => literal(name) || all));
      if (folded === v) continue;
      rootValues.set(n, folded);
      changed = true;
    }
  }
  const readers = (n: string) => [...rootValues.values(), ...colorScopes.flatMap((c) => [...(scopes.get(c)?.values() ?? [])])].some((v) => v.includes(`var(${n})`) || v.includes(`var(${n},`));
  for (const n of [...rootValues.keys()]) if (!used.has(n) && !readers(n)) rootValues.delete(n);
  const rule = (selector: string, decls: Map<string, string> | undefined) => {
    const source = selector === ':root' ? rootValues : decls;
    const body = [...(source ?? [])].filter(([n]) => keep.has(n) && (selector !== ':root' || rootValues.has(n))).map(([n, v]) => `${n}:${v}`).join(';');
    return body ? `${selector}{${body}}` : '';
  };
  return `@layer ds.theme{${rule(':root', root)}${colorScopes.map((c) => rule(`[data-color="${c}"]`, scopes.get(c))).join('')}}`;
}

/**
 * `var(--x, fallback)` where the kept theme sets --x on :root to a plain value: the fallback
 * can never apply (CSS Custom Properties 1 §3: only a guaranteed-invalid --x takes it), so it is
 * dropped. Tokens a value computes from other tokens, and fallbacks with parentheses, stay as written.
 */
export function dropDeadFallbacks(css: string, tokens: string): string {
  const root = /:root\{([^}]*)\}/.exec(tokens)?.[1] ?? '';
  const plain = new Set(root.split(';').filter((d) => !d.includes('var(') && d.slice(d.indexOf(':') + 1).trim() !== '').map((d) => d.slice(0, d.indexOf(':'))));
  return css.replace(/var\((--[\w-]+),[^()]*\)/g, (all, name: string) => (plain.has(name) ? `var(${name})` : all));
}

/**
 * `var(--x)` where the kept theme sets --x to a plain value on :root and nothing else sets it (no
 * colour scope, no rule of the stylesheet, no code) becomes that value: every element inherits
 * the one :root value, so the result is the same, and a token read only this way need not be
 * shipped (shake again against the result). The theme the build chose still decides every value.
 */
export function inlineTokens(css: string, tokens: string, code: string): string {
  if (/\[data-color/.test(tokens)) return css; // a colour scope may set any token again: keep them all
  const root = /:root\{([^}]*)\}/.exec(tokens)?.[1] ?? '';
  const values = new Map<string, string>();
  for (const decl of root.split(';')) {
    const colon = decl.indexOf(':');
    const name = decl.slice(0, colon);
    const value = decl.slice(colon + 1).trim();
    if (colon > 0 && value !== '' && !value.includes('var(') && !css.includes(`${name}:`) && !code.includes(name)) values.set(name, value);
  }
  return css.replace(/var\((--[\w-]+)\)/g, (all, name: string) => values.get(name) ?? all);
}

/**
 * The same for the stylesheet's own aliases (styles/base.css `:root { --ink: var(--ds-…) }`): once
 * the tokens are written in, an alias set once, in a top-level `:root` rule, to a plain value (and
 * not set or read by the code) becomes that value where it is read, and its declaration goes.
 */
export function inlineRootProperties(css: string, code: string): string {
  let depth = 0;
  let out = css;
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (ch === '{') depth += 1;
    else if (ch === '}') depth -= 1;
    else if (depth === 0 && css.startsWith(':root{', i) && (i === 0 || css[i - 1] === '}')) {
      const body = css.slice(i + 6, css.indexOf('}', i));
      for (const decl of body.split(';')) {
        const colon = decl.indexOf(':');
        const name = decl.slice(0, colon);
        const value = decl.slice(colon + 1);
        if (!name.startsWith('--') || value.trim() === '' || value.includes('var(') || code.includes(name)) continue;
        if (out.split(`${name}:`).length !== 2 || out.includes(`var(${name},`)) continue;
        out = out.replace(new RegExp(`(?<=[{;])${name}:[^;}]*;?`), '').split(`var(${name})`).join(value);
      }
    }
  }
  return out;
}
