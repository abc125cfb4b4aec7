import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Course, LessonInput } from '../../../course/schema/index.ts';
import { validateCourse } from '../../../course/schema/validate.ts';
import { SESSION_MINUTES } from '../../../packaging/guide/guide-model.ts';
import { DOC_TITLE, GUIDE_TEXT } from '../../../packaging/guide/guide-text.ts';
import { renderGuide, writeGuides } from '../../../packaging/guide/render-guide.ts';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import { sampleLessons, sampleMeta, sources } from '../../fixtures/sample-course.ts';
import { htmlProblems } from './html-check.ts';

function courseWith(change: (lessons: LessonInput[]) => void = () => {}): Course {
  const lessons = sampleLessons();
  change(lessons);
  const result = validateCourse(sources(sampleMeta(), lessons));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.course;
}

/** Renames the sample course's scenario (lesson-a → page p-a3 → scenario sc-a). */
function renameScenario(lessons: LessonInput[], title: string): void {
  const block = lessons[1]?.pages[2]?.blocks[0];
  if (block?.kind !== 'scenario') throw new Error('fixture changed');
  block.scenario.title = title;
}

const sectionOf = (html: string, id: string) => html.split(`<section class="expectation" id="${id}">`)[1]?.split('</section>')[0] ?? '';
const count = (html: string, re: RegExp) => [...html.matchAll(re)].length;

let real: Course;
beforeAll(async () => {
  real = await loadValidCourse(process.cwd());
}, 60_000);

describe('discussion guide: generated from the course', () => {
  it('a changed scenario title in the course changes the guide (case heading and question)', () => {
    const before = renderGuide(courseWith(), 'nb');
    const after = renderGuide(courseWith((l) => renameScenario(l, 'Budsjettmøtet som sporet av')), 'nb');
    expect(before).toContain('Case: Case A');
    expect(after).not.toContain('Case: Case A');
    expect(after).toContain('<h3>Case: Budsjettmøtet som sporet av</h3>');
    expect(after).toContain('Hva ville du gjort i «Budsjettmøtet som sporet av» hvis det skjedde hos dere');
  });

  it('per expectation: the first situation and its choices as the case, the lesson\'s key points, its reflection as a question', () => {
    const html = sectionOf(renderGuide(courseWith(), 'nb'), 'obj-a');
    expect(html).toContain('<h2>Forventning 1: A</h2>');
    expect(html).toContain('<p>Start</p>'); // situation n1 text
    expect(html).toContain('<li>God</li><li>Dårlig</li>'); // its choices, in the author's order
    expect(html).toContain('<ul class="points"><li>Punkt 1</li><li>Punkt 2</li></ul>');
    expect(html).toContain('<li>Hva betyr dette for deg?</li>'); // the lesson's reflection prompt
    expect(html).toContain('Hvilket av de 2 punktene nedenfor');
  });
});

