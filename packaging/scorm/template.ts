/**
 * The few template rules imsmanifest.template.xml needs, and nothing more:
 *   a line holding only {{#name}} … a line holding only {{/name}}: a section, rendered once
 *     per item when `name` is a list, once when it is true, dropped when false/absent;
 *   {{name}}: an XML-escaped value (unknown names fail the build rather than leave a hole);
 *   a leading comment starting "<!-- TEMPLATE" documents the template and is left out.
 */
export type TemplateValue = string | number | boolean | TemplateScope[];
export interface TemplateScope {
  [name: string]: TemplateValue;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const SECTION = /^[ \t]*\{\{#([a-zA-Z0-9]+)\}\}[ \t]*\r?\n([\s\S]*?)^[ \t]*\{\{\/\1\}\}[ \t]*(?:\r?\n|$)/m;

function render(template: string, scope: TemplateScope): string {
  let out = '';
  let rest = template;
  for (let match = SECTION.exec(rest); match; match = SECTION.exec(rest)) {
    const [whole, name = '', inner = ''] = match;
    out += fill(rest.slice(0, match.index), scope);
    const value = scope[name];
    if (Array.isArray(value)) out += value.map((item) => render(inner, { ...scope, ...item })).join('');
    else if (value === true) out += render(inner, scope);
    else if (value !== undefined && value !== false) throw new Error(`template section {{#${name}}} needs a list or a boolean`);
    rest = rest.slice(match.index + whole.length);
  }
  return out + fill(rest, scope);
}

function fill(text: string, scope: TemplateScope): string {
  return text.replace(/\{\{([a-zA-Z0-9]+)\}\}/g, (_, name: string) => {
    const value = scope[name];
    if (typeof value === 'string' || typeof value === 'number') return escapeXml(String(value));
    throw new Error(`template placeholder {{${name}}} has no value`);
  });
}

export function renderTemplate(template: string, scope: TemplateScope): string {
  const body = template.replace(/<!-- TEMPLATE[\s\S]*?-->\r?\n?/, '');
  return render(body, scope);
}
