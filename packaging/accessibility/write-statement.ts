import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../../course/schema/index.ts';
import { buildStatement } from '../../src/accessibility/statement.ts';

export const STATEMENT_FILE = 'tilgjengelighetserklaering.md';

/** The statement as Markdown, ready to paste into uustatus.no or the agency's own site. */
export function statementMarkdown(course: Course, date: string): string {
  const s = buildStatement(course.meta);
  const lines = [`# ${s.title}: ${course.meta.title.nb}`, '', `*Utkast laget av byggingen ${date} for versjon ${course.meta.version}. Les gjennom, fyll inn det som mangler, og publiser.*`, ''];
  for (const section of s.sections) {
    lines.push(`## ${section.heading}`, '');
    for (const p of section.paragraphs) lines.push(p, '');
    if (section.list) lines.push(...section.list.map((item) => `- ${item}`), '');
    if (section.contact) lines.push(`${section.contact.name}${section.contact.email ? `: <${section.contact.email}>` : ''}${section.contact.url ? `, <${section.contact.url}>` : ''}`, '');
  }
  return lines.join('\n');
}

/** Writes dist/tilgjengelighetserklaering.md; warns when the agency's contact is still missing or a placeholder. */
export async function writeStatement(course: Course, distDir: string, log: (line: string) => void): Promise<string> {
  const file = join(distDir, STATEMENT_FILE);
  await writeFile(file, statementMarkdown(course, new Date().toISOString().slice(0, 10)));
  const email = course.meta.accessibilityContact?.email ?? '';
  if (!email || email.endsWith('.example')) log(`  ! ${STATEMENT_FILE}: set accessibilityContact in course/course.ts to the agency's own address before publishing`);
  return file;
}
