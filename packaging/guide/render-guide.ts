import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../../course/schema/index.ts';
import type { Locale } from '../../course/schema/text.ts';
import { guideModel, type GuideModel } from './guide-model.ts';
import { DOC_TITLE, GUIDE_TEXT, type GuideText } from './guide-text.ts';
import { esc, richHtml } from './rich-html.ts';

/** Print first: A4, one expectation per page, the facilitator's page last; readable on screen too. */
const CSS = `
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; max-width: 46rem; margin: 0 auto; padding: 2rem 1rem; }
h1 { font-size: 1.8rem; line-height: 1.2; }
h2 { font-size: 1.4rem; margin-top: 2.5rem; border-top: 3px solid #1d4f91; padding-top: .75rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
p.translated { font-style: italic; color: #444; }
.case { background: #f3f6fa; border-left: 4px solid #1d4f91; padding: .25rem 1rem; }
ol.questions li { margin-bottom: .6rem; }
ol.questions li::after { content: ""; display: block; height: 3.5rem; border-bottom: 1px dotted #999; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #ccc; padding: .4rem .5rem; }
td.min { white-space: nowrap; text-align: right; width: 5rem; }
footer { margin-top: 3rem; font-size: .85rem; color: #555; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { font-size: 11pt; max-width: none; padding: 0; }
  section.expectation, section.facilitator { break-before: page; }
  h2 { margin-top: 0; }
  .case, ol.questions li, table, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
@media screen { ol.questions li::after { display: none; } }
`;

function section(s: GuideModel['sections'][number], text: GuideText, n: number): string {
  const c = s.scenario;
  return `<section class="expectation" id="${esc(s.id)}">
<h2>${esc(text.expectation)} ${n}: ${esc(s.title)}</h2>
<p>${esc(s.description)}</p>
<h3>${esc(text.caseHeading)}${c ? `: ${esc(c.title)}` : ''}</h3>
<div class="case">
${c ? `${c.intro ? richHtml(c.intro, 4) : ''}\n${richHtml(c.situation, 4)}\n<p>${esc(text.choicesLead)}</p>\n<ul class="choices">${c.choices.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : `<p>${esc(text.noCase)}</p>`}
</div>
<h3>${esc(text.questionsHeading)}</h3>
<ol class="questions">${s.questions.map((q) => `<li>${esc(q)}</li>`).join('')}</ol>
${s.points.length ? `<h3>${esc(text.pointsHeading)}</h3>\n${text.pointsNote ? `<p class="translated">${esc(text.pointsNote)}</p>\n` : ''}<ul class="points">${s.points.map((p) => `<li>${richHtml(p, 4).replace(/^<p>|<\/p>$/g, '')}</li>`).join('')}</ul>` : ''}
</section>`;
}

function facilitator(m: GuideModel, text: GuideText): string {
  const total = m.timing.reduce((n, r) => n + r.minutes, 0);
  return `<section class="facilitator" id="fasilitator">
<h2>${esc(text.facilitator)}</h2>
<p>${esc(text.facilitatorIntro)}</p>
<ul>${text.prepare.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>
<h3>${esc(text.timingHeading)}</h3>
<table class="timing"><thead><tr><th scope="col">${esc(text.minutes)}</th><th scope="col">${esc(text.activity)}</th></tr></thead>
<tbody>${m.timing.map((r) => `<tr><td class="min">${r.minutes}</td><td>${esc(r.activity)}</td></tr>`).join('')}</tbody>
<tfoot><tr><td class="min">${total}</td><th scope="row">${esc(text.total)}</th></tr></tfoot></table>
<h3>${esc(text.courseView)}</h3>
${m.sections
  .filter((s) => s.scenario)
  .map((s) => `<h4>${esc(s.title)}: ${esc(s.scenario?.title ?? '')}</h4>\n<p><strong>${esc(text.courseViewLead)}:</strong> ${esc((s.scenario?.strong ?? []).join(' / '))}</p>\n${s.scenario?.debrief ? richHtml(s.scenario.debrief, 5) : ''}`)
  .join('\n')}
</section>`;
}

/** The intro names the document by its Norwegian title: a title, and in bokmål also in a nynorsk or English guide (WCAG 3.1.2). */
const introHtml = (intro: string, lang: Locale): string => esc(intro).replace(esc(DOC_TITLE), `<cite${lang === 'nb' ? '' : ' lang="nb"'}>${esc(DOC_TITLE)}</cite>`);

export function renderGuide(course: Course, lang: Locale): string {
  const text = GUIDE_TEXT[lang];
  const m = guideModel(course, lang, text);
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(text.title(m.courseTitle))}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${esc(text.title(m.courseTitle))}</h1>
<p>${introHtml(text.intro, lang)}</p>
<nav><ol>${m.sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`).join('')}<li><a href="#fasilitator">${esc(text.facilitator)}</a></li></ol></nav>
${m.sections.map((s, i) => section(s, text, i + 1)).join('\n')}
${facilitator(m, text)}
</main>
<footer>${esc(text.source)}: ${esc(m.courseTitle)} ${esc(m.version)}</footer>
</body>
</html>
`;
}

/** dist/diskusjonsguide.html for the course's first language (bokmål), dist/diskusjonsguide-<lang>.html for the others. */
export function guideFileName(lang: Locale, first: boolean): string {
  return first ? 'diskusjonsguide.html' : `diskusjonsguide-${lang}.html`;
}

export async function writeGuides(distDir: string, course: Course): Promise<string[]> {
  const out: string[] = [];
  for (const [i, lang] of course.meta.languages.entries()) {
    const path = join(distDir, guideFileName(lang, i === 0));
    await writeFile(path, renderGuide(course, lang));
    out.push(path);
  }
  return out;
}
