import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Target } from './targets.ts';

/**
 * The Content-Security-Policy each package needs, written beside it (dist/<slug>-<target>-csp.txt)
 * and appended to its tracking sheet(s). Everything is the package's own files ('self'), with one
 * exception: the start page's critical CSS is inline in index.html (page-assets.ts), allowed by its
 * sha256 hash in style-src (CSP Level 2 hash-source), never by 'unsafe-inline'. A policy without the
 * hash still runs the course: the start page then waits for the stylesheet. xAPI and cmi5 also
 * talk to the LRS (and cmi5 to the LMS's fetch URL), usually on another origin: the
 * administrator puts that origin in connect-src.
 */
export const LRS_ORIGIN = 'LRS_ORIGIN';

const talksToLrs = (target: Target) => target === 'xapi' || target === 'cmi5';

/** The policy, one line, as the value of the Content-Security-Policy response header. */
export function cspPolicy(target: Target, styleHashes: readonly string[]): string {
  const directives = ["default-src 'self'"];
  // style-src replaces default-src for styles, so it names 'self' (the stylesheet) again.
  if (styleHashes.length) directives.push(`style-src 'self' ${styleHashes.join(' ')}`);
  if (talksToLrs(target)) directives.push(`connect-src 'self' ${LRS_ORIGIN}`);
  return directives.join('; ');
}

function notes(target: Target, styleHashes: readonly string[]): string[] {
  const out = [
    'Kurset laster bare sine egne filer (index.html, assets/, course-data.js): ingen innebygd skript, ingen skrifter, bilder eller skript fra andre steder.',
  ];
  if (styleHashes.length) {
    out.push('Den eneste innebygde stilen er startsidens stil i index.html, tillatt med sin sha256-hash i style-src (aldri med unsafe-inline), så startsiden vises uten å vente på stilarket. Hash-en følger denne versjonen av pakken.');
    out.push('Setter dere en egen policy uten hash-en, virker kurset likevel: startsiden vises når stilarket er lastet, og nettleserkonsollen melder at den innebygde stilen ble stoppet.');
  }
  if (target === 'xapi') out.push(`Bytt ut ${LRS_ORIGIN} med opprinnelsen (origin) til LRS-endepunktet i start-URL-en, f.eks. https://lrs.example.org. Sløyf den hvis LRS-en har samme opprinnelse som kurset.`);
  if (target === 'cmi5') out.push(`Bytt ut ${LRS_ORIGIN} med opprinnelsen (origin) til LRS-endepunktet og til fetch-URL-en i start-URL-en (ofte begge LMS-et, f.eks. https://lms.example.org). Sløyf den hvis de har samme opprinnelse som kurset.`);
  if (target === 'scorm12' || target === 'scorm2004') out.push("Kurset finner LMS-ets SCORM-API i et overordnet vindu; det trenger ingen egen regel. Har policyen frame-ancestors, må den tillate LMS-siden som viser kurset (vanligvis 'self').");
  out.push('Stopper en strengere policy noe av dette, sier kurset fra på siden i stedet for å bli stående på «Laster kurset …».');
  return out;
}

/** dist/<slug>-<target>-csp.txt: comment lines (#), then the policy on one line. */
export function cspFile(target: Target, slug: string, styleHashes: readonly string[]): string {
  const name = target === 'web' ? 'dist/web/' : `${slug}-${target}.zip`;
  return [`# Content-Security-Policy for ${name}: HTTP-svarhodet for kursets filer.`, ...notes(target, styleHashes).map((n) => `# ${n}`), cspPolicy(target, styleHashes), ''].join('\n');
}

/** The policy line of a cspFile text. */
export function policyIn(fileText: string): string {
  const line = fileText.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#'));
  if (!line) throw new Error('no policy line');
  return line.trim();
}

/** A section for a tracking sheet (Markdown). */
export function cspSection(target: Target, styleHashes: readonly string[]): string {
  return ['', '## Content-Security-Policy', '', 'Kurset kjører under en streng policy (uten `unsafe-inline`). Denne trenger det (også i `-csp.txt`-filen ved siden av pakken):', '', '```', `Content-Security-Policy: ${cspPolicy(target, styleHashes)}`, '```', '', ...notes(target, styleHashes).map((n) => `- ${n}`), ''].join('\n');
}

/** Writes the policy file and appends the section to every tracking sheet among `outputs`; returns the new file. */
export async function writeCsp(o: { target: Target; slug: string; distDir: string; outputs: readonly string[]; styleHashes: readonly string[] }): Promise<string[]> {
  const path = join(o.distDir, `${o.slug}-${o.target}-csp.txt`);
  await writeFile(path, cspFile(o.target, o.slug, o.styleHashes));
  for (const sheet of o.outputs.filter((f) => f.endsWith('-tracking.md'))) await appendFile(sheet, cspSection(o.target, o.styleHashes));
  return [path];
}
