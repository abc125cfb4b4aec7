import { execFile } from 'node:child_process';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPackage, formatResult, type Problem } from '../../../packaging/check-package/check-package.ts';
import { bundleCheckPackage } from '../../../packaging/check-package/bundle-check-package.ts';
import type { PackageKind } from '../../../packaging/check-package/descriptor.ts';
import { loadSchemas, type SchemaSource } from '../../../packaging/check-package/schema-source.ts';
import { catalogue } from '../../../src/errors/catalogue.ts';
import { buildGoodPackages, bytes, utf8, variant, type Entries } from './good-packages.ts';

let dir: string;
let zips: Record<PackageKind, string>;
let schemas: SchemaSource;
const KINDS: PackageKind[] = ['scorm12', 'scorm2004', 'xapi', 'cmi5'];

beforeAll(async () => {
  ({ dir, zips } = await buildGoodPackages());
  schemas = await loadSchemas();
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const check = (zip: Uint8Array, maxSize = 10 * 1024 * 1024) => checkPackage(zip, { fileName: 'pakke.zip', schemas, maxSize });
const names = (problems: Problem[]) => [...new Set(problems.map((p) => p.name))].sort();
const changed = async (kind: PackageKind, change: (e: Entries) => void) => check(await variant(zips[kind], change));

describe('check-package: good packages pass', () => {
  it.each(KINDS)('%s: no problems, the right kind, a summary of what it reports', async (kind) => {
    const result = await check(new Uint8Array(await readFile(zips[kind])));
    expect(result.problems).toEqual([]);
    expect(result.kind).toBe(kind);
    const text = result.summary.join('\n');
    expect(text).toContain('Testkurs 1.0.0');
    expect(text).toContain('Beståttgrense: 80 %');
    expect(text).toContain('obj-a «A»');
    expect(text).toContain('3 spørsmål i leksjonene, 5 i testen, 2 scenariovalg');
    expect(text).toContain('Refleksjonstekst: sendes ikke');
  });
});

describe('check-package: one broken zip per problem kind', () => {
  it('PACKAGE_UNREADABLE: a truncated zip, a damaged entry, not a zip at all', async () => {
    const good = new Uint8Array(await readFile(zips.scorm12));
    const damaged = good.slice();
    damaged[60] = (damaged[60] ?? 0) ^ 0xff; // inside the first entry's data
    for (const zip of [good.slice(0, good.length - 40), damaged, bytes('PK but not really a zip')]) {
      expect(names((await check(zip)).problems)).toEqual(['PACKAGE_UNREADABLE']);
    }
  });

  it('PACKAGE_UNSAFE_PATH: an entry that would land outside the package folder', async () => {
    const r = await changed('scorm12', (e) => void (e['../../etc/kurs.html'] = bytes('x')));
    expect(r.problems).toContainEqual({ name: 'PACKAGE_UNSAFE_PATH', detail: '../../etc/kurs.html' });
  });

  it('PACKAGE_KIND_UNKNOWN: the package re-zipped inside a folder', async () => {
    const r = await changed('cmi5', (e) => {
      for (const [k, data] of Object.entries(e)) {
        e[`kurs/${k}`] = data;
        Reflect.deleteProperty(e, k);
      }
    });
    expect(r.problems).toEqual([{ name: 'PACKAGE_KIND_UNKNOWN', detail: 'fant kurs/cmi5.xml i en mappe, ikke i roten' }]);
    expect(r.kind).toBeNull();
  });

  it.each<[PackageKind, string, (xml: string) => string]>([
    ['scorm12', 'imsmanifest.xml', (x) => x.replace('<organizations', '<resources/><organizations')],
    ['scorm2004', 'imsmanifest.xml', (x) => x.replace('satisfiedByMeasure="true"', 'satisfiedByMeasure="maybe"')],
    ['cmi5', 'cmi5.xml', (x) => x.replace('moveOn="CompletedAndPassed"', 'moveOn="Sometimes"')],
    ['xapi', 'tincan.xml', (x) => x.replace(/ type="[^"]+"/, '')],
  ])('PACKAGE_SCHEMA_INVALID: %s with a broken %s', async (kind, file, breakIt) => {
    const r = await changed(kind, (e) => void (e[file] = bytes(breakIt(utf8(e[file])))));
    expect(names(r.problems)).toEqual(['PACKAGE_SCHEMA_INVALID']);
    expect(r.problems[0]?.detail).toMatch(/\w+\.xml:\d+/);
  });

  it('PACKAGE_FILE_MISSING: the manifest lists a file the zip lacks', async () => {
    const r = await changed('scorm2004', (e) => void (e['imsmanifest.xml'] = bytes(utf8(e['imsmanifest.xml']).replace('<file href="index.html"/>', '<file href="index.html"/>\n      <file href="assets/app.css"/>'))));
    expect(r.problems).toEqual([{ name: 'PACKAGE_FILE_MISSING', detail: 'imsmanifest.xml lister assets/app.css' }]);
  });

  it('PACKAGE_FILE_UNLISTED: a file added to the zip that the manifest does not list (schemas at the root need no listing)', async () => {
    const r = await changed('scorm12', (e) => void (e['ekstra/side.html'] = bytes('<p>hei</p>')));
    expect(r.problems).toEqual([{ name: 'PACKAGE_FILE_UNLISTED', detail: 'ekstra/side.html' }]);
  });

  it.each<PackageKind>(['scorm12', 'xapi', 'cmi5'])('PACKAGE_LAUNCH_MISSING: %s without its launch file', async (kind) => {
    const r = await changed(kind, (e) => {
      delete e['index.html'];
    });
    expect(r.problems.filter((p) => p.name === 'PACKAGE_LAUNCH_MISSING')).toHaveLength(1);
  });

  it('PACKAGE_REMOTE_REFERENCE: the launch page loads a script from another origin; a launch URL off the package', async () => {
    const r = await changed('xapi', (e) => void (e['index.html'] = bytes(utf8(e['index.html']).replace('<div id="app">', '<script src="https://cdn.example/x.js"></script><div id="app">'))));
    expect(r.problems).toEqual([{ name: 'PACKAGE_REMOTE_REFERENCE', detail: 'index.html: https://cdn.example/x.js' }]);
    const off = await changed('cmi5', (e) => void (e['cmi5.xml'] = bytes(utf8(e['cmi5.xml']).replace('<url>index.html</url>', '<url>https://kurs.example/index.html</url>'))));
    expect(names(off.problems)).toEqual(['PACKAGE_REMOTE_REFERENCE']);
  });

  // The SCORM 2004 adapter writes hyphens as underscores (Moodle's rule has no hyphen), so the
  // package is broken here with a character no encoding maps: a colon.
  it('PACKAGE_IDENTIFIER: a response id Moodle refuses is flagged in SCORM 2004, where it is sent, not in SCORM 1.2, where options go as 0–9a–z', async () => {
    const hyphen = (e: Entries) => void (e['course-data.js'] = bytes(utf8(e['course-data.js']).replace('"id":"c1"', '"id":"valg:1"')));
    const r2004 = await changed('scorm2004', hyphen);
    expect(names(r2004.problems)).toEqual(['PACKAGE_IDENTIFIER']);
    expect(r2004.problems[0]?.detail).toContain('«valg:1» (cmi.interactions.n.correct_responses.n.pattern i interaksjonen sc-a--n1)');
    expect(r2004.problems[0]?.detail).toContain('^[\\w.]{1,250}$');
    expect((await changed('scorm12', hyphen)).problems).toEqual([]);
  });

  it('PACKAGE_IDENTIFIER: manifest tokens and xAPI ids', async () => {
    const r = await changed('scorm12', (e) => void (e['imsmanifest.xml'] = bytes(utf8(e['imsmanifest.xml']).replaceAll('item-1', 'punkt-ø'))));
    expect(r.problems).toEqual([{ name: 'PACKAGE_IDENTIFIER', detail: expect.stringContaining('«punkt-ø» (imsmanifest.xml <item identifier>)') as string }]);
    const x = await changed('xapi', (e) => void (e['tincan.xml'] = bytes(utf8(e['tincan.xml']).replace(/<activity id="[^"]+"/, '<activity id="testkurs"'))));
    expect(x.problems).toEqual([{ name: 'PACKAGE_IDENTIFIER', detail: expect.stringContaining('«testkurs» (tincan.xml <activity id>)') as string }]);
  });

  it('PACKAGE_TOO_LARGE: over the --max-size limit', async () => {
    const zip = new Uint8Array(await readFile(zips.cmi5));
    expect((await check(zip, zip.length - 1)).problems).toEqual([{ name: 'PACKAGE_TOO_LARGE', detail: `${zip.length} byte, grensen er ${zip.length - 1}` }]);
    expect((await check(zip, zip.length)).problems).toEqual([]);
  });

  it('PACKAGE_COURSE_DATA: course-data.js cut short', async () => {
    const r = await changed('xapi', (e) => void (e['course-data.js'] = (e['course-data.js'] as Uint8Array).slice(0, 500)));
    expect(names(r.problems)).toEqual(['PACKAGE_COURSE_DATA']);
  });

  it('every problem the checker can report is an admin entry in the catalogue, printed with what to do', async () => {
    const r = await changed('scorm12', (e) => {
      delete e['course-data.js'];
    });
    expect(names(r.problems)).toEqual(['PACKAGE_COURSE_DATA', 'PACKAGE_FILE_MISSING']);
    const text = formatResult(r, 'pakke.zip');
    for (const p of r.problems) {
      expect(catalogue[p.name].audience).toBe('admin');
      expect(text).toContain(`${p.name}: ${catalogue[p.name].what}`);
      expect(text).toContain(`Gjør dette: ${catalogue[p.name].todo}`);
    }
  });
});

describe('dist/check-package.mjs: one file that Node runs alone', () => {
  it('bundles with the schemas inside; exit 0 on a good package, 1 on a broken one, run outside the repo', async () => {
    const out = await bundleCheckPackage(join(dir, 'bundle'));
    // Copied next to nothing: no node_modules, no repo files to fall back on.
    const lone = join(dir, 'lone.mjs');
    await copyFile(out, lone);
    const run = (zip: string) =>
      promisify(execFile)(process.execPath, [lone, zip], { cwd: dir }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: unknown) => ({ code: (e as { code: number }).code, out: (e as { stdout: string }).stdout }),
      );
    const good = await run(zips.scorm2004);
    expect(good.out).toContain('✓ Ingen problemer funnet');
    expect(good.code).toBe(0);
    const bad = join(dir, 'bad.zip');
    await writeFile(bad, await variant(zips.scorm2004, (e) => void (e['imsmanifest.xml'] = bytes(utf8(e['imsmanifest.xml']).replace('satisfiedByMeasure="true"', 'satisfiedByMeasure="maybe"')))));
    const broken = await run(bad);
    expect(broken.out).toContain('PACKAGE_SCHEMA_INVALID');
    expect(broken.code).toBe(1);
  }, 60_000);
});
