/** Elements HTML allows without an end tag (WHATWG HTML §13.1.2 void elements). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * A strict well-formedness check for the HTML our generators write: every non-void element
 * closed in order, attributes quoted, ids unique, every #fragment link pointing at an id.
 * Returns the problems found (empty = fine).
 */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const ids = new Set<string>();
  const body = html.replace(/<!doctype html>/i, '').replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*(\/?)>|<[^>]*>/g)) {
    if (!m[2]) {
      problems.push(`malformed tag ${m[0].slice(0, 40)}`);
      continue;
    }
    const name = m[2].toLowerCase();
    if (m[1]) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
      continue;
    }
    for (const a of (m[3] ?? '').matchAll(/\sid="([^"]*)"/g)) {
      if (ids.has(a[1] ?? '')) problems.push(`duplicate id ${a[1] ?? ''}`);
      ids.add(a[1] ?? '');
    }
    if (!VOID.has(name) && !m[4]) stack.push(name);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  for (const m of html.matchAll(/href="#([^"]*)"/g)) if (!ids.has(m[1] ?? '')) problems.push(`link to missing #${m[1] ?? ''}`);
  if (/<(\w+)[^>]*>\s*<\/\1>/.test(body.replace(/<style><\/style>/g, ''))) problems.push(`empty element: ${/<(\w+)[^>]*>\s*<\/\1>/.exec(body.replace(/<style><\/style>/g, ''))?.[0] ?? ''}`);
  return problems;
}
