import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Course } from '../../../course/schema/index.ts';
import { packageScorm } from '../../../packaging/scorm/package-scorm.ts';
import { manifestIdentifier, readManifestTemplate, renderManifest } from '../../../packaging/scorm/render-manifest.ts';
import { schemaFiles, type ScormVersion } from '../../../packaging/scorm/schemas.ts';
import { renderTemplate } from '../../../packaging/scorm/template.ts';
import { interactionIds } from '../../../packaging/scorm/tracking-sheet.ts';
import { validateManifest } from '../../../packaging/scorm/validate-manifest.ts';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import { manifestFileList } from './manifest-files.ts';

let course: Course;
let template: string;
beforeAll(async () => {
  course = await loadValidCourse(process.cwd());
  template = await readManifestTemplate(process.cwd());
});

describe('manifest template', () => {
  it('renders sections, lists and escaped values; fails on a missing value', () => {
    const t = 'a\n{{#on}}\n<x v="{{v}}"/>\n{{/on}}\n{{#off}}\nhidden\n{{/off}}\n{{#list}}\n<i>{{n}}</i>\n{{/list}}\n';
    expect(renderTemplate(t, { on: true, off: false, v: '"<&>', list: [{ n: 1 }, { n: 2 }] })).toBe('a\n<x v="&quot;&lt;&amp;&gt;"/>\n<i>1</i>\n<i>2</i>\n');
    expect(() => renderTemplate('{{nope}}', {})).toThrow(/nope/);
  });

  it('the manifest identifier is an NCName derived from the course IRI', () => {
    expect(manifestIdentifier('https://kurs.ledelse.example/god-ledelse-i-staten')).toBe('example.ledelse.kurs.god-ledelse-i-staten');
    expect(manifestIdentifier('https://1.example/x')).toMatch(/^[A-Za-z_][\w.-]*$/);
  });
});

describe.each<ScormVersion>(['scorm12', 'scorm2004'])('%s manifest', (version) => {
  const render = (files = ['index.html', 'course-data.js', 'assets/app.js']) => renderManifest(template, { course, version, files, launch: 'index.html' });

  it('validates against the official XSDs', async () => {
    const result = await validateManifest(render(), version);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the validation catches a schema error (element out of order)', async () => {
    const xml = render().replace(/<organizations default="org-1">/, '<resources/><organizations default="org-1">');
    const result = await validateManifest(xml, version);
    expect(result.valid).toBe(false);
  });

  it('carries the course data: identifier, version, title, one organisation with one SCO', () => {
    const xml = render();
    expect(xml).toContain('identifier="example.ledelse.kurs.god-ledelse-i-staten" version="1.0.0"');
    expect(xml.match(/<organization /g)).toHaveLength(1);
    expect(xml.match(/<item /g)).toHaveLength(1);
    expect(xml).toContain(`<title>${course.meta.title.nb}</title>`);
    expect(xml).toMatch(version === 'scorm12' ? /adlcp:scormtype="sco" href="index.html"/ : /adlcp:scormType="sco" href="index.html"/);
  });

  it(version === 'scorm12' ? 'has adlcp:masteryscore 80' : 'has the primary objective and the five objectives at 0.8', () => {
    const xml = render();
    if (version === 'scorm12') {
      expect(xml).toContain(`<adlcp:masteryscore>${course.meta.masteryScore}</adlcp:masteryscore>`);
    } else {
      expect(xml).toMatch(/<imsss:primaryObjective satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.8<\/imsss:minNormalizedMeasure>/);
      for (const o of course.meta.objectives) expect(xml).toContain(`<imsss:objective objectiveID="${o.id}" satisfiedByMeasure="true">`);
    }
  });
});

describe.each<ScormVersion>(['scorm12', 'scorm2004'])('%s package (packager run on a small staged build)', (version) => {
  let entries: Record<string, Uint8Array>;
  let distDir: string;
  const staged = ['index.html', 'course-data.js', 'assets/app-x.js', 'assets/style-x.css'];

  beforeAll(async () => {
    const stageDir = await mkdtemp(join(tmpdir(), 'stage-'));
    distDir = await mkdtemp(join(tmpdir(), 'dist-'));
    await mkdir(join(stageDir, 'assets'));
    await writeFile(join(stageDir, 'index.html'), '<!doctype html><script src="./course-data.js" defer></script><script defer src="./assets/app-x.js"></script>');
    for (const f of staged.slice(1)) await writeFile(join(stageDir, f), '/* */');
    const out = await packageScorm({ target: version, course, root: process.cwd(), stageDir, distDir, files: staged, log: () => undefined }, version);
    expect(out.map((p) => p.slice(distDir.length + 1))).toEqual([`${course.meta.slug}-${version}.zip`, `${course.meta.slug}-${version}-tracking.md`]);
    entries = unzipSync(new Uint8Array(await readFile(out[0] ?? '')));
  });

  it('every file the manifest lists is in the zip, and every file in the zip is listed or a schema', async () => {
    const listed = manifestFileList(new TextDecoder().decode(entries['imsmanifest.xml']));
    const schemas = await schemaFiles(version);
    expect(listed.sort()).toEqual([...staged].sort());
    for (const f of listed) expect(entries[f]).toBeDefined();
    const unlisted = Object.keys(entries).filter((f) => f !== 'imsmanifest.xml' && !listed.includes(f));
    expect(unlisted.sort()).toEqual(schemas);
  });

  it('the right schema set is at the root', () => {
    expect(Object.keys(entries)).toContain(version === 'scorm12' ? 'imscp_rootv1p1p2.xsd' : 'imsss_v1p0.xsd');
    expect(Object.keys(entries)).not.toContain(version === 'scorm12' ? 'imsss_v1p0.xsd' : 'imscp_rootv1p1p2.xsd');
  });

  it('writes a tracking sheet listing objectives, interaction ids and the mastery score', async () => {
    const sheet = await readFile(join(distDir, `${course.meta.slug}-${version}-tracking.md`), 'utf8');
    for (const o of course.meta.objectives) expect(sheet).toContain(`\`${o.id}\``);
    for (const i of interactionIds(course)) expect(sheet).toContain(`\`${i.id}\``);
    expect(sheet).toContain(`${course.meta.masteryScore} %`);
    expect(sheet).toContain(version === 'scorm12' ? '`passed`, ikke `completed`' : 'cmi.success_status');
  });

  it('refuses a build that would load something from another origin', async () => {
    const stageDir = await mkdtemp(join(tmpdir(), 'stage-'));
    await writeFile(join(stageDir, 'index.html'), '<script src="https://cdn.example/x.js"></script>');
    await expect(packageScorm({ target: version, course, root: process.cwd(), stageDir, distDir, files: ['index.html'], log: () => undefined }, version)).rejects.toThrow(/another origin/);
  });
});
