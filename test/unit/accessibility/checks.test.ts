import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifiedChecks } from '../../../src/accessibility/checks.ts';
import { statementMarkdown } from '../../../packaging/accessibility/write-statement.ts';
import { sampleCourse } from '../../fixtures/sample-course.ts';

async function e2eSources(dir = 'test/e2e'): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await e2eSources(path)));
    else if (entry.name.endsWith('.test.ts')) out.push(await readFile(path, 'utf8'));
  }
  return out;
}

describe('the accessibility statement claims only what an e2e test verifies', () => {
  it('names every check in exactly one e2e test title', async () => {
    const sources = (await e2eSources()).join('\n');
    const counts = Object.fromEntries(verifiedChecks.map((c) => [c.id, sources.split(`verifies('${c.id}')`).length - 1]));
    expect(counts).toEqual(Object.fromEntries(verifiedChecks.map((c) => [c.id, 1])));
  });

  it('writes the draft from the checks and the course contact, and says when the contact is missing', () => {
    const course = sampleCourse();
    const withContact = { ...course, meta: { ...course.meta, accessibilityContact: { name: { nb: 'Etaten' }, email: 'uu@etaten.no' } } };
    const draft = statementMarkdown(withContact, '2026-01-02');
    expect(draft).toContain('<uu@etaten.no>');
    for (const c of verifiedChecks) expect(draft).toContain(c.text);
    expect(statementMarkdown({ ...course, meta: { ...course.meta, accessibilityContact: undefined } }, '2026-01-02')).toContain('Kontaktpunkt ikke satt');
  });
});
