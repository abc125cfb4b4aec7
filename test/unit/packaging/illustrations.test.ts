import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../course/schema/problem.ts';
import { validateCourse } from '../../../course/schema/validate.ts';
import { findIllustrations, ILLUSTRATION_DIR, inlineIllustrations } from '../../../packaging/illustrations/inline-illustrations.ts';
import { optimiseSvg } from '../../../packaging/illustrations/optimise-svg.ts';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import { sampleLessons, sampleMeta, sources } from '../../fixtures/sample-course.ts';

const ROOT = join(import.meta.dirname, '../../..');
const files = readdirSync(join(ROOT, ILLUSTRATION_DIR)).filter((f) => f.endsWith('.svg'));

/** What the strict CSP (default-src 'self', no unsafe-inline) or the page would suffer from in inlined markup. */
const UNSAFE = /<script|<foreignObject|<style|style=|<image|<use|href=|url\(|\son[a-z]+=|javascript:/i;

describe('the course illustrations, optimised (packaging/illustrations/optimise-svg.ts)', () => {
  it('has illustrations to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s: smaller than its source, at most 3 KB, inert, scalable, hidden from assistive technology', (file) => {
    const source = readFileSync(join(ROOT, ILLUSTRATION_DIR, file), 'utf8');
    const result = optimiseSvg(source);
    if (!result.ok) throw new Error(result.problem);
    expect(result.svg.length).toBeLessThan(source.length);
    expect(Buffer.byteLength(result.svg)).toBeLessThanOrEqual(3 * 1024);
    expect(result.svg).not.toMatch(UNSAFE);
    expect(result.svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(result.svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
    expect(result.svg).not.toMatch(/<!--/);
  });

  it.each([
    ['a script', '<script>alert(1)</script>'],
    ['a foreign object', '<foreignObject width="10" height="10"><p>x</p></foreignObject>'],
    ['an external image', '<image href="https://example.org/x.png" width="10" height="10"/>'],
    ['a use of another file', '<use href="other.svg#a"/>'],
    ['a style element', '<style>rect{fill:red}</style>'],
    ['a style attribute', '<rect style="fill:red" width="1" height="1"/>'],
    ['a reference by url()', '<rect fill="url(https://example.org/p.svg#g)" width="1" height="1"/>'],
    ['an event handler', '<rect onclick="alert(1)" width="1" height="1"/>'],
  ])('never lets through %s: svgo removes it or the allow-list refuses the file', (_what, inner) => {
    const result = optimiseSvg(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle class="i-a" r="4"/>${inner}</svg>`);
    if (result.ok) expect(result.svg).not.toMatch(UNSAFE);
    else expect(result.problem).toMatch(/^only plain shapes \(.+ is not allowed\)$/);
  });

  it('refuses a file without a viewBox, and one that is not SVG', () => {
    expect(optimiseSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>')).toMatchObject({ ok: false, problem: expect.stringContaining('viewBox') as unknown });
    expect(optimiseSvg('not svg <')).toMatchObject({ ok: false });
  });
});

describe('inlining when the course is loaded (inline-illustrations.ts)', () => {
  const sampleWith = (lessonCover: string) => {
    const meta = { ...sampleMeta(), cover: { src: 'a.svg', alt: { nb: 'Et bilde' } } };
    const lessons = sampleLessons();
    lessons[1] = { ...lessons[1], cover: { src: lessonCover, decorative: true } } as (typeof lessons)[number];
    const result = validateCourse(sources(meta, lessons));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return result.course;
  };
  const root = mkdtempSync(join(tmpdir(), 'ill-'));
  mkdirSync(join(root, ILLUSTRATION_DIR), { recursive: true });
  writeFileSync(join(root, ILLUSTRATION_DIR, 'a.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><rect class="i-a" width="10" height="10"/></svg>');
  const fileOf = (lesson: string) => (lesson === 'course' ? 'course/course.ts' : `course/lessons/${lesson}.ts`);

  it('puts the optimised markup into every reference', () => {
    const course = sampleWith('a.svg');
    expect(inlineIllustrations(course, root, fileOf)).toEqual([]);
    const found = findIllustrations(course);
    expect(found.map((f) => f.path)).toEqual(['cover', 'cover']);
    for (const f of found) expect(f.illustration.svg).toMatch(/^<svg aria-hidden="true" viewBox="0 0 10 10" focusable="false">.*class="i-a".*<\/svg>$/);
  });

  it('names file, lesson and field when a file is missing', () => {
    const problems = inlineIllustrations(sampleWith('missing.svg'), root, fileOf).map(formatProblem);
    expect(problems).toEqual(['course/lessons/lesson-a.ts → lesson-a → cover.src: expected a file in course/illustrations/, found "missing.svg" (no such file) [CONTENT_LOAD]']);
  });

  it('the real course: every illustration it refers to is found and inlined', async () => {
    const course = await loadValidCourse(ROOT);
    const found = findIllustrations(course);
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const f of found) expect(f.illustration.svg, `${f.lesson} ${f.path}`).toMatch(/^<svg /);
    // Every file in the folder is drawn somewhere, and only files in the folder are referred to.
    expect([...new Set(found.map((f) => f.illustration.src))].sort()).toEqual([...files].sort());
  }, 60_000);
});