describe('discussion guide: valid and complete (the real course)', () => {
  it('the HTML check can fail', () => {
    expect(htmlProblems('<p><em>x</p>')).not.toEqual([]);
    expect(htmlProblems('<a href="#nowhere">x</a>')).toEqual(['link to missing #nowhere']);
    expect(htmlProblems('<p id="a">x</p><p id="a">y</p>')).toEqual(['duplicate id a']);
    expect(htmlProblems('<ol class="questions"></ol>')).not.toEqual([]);
  });

  it('well-formed HTML with language, title, one h1, print CSS; every expectation has a case, 3–4 questions and its points', () => {
    const html = renderGuide(real, 'nb');
    expect(htmlProblems(html)).toEqual([]);
    expect(html).toMatch(/^<!doctype html>\n<html lang="nb">/);
    expect(html).toContain('<title>Diskusjonsguide for ledergrupper – God ledelse i staten</title>');
    expect(count(html, /<h1>/g)).toBe(1);
    expect(html).toMatch(/@media print \{[^]*break-before: page/);
    expect(html).not.toMatch(/<script|https?:\/\/[^"]*\.(js|css)/); // self-contained, no remote loads
    let points = 0;
    for (const o of real.meta.objectives) {
      const s = sectionOf(html, o.id);
      expect(s, o.id).toContain(`: ${o.title.nb}</h2>`);
      expect(s, o.id).toMatch(/<h3>Case: [^<]+<\/h3>/);
      expect(s, o.id).toMatch(/<ul class="choices">(<li>[^<]+<\/li>){2,}<\/ul>/);
      const questions = count(s.split('<ol class="questions">')[1]?.split('</ol>')[0] ?? '', /<li>/g);
      expect(questions, o.id).toBeGreaterThanOrEqual(3);
      expect(questions, o.id).toBeLessThanOrEqual(4);
      points += count(s.split('<ul class="points">')[1]?.split('</ul>')[0] ?? '', /<li>/g);
    }
    expect(points).toBe(18); // the document's 18 points, each under its expectation (shared/seed/README.md)
  });

  it('the facilitator\'s page: a timing table that adds up to 90 minutes, with every expectation and the course\'s view of each case', () => {
    const html = renderGuide(real, 'nb');
    const page = html.split('<section class="facilitator" id="fasilitator">')[1] ?? '';
    const rows = [...page.matchAll(/<tr><td class="min">(\d+)<\/td><td>([^<]+)<\/td><\/tr>/g)];
    expect(rows.reduce((n, r) => n + Number(r[1]), 0)).toBe(SESSION_MINUTES);
    expect(page).toContain(`<td class="min">${SESSION_MINUTES}</td><th scope="row">Til sammen</th>`);
    for (const o of real.meta.objectives) {
      expect(rows.some((r) => r[2]?.startsWith(`${o.title.nb}:`))).toBe(true);
      expect(page).toContain(`<h4>${o.title.nb}: `);
    }
  });

  it('one file per course language', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guide-'));
    const twoLanguages: Course = { ...real, meta: { ...real.meta, languages: ['nb', 'en'] } };
    const written = await writeGuides(dir, twoLanguages);
    expect((await readdir(dir)).sort()).toEqual(['diskusjonsguide-en.html', 'diskusjonsguide.html']);
    expect(written).toHaveLength(2);
    expect(await readFile(join(dir, 'diskusjonsguide-en.html'), 'utf8')).toContain('<html lang="en">');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('discussion guide: nynorsk and English', () => {
  it.each(['nn', 'en'] as const)('%s: well-formed, in its language, the document title marked as bokmål, the points marked as the course\'s translation', (lang) => {
    const html = renderGuide(real, lang);
    const text = GUIDE_TEXT[lang];
    expect(htmlProblems(html)).toEqual([]);
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
    expect(html).toContain(`<cite lang="nb">${DOC_TITLE}</cite>`);
    expect(html).toContain(`<h3>${text.questionsHeading}</h3>`);
    expect(count(html, /<p class="translated">/g)).toBe(real.meta.objectives.length);
    const page = html.split('<section class="facilitator" id="fasilitator">')[1] ?? '';
    expect(page).toContain(`<td class="min">${SESSION_MINUTES}</td><th scope="row">${text.total}</th>`);
  });

  it('the bokmål guide marks no translation and needs no lang on the title', () => {
    const html = renderGuide(real, 'nb');
    expect(html).not.toContain('class="translated"');
    expect(html).toContain(`<cite>${DOC_TITLE}</cite>`);
  });

  it('none of the guide\'s own texts in nn or en is the bokmål text (the words "Case" in nynorsk and "Forventning" are the same)', () => {
    const same = new Set(['nn.expectation', 'nn.caseHeading']);
    const sample = (v: unknown): string => (typeof v === 'function' ? String((v as (...a: unknown[]) => unknown)('X', 2, 3, 4)) : JSON.stringify(v));
    for (const lang of ['nn', 'en'] as const) {
      for (const key of Object.keys(GUIDE_TEXT.nb) as (keyof typeof GUIDE_TEXT.nb)[]) {
        if (key === 'pointsNote') continue; // null in bokmål by design
        const equal = sample(GUIDE_TEXT[lang][key]) === sample(GUIDE_TEXT.nb[key]);
        expect(equal, `${lang}.${key}`).toBe(same.has(`${lang}.${key}`));
      }
    }
  });
});
