import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../../course/schema/index.ts';
import type { ScormVersion } from './schemas.ts';
import { renderTemplate } from './template.ts';

/**
 * The manifest identifier must be an xs:ID (an NCName: no ":" or "/"), stable across versions
 * so an LMS can recognise an update: the course IRI, host reversed, e.g.
 * https://kurs.ledelse.example/god-ledelse-i-staten → example.ledelse.kurs.god-ledelse-i-staten
 */
export function manifestIdentifier(courseId: string): string {
  const url = new URL(courseId);
  const parts = [...url.hostname.split('.').reverse(), ...url.pathname.split('/').filter(Boolean)];
  const id = parts.join('.').replace(/[^A-Za-z0-9._-]/g, '-');
  return /^[A-Za-z_]/.test(id) ? id : `course-${id}`;
}

export interface ManifestInput {
  course: Course;
  version: ScormVersion;
  /** Every file of the SCO, relative to the package root, forward slashes. */
  files: readonly string[];
  launch: string;
}

export const TEMPLATE_FILE = 'imsmanifest.template.xml';

export function renderManifest(template: string, { course, version, files, launch }: ManifestInput): string {
  const { meta } = course;
  const identifier = manifestIdentifier(meta.id);
  return renderTemplate(template, {
    scorm12: version === 'scorm12',
    scorm2004: version === 'scorm2004',
    identifier,
    organization: 'org-1',
    item: 'item-1',
    resource: 'sco-1',
    courseId: meta.id,
    version: meta.version,
    title: meta.title.nb,
    description: meta.description.nb,
    language: 'nb',
    // Issue 13: every language the course is complete in, and the title and description in each.
    languages: meta.languages.map((lang) => ({ lang })),
    titles: meta.languages.map((lang) => ({ lang, text: meta.title[lang] ?? meta.title.nb })),
    descriptions: meta.languages.map((lang) => ({ lang, text: meta.description[lang] ?? meta.description.nb })),
    launch,
    masteryScore: meta.masteryScore,
    scaledPassingScore: String(meta.masteryScore / 100),
    objectives: meta.objectives.map((o) => ({ id: o.id })),
    files: files.map((href) => ({ href })),
  });
}

export async function readManifestTemplate(root: string): Promise<string> {
  return readFile(join(root, TEMPLATE_FILE), 'utf8');
}
