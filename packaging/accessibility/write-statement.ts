import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course, Locale } from '../../course/schema/index.ts';
import { buildStatement } from '../../src/accessibility/statement.ts';

export const STATEMENT_FILE = 'tilgjengelighetserklaering.md';

/** dist/tilgjengelighetserklaering.md in bokmål, tilgjengelighetserklaering-<lang>.md for the course's other languages. */
export const statementFile = (locale: Locale): string => (locale === 'nb' ? STATEMENT_FILE : STATEMENT_FILE.replace(/\.md$/, `-${locale}.md`));

const DRAFT_NOTE: Record<Locale, (date: string, version: string) => string> = {
  nb: (date, version) => `Utkast laget av byggingen ${date} for versjon ${version}. Les gjennom, fyll inn det som mangler, og publiser.`,
  nn: (date, version) => `Utkast laga av byggjinga ${date} for versjon ${version}. Les gjennom, fyll inn det som manglar, og publiser.`,
  en: (date, version) => `Draft written by the build on ${date} for version ${version}. Read it through, fill in what is missing, and publish.`,
};

/** The statement as Markdown, ready to paste into uustatus.no or the agency's own site. */
export function statementMarkdown(course: Course, date: string, locale: Locale = 'nb'): string {
  const s = buildStatement(course.meta, locale);
  const lines = [`# ${s.title}: ${course.meta.title[locale] ?? course.meta.title.nb}`, '', `*${DRAFT_NOTE[locale](date, course.meta.version)}*`, ''];
  for (const section of s.sections) {
    lines.push(`## ${section.heading}`, '');
    for (const p of section.paragraphs) lines.push(p, '');
    if (section.list) lines.push(...section.list.map((item) => `- ${item}`), '');
    if (section.contact) lines.push(`${section.contact.name}${section.contact.email ? `: <${section.contact.email}>` : ''}${section.contact.url ? `, <${section.contact.url}>` : ''}`, '');
  }
  return lines.join('\n');
}

/** Writes the draft in each course language (bokmål first); warns when the agency's contact is still missing or a placeholder. */
export async function writeStatement(course: Course, distDir: string, log: (line: string) => void): Promise<string[]> {
  const date = new Date().toISOString().slice(0, 10);
  const files: string[] = [];
  for (const locale of new Set<Locale>(['nb', ...course.meta.languages])) {
    const file = join(distDir, statementFile(locale));
    await writeFile(file, statementMarkdown(course, date, locale));
    files.push(file);
  }
  const email = course.meta.accessibilityContact?.email ?? '';
  if (!email || email.endsWith('.example')) log(`  ! ${STATEMENT_FILE}: set accessibilityContact in course/course.ts to the agency's own address before publishing`);
  return files;
}
