import { text, type PackageFiles } from './package-files.ts';

export type PackageKind = 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5';

export const KIND_NAMES: Record<PackageKind, string> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004 4th edition',
  xapi: 'xAPI (Tin Can, tincan.xml)',
  cmi5: 'cmi5 (cmi5.xml)',
};

/** What the package's manifest or descriptor says, read with the few patterns our packages use. */
export interface Descriptor {
  kind: PackageKind;
  /** imsmanifest.xml, tincan.xml or cmi5.xml, at the package root. */
  file: string;
  xml: string;
  /** The launch file as written (relative path or URL), or null when none is named. */
  launch: string | null;
  /** Files the descriptor lists (SCORM: resource and file hrefs); null where the format lists none. */
  listed: string[] | null;
  /** Identifier tokens, with where they stand. */
  identifiers: { where: string; value: string }[];
}

const decode = (value: string) =>
  value.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? '');

/** Attribute values of every `<tag …>` (any namespace prefix). */
function attributes(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<(?:[\\w-]+:)?${tag}\\b([^>]*)>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[(a[1] ?? '').toLowerCase()] = decode(a[2] ?? a[3] ?? '');
    out.push(attrs);
  }
  return out;
}

const elementText = (xml: string, tag: string): string | null => {
  const m = new RegExp(`<(?:[\\w-]+:)?${tag}\\b[^>]*>([^<]*)<`).exec(xml);
  return m ? decode((m[1] ?? '').trim()) : null;
};

/** "index.html?x=1#y" → "index.html"; percent-escapes decoded, as an LMS resolves the href. */
export function hrefPath(href: string): string {
  const path = href.split(/[?#]/)[0] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function scorm(xml: string): Descriptor {
  // SCORM 1.2 uses the imscp_rootv1p1p2 namespace and schemaversion 1.2 (CAM 1.2 §2.3.2).
  const kind: PackageKind = xml.includes('imscp_rootv1p1p2') || /<schemaversion>\s*1\.2\s*</.test(xml) ? 'scorm12' : 'scorm2004';
  const resources = attributes(xml, 'resource');
  const sco = resources.find((r) => (r['adlcp:scormtype'] ?? '').toLowerCase() === 'sco') ?? resources[0];
  const listed = [...resources.map((r) => r.href), ...attributes(xml, 'file').map((f) => f.href)].filter((h): h is string => !!h).map(hrefPath);
  const identifiers: Descriptor['identifiers'] = [];
  for (const tag of ['manifest', 'organization', 'item', 'resource']) {
    for (const a of attributes(xml, tag)) if (a.identifier !== undefined) identifiers.push({ where: `<${tag} identifier>`, value: a.identifier });
  }
  for (const a of attributes(xml, 'objective')) if (a.objectiveid !== undefined) identifiers.push({ where: '<imsss:objective objectiveID>', value: a.objectiveid });
  return { kind, file: 'imsmanifest.xml', xml, launch: sco?.href ?? null, listed: [...new Set(listed)], identifiers };
}

function cmi5(xml: string): Descriptor {
  const identifiers: Descriptor['identifiers'] = [];
  for (const tag of ['course', 'au', 'block', 'objective']) for (const a of attributes(xml, tag)) if (a.id !== undefined) identifiers.push({ where: `<${tag} id>`, value: a.id });
  return { kind: 'cmi5', file: 'cmi5.xml', xml, launch: elementText(xml, 'url'), listed: null, identifiers };
}

function tincan(xml: string): Descriptor {
  const identifiers = attributes(xml, 'activity').flatMap((a) => (a.id !== undefined ? [{ where: '<activity id>', value: a.id }] : []));
  return { kind: 'xapi', file: 'tincan.xml', xml, launch: elementText(xml, 'launch'), listed: null, identifiers };
}

/** The package kind, from the descriptor at the root; null when there is none. SCORM wins over the others. */
export function readDescriptor(pkg: PackageFiles): Descriptor | null {
  const manifest = text(pkg.files.get('imsmanifest.xml'));
  if (manifest !== null) return scorm(manifest);
  const c = text(pkg.files.get('cmi5.xml'));
  if (c !== null) return cmi5(c);
  const t = text(pkg.files.get('tincan.xml'));
  if (t !== null) return tincan(t);
  return null;
}

/** A descriptor in a sub-folder: the usual mistake of re-zipping the unpacked folder. */
export function nestedDescriptor(pkg: PackageFiles): string | null {
  return [...pkg.files.keys()].find((n) => /\/(imsmanifest|cmi5|tincan)\.xml$/.test(n)) ?? null;
}
