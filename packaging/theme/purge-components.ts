/**
 * Designsystemet's component files carry every variant of a component (sizes, colours, cards
 * as links, …). The build keeps a selector of a `.ds-*` rule only when every `ds-*` class and
 * every `data-*` attribute it names appears in the app's code, and every attribute value it asks
 * for is spelled there as a string; our own rules are never touched.
 * Rules are split on top-level commas, so `:is(a, b)` stays whole.
 */
function splitTop(text: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth += 1;
    else if (ch === ')' || ch === ']') depth -= 1;
    if (ch === sep && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function selectorUsed(selector: string, code: string): boolean {
  const classes = [...selector.matchAll(/\.(ds-[\w-]+)/g)].map((m) => m[1] ?? '');
  const attrs = [...selector.matchAll(/\[(data-[\w-]+)/g)].map((m) => m[1] ?? '');
  // A value (`[data-variant=default]`) must be spelled as a string somewhere, as the code sets it (`data-variant="tinted"`).
  const values = [...selector.matchAll(/\[data-[\w-]+=["']?([\w-]+)["']?\]/g)].map((m) => m[1] ?? '');
  const spelled = (v: string) => ['"', "'", '`'].some((q) => code.includes(`${q}${v}${q}`));
  return classes.every((c) => code.includes(c)) && attrs.every((a) => code.includes(a)) && values.every(spelled);
}

/** The stylesheet without the Designsystemet selectors the code never uses. */
export function purgeComponents(css: string, code: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open === -1) {
      out += css.slice(i);
      break;
    }
    // Find the matching close brace.
    let depth = 1;
    let j = open + 1;
    while (j < css.length && depth > 0) {
      if (css[j] === '{') depth += 1;
      else if (css[j] === '}') depth -= 1;
      j += 1;
    }
    const head = css.slice(i, open);
    const body = css.slice(open + 1, j - 1);
    if (head.trim().startsWith('@')) {
      const inner = /^\s*@(media|supports|layer)\b/.test(head) ? purgeComponents(body, code) : body;
      if (inner.trim() || !/^\s*@(media|supports)\b/.test(head)) out += `${head}{${inner}}`;
    } else if (head.includes('.ds-')) {
      const kept = splitTop(head, ',').filter((s) => !s.includes('.ds-') || selectorUsed(s, code));
      if (kept.length) out += `${kept.join(',')}{${body}}`;
    } else out += `${head}{${body}}`;
    i = j;
  }
  return out;
}
