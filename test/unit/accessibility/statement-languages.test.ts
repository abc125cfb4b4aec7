import { describe, expect, it } from 'vitest';
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
