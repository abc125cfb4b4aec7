import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCmi5Xml } from '../../../packaging/cmi5/cmi5-xml.ts';
import { validateCmi5Xml } from '../../../packaging/cmi5/validate-cmi5-xml.ts';
import { validateTincanXml } from '../../../packaging/check-package/validate-tincan-xml.ts';
import { readManifestTemplate, renderManifest } from '../../../packaging/scorm/render-manifest.ts';
import { validateManifest } from '../../../packaging/scorm/validate-manifest.ts';
import { renderTincanXml } from '../../../packaging/xapi/tincan-xml.ts';
import { trackingSheet } from '../../../packaging/scorm/tracking-sheet.ts';
import { xapiTrackingSheet } from '../../../packaging/xapi/tracking-sheet.ts';
import { translatedSampleCourse } from '../../fixtures/translate-fixture.ts';

const course = translatedSampleCourse();
const LANGS = ['nb', 'nn', 'en'] as const;

describe('manifests and descriptors declare the course\'s languages (issue 13)', () => {
  it('cmi5.xml: a langstring per language for every title and description, schema-valid', async () => {
    const text = renderCmi5Xml(course, 'index.html');
    for (const l of LANGS) {
      expect(text).toContain(`<langstring lang="${l}">${course.meta.title[l] ?? ''}</langstring>`);
      expect(text).toContain(`<langstring lang="${l}">${course.meta.objectives[1]?.description[l] ?? ''}</langstring>`);
    }
    const check = await validateCmi5Xml(text);
    expect(check.errors).toEqual([]);
  });

  it('tincan.xml: a name and a description per language, schema-valid', async () => {
    const text = renderTincanXml(course, 'index.html');
    for (const l of LANGS) {
      expect(text).toContain(`<name lang="${l}">${course.meta.title[l] ?? ''}</name>`);
      expect(text).toContain(`<description lang="${l}">${course.meta.description[l] ?? ''}</description>`);
    }
    const xsd = await readFile(join(process.cwd(), 'packaging/check-package/tincan.xsd'), 'utf8');
    expect((await validateTincanXml(text, xsd)).errors).toEqual([]);
  });

  it('SCORM 2004 imsmanifest.xml: LOM general.language per language and title/description strings, XSD-valid', async () => {
    const xml = renderManifest(await readManifestTemplate(process.cwd()), { course, version: 'scorm2004', files: ['index.html'], launch: 'index.html' });
    for (const l of LANGS) {
      expect(xml).toContain(`<language>${l}</language>`);
      expect(xml).toContain(`<string language="${l}">${course.meta.title[l] ?? ''}</string>`);
    }
    const check = await validateManifest(xml, 'scorm2004');
    expect(check.valid).toBe(true);
  });

  it('tracking sheets name what the learner saw in every language (objectives, questions, scenarios, activities)', () => {
    const all = (t: { nb: string; nn?: string; en?: string }) => `${t.nb} (nb) / ${t.nn ?? ''} (nn) / ${t.en ?? ''} (en)`;
    const objective = course.meta.objectives[0];
    const question = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks)).find((b) => b.kind === 'question');
    if (!objective || question?.kind !== 'question') throw new Error('fixture changed');
    for (const version of ['scorm12', 'scorm2004'] as const) {
      const sheet = trackingSheet(course, version);
      expect(sheet).toContain(all(objective.title));
      expect(sheet).toContain(all(question.question.prompt));
    }
    for (const target of ['xapi', 'cmi5'] as const) {
      const sheet = xapiTrackingSheet(course, target);
      expect(sheet).toContain(all(objective.title));
      expect(sheet).toContain(all(question.question.prompt));
      expect(sheet).toContain(all(course.meta.title));
    }
  });
});
