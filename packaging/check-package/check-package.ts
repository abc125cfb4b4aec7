import { catalogue } from '../../src/errors/catalogue.ts';
import { validateCmi5Xml } from '../cmi5/validate-cmi5-xml.ts';
import { validateManifest } from '../scorm/validate-manifest.ts';
import { remoteReferences } from '../zip-package.ts';
import { readCourseData } from './course-data.ts';
import { nestedDescriptor, readDescriptor, hrefPath, type Descriptor } from './descriptor.ts';
import { descriptorIdentifierProblems, sentIdentifierProblems, type IdentifierProblem } from './identifier-rules.ts';
import { readPackage, text, type PackageFiles } from './package-files.ts';
import type { SchemaSource } from './schema-source.ts';
import { summarize } from './summary.ts';
import { validateTincanXml } from './validate-tincan-xml.ts';

type AdminError = { [K in keyof typeof catalogue]: (typeof catalogue)[K]['audience'] extends 'admin' ? K : never }[keyof typeof catalogue];

export interface Problem {
  name: AdminError;
  /** The particulars: which file, id or line. */
  detail: string;
}

export interface CheckResult {
  kind: Descriptor['kind'] | null;
  problems: Problem[];
  /** The one-screen summary of what the package reports (empty when the zip can't be read). */
  summary: string[];
}

export interface CheckOptions {
  fileName: string;
  schemas: SchemaSource;
  /** Bytes; larger zips are a problem. */
  maxSize: number;
  /** The tracking sheet beside the zip, when there is one. */
  trackingSheet?: { name: string; text: string } | null;
}

/** PHP's default upload_max_filesize (2M) caps Moodle uploads until the site raises it: the lowest common limit. */
export const DEFAULT_MAX_SIZE = 2 * 1024 * 1024;

/** Files at a SCORM package root that the manifest need not list: itself and its schemas (CAM 2.3.2). */
const SCORM_CONTROL_FILE = /^(imsmanifest\.xml|[^/]+\.(xsd|dtd))$/;

function listedFiles(d: Descriptor, pkg: PackageFiles): Problem[] {
  const problems: Problem[] = [];
  if (d.listed) {
    for (const f of d.listed) if (!/^[a-z][a-z0-9+.-]*:/i.test(f) && !pkg.files.has(f)) problems.push({ name: 'PACKAGE_FILE_MISSING', detail: `${d.file} lister ${f}` });
    const listed = new Set(d.listed);
    for (const f of pkg.files.keys()) if (!listed.has(f) && !SCORM_CONTROL_FILE.test(f)) problems.push({ name: 'PACKAGE_FILE_UNLISTED', detail: f });
  }
  return problems;
}

function launchProblems(d: Descriptor, pkg: PackageFiles): Problem[] {
  if (!d.launch) return [{ name: 'PACKAGE_LAUNCH_MISSING', detail: `${d.file} oppgir ingen startfil` }];
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(d.launch)) return [{ name: 'PACKAGE_REMOTE_REFERENCE', detail: `${d.file}: startfilen er en adresse utenfor pakken (${d.launch})` }];
  const path = hrefPath(d.launch);
  return pkg.files.has(path) ? [] : [{ name: 'PACKAGE_LAUNCH_MISSING', detail: `${d.file} peker på ${path}` }];
}

async function schemaProblems(d: Descriptor, schemas: SchemaSource): Promise<Problem[]> {
  const result =
    d.kind === 'cmi5'
      ? await validateCmi5Xml(d.xml, schemas.cmi5)
      : d.kind === 'xapi'
        ? await validateTincanXml(d.xml, schemas.tincan)
        : await validateManifest(d.xml, d.kind, schemas[d.kind]);
  if (result.valid) return [];
  const errors = result.errors.length ? result.errors : ['(xmllint ga ingen melding)'];
  return errors.slice(0, 10).map((e) => ({ name: 'PACKAGE_SCHEMA_INVALID', detail: e }));
}

