import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statementMarkdown, writeStatement } from '../../../packaging/accessibility/write-statement.ts';
import { verifiedChecks } from '../../../src/accessibility/checks.ts';
import { buildStatement, type Statement } from '../../../src/accessibility/statement.ts';
import { sampleCourse } from '../../fixtures/sample-course.ts';

const meta = sampleCourse().meta;
const strings = (s: Statement): string[] => [s.title, ...s.sections.flatMap((x) => [x.heading, ...x.paragraphs, ...(x.list ?? []), x.contact?.name ?? ''])];

describe('the accessibility statement in nynorsk and English', () => {
  const nb = strings(buildStatement(meta));

  it('bokmål is the default', () => {
    expect(buildStatement(meta, 'nb')).toEqual(buildStatement(meta));
    expect(buildStatement(meta).title).toBe('Tilgjengelighetserklæring');
  });

  it.each([
    ['nn', 'Tilgjengelegheitserklæring', ['Tilbakemelding', 'Klage']],
    ['en', 'Accessibility statement', []],
  ] as const)('%s: the same sections and every check, and nothing left in bokmål (apart from headings that are the same word)', (locale, title, same) => {
    const s = buildStatement(meta, locale);
    expect(s.title).toBe(title);
    expect(s.sections.map((x) => x.paragraphs.length)).toEqual(buildStatement(meta).sections.map((x) => x.paragraphs.length));
    expect(s.sections.find((x) => x.list)?.list).toHaveLength(verifiedChecks.length);
    const other = strings(s);
    expect(other.filter((x, i) => x !== '' && x === nb[i])).toEqual(same);
  });

  it('each check is in nynorsk and English, not the bokmål text', () => {
    for (const c of verifiedChecks) {
      expect(c.nn, c.id).not.toBe(c.text);
      expect(c.en, c.id).not.toBe(c.text);
      expect(c.nn).not.toMatch(/\b(ikke|hva|hvordan|hvert|noe)\b/);
    }
  });
});

describe('the statement draft in dist/, one per course language', () => {
  it('writes bokmål as before and nynorsk and English beside it', async () => {
    const course = sampleCourse();
    const dir = await mkdtemp(join(tmpdir(), 'statement-'));
    const files = await writeStatement({ ...course, meta: { ...course.meta, languages: ['nb', 'nn', 'en'] } }, dir, () => undefined);
    expect(files).toHaveLength(3);
    expect((await readdir(dir)).sort()).toEqual(['tilgjengelighetserklaering-en.md', 'tilgjengelighetserklaering-nn.md', 'tilgjengelighetserklaering.md']);
    const undated = (md: string) => md.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'); // the build's date, not the test's
    expect(undated(await readFile(join(dir, 'tilgjengelighetserklaering.md'), 'utf8'))).toBe(undated(statementMarkdown(course, '2026-01-02')));
    expect(await readFile(join(dir, 'tilgjengelighetserklaering-nn.md'), 'utf8')).toMatch(/^# Tilgjengelegheitserklæring: [^]*\*Utkast laga av byggjinga /);
    const en = await readFile(join(dir, 'tilgjengelighetserklaering-en.md'), 'utf8');
    expect(en).toMatch(/^# Accessibility statement: [^]*\*Draft written by the build on /);
    for (const c of verifiedChecks) expect(en).toContain(c.en);
    await rm(dir, { recursive: true, force: true });
  });

  it('a bokmål-only course gets only the bokmål draft', async () => {
    const course = sampleCourse();
    const dir = await mkdtemp(join(tmpdir(), 'statement-'));
    await writeStatement({ ...course, meta: { ...course.meta, languages: ['nb'] } }, dir, () => undefined);
    expect(await readdir(dir)).toEqual(['tilgjengelighetserklaering.md']);
    await rm(dir, { recursive: true, force: true });
  });
});
