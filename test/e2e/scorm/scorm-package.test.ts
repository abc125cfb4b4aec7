import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFiles, type ScormVersion } from '../../../packaging/scorm/schemas.ts';
import { validateManifest } from '../../../packaging/scorm/validate-manifest.ts';
import { unzipToTemp } from '../support/unzip.ts';
import { manifestFileList } from '../../unit/packaging/manifest-files.ts';

const SLUG = 'god-ledelse-i-staten';

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

/** The BUILT zips as an LMS receives them: valid manifest, complete and exact file list, no foreign URLs, no LMS code inside. */
describe.each<ScormVersion>(['scorm12', 'scorm2004'])('dist/%s zip', (version) => {
  it('has a manifest valid against the official XSDs, listing exactly the files it carries', async () => {
    const dir = await unzipToTemp(`dist/${SLUG}-${version}.zip`);
    const files = (await walk(dir)).map((f) => relative(dir, f).split('\\').join('/'));
    const manifest = await readFile(join(dir, 'imsmanifest.xml'), 'utf8');
    const check = await validateManifest(manifest, version);
    expect(check.errors).toEqual([]);
    const listed = manifestFileList(manifest);
    expect(listed).toContain('index.html');
    for (const f of listed) expect(files).toContain(f);
    const rest = files.filter((f) => f !== 'imsmanifest.xml' && !listed.includes(f)).sort();
    expect(rest).toEqual(await schemaFiles(version));
    expect(listed.every((f) => !/^[a-z]+:|^\//i.test(f))).toBe(true); // relative URLs only
  });

  it('does not contain the LMS side (scorm-again) and loads nothing from another origin', async () => {
    const dir = await unzipToTemp(`dist/${SLUG}-${version}.zip`);
    for (const f of (await walk(dir)).filter((p) => /\.(js|html|css)$/.test(p))) {
      const text = await readFile(f, 'utf8');
      expect(text, f).not.toMatch(/scorm-again|Scorm12API|Scorm2004API/);
      expect(text, f).not.toMatch(/\s(?:src|href)=["']?(?:https?:)?\/\//);
    }
  });
});