function identifierProblems(list: IdentifierProblem[]): Problem[] {
  // Grouped by rule: one problem per rule broken, with up to five examples.
  const byRule = new Map<string, IdentifierProblem[]>();
  for (const p of list) byRule.set(p.rule, [...(byRule.get(p.rule) ?? []), p]);
  return [...byRule].map(([rule, ps]) => {
    const values = [...new Set(ps.map((p) => p.value))];
    const examples = ps.slice(0, 5).map((p) => `«${p.value}» (${p.where})`);
    return { name: 'PACKAGE_IDENTIFIER', detail: `${values.length} id-er bryter regelen ${rule}, f.eks. ${examples.join(', ')}` };
  });
}

/** Checks one package zip as an LMS administrator needs it checked before import. */
export async function checkPackage(zip: Uint8Array, o: CheckOptions): Promise<CheckResult> {
  let pkg: PackageFiles;
  try {
    pkg = readPackage(zip);
  } catch (error) {
    return { kind: null, problems: [{ name: 'PACKAGE_UNREADABLE', detail: `${o.fileName}: ${(error as Error).message}` }], summary: [] };
  }
  const problems: Problem[] = [];
  if (pkg.zipBytes > o.maxSize) problems.push({ name: 'PACKAGE_TOO_LARGE', detail: `${pkg.zipBytes} byte, grensen er ${o.maxSize}` });
  for (const name of pkg.unsafe) problems.push({ name: 'PACKAGE_UNSAFE_PATH', detail: name });
  const d = readDescriptor(pkg);
  if (!d) {
    const nested = nestedDescriptor(pkg);
    problems.push({ name: 'PACKAGE_KIND_UNKNOWN', detail: nested ? `fant ${nested} i en mappe, ikke i roten` : 'ingen av filene finnes i roten' });
    return { kind: null, problems, summary: [] };
  }
  problems.push(...(await schemaProblems(d, o.schemas)));
  problems.push(...listedFiles(d, pkg));
  problems.push(...launchProblems(d, pkg));
  for (const [name, data] of pkg.files) {
    for (const ref of remoteReferences(name, text(data) ?? '')) problems.push({ name: 'PACKAGE_REMOTE_REFERENCE', detail: ref });
  }
  const data = readCourseData(pkg, d.launch && pkg.files.has(hrefPath(d.launch)) ? hrefPath(d.launch) : null);
  const ids = descriptorIdentifierProblems(d);
  if ('course' in data) ids.push(...sentIdentifierProblems(data.course, d.kind));
  else problems.push({ name: 'PACKAGE_COURSE_DATA', detail: data.error });
  problems.push(...identifierProblems(ids));
  const summary = summarize({ fileName: o.fileName, pkg, descriptor: d, course: 'course' in data ? data.course : null, trackingSheet: o.trackingSheet ?? null });
  return { kind: d.kind, problems, summary };
}

/** The report as the admin reads it: summary, then each problem with what it means and what to do. */
export function formatResult(result: CheckResult, fileName: string): string {
  const lines = [...result.summary];
  if (result.summary.length) lines.push('');
  if (!result.problems.length) {
    lines.push(`✓ Ingen problemer funnet i ${fileName}.`);
    return lines.join('\n');
  }
  lines.push(`✗ ${result.problems.length} problem${result.problems.length === 1 ? '' : 'er'} i ${fileName}:`);
  const byName = new Map<AdminError, string[]>();
  for (const p of result.problems) byName.set(p.name, [...(byName.get(p.name) ?? []), p.detail]);
  for (const [name, details] of byName) {
    const entry = catalogue[name];
    lines.push('', `${name}: ${entry.what}`);
    for (const d of details.slice(0, 8)) lines.push(`  – ${d}`);
    if (details.length > 8) lines.push(`  – … og ${details.length - 8} til`);
    lines.push(`  Gjør dette: ${entry.todo}`);
  }
  return lines.join('\n');
}
