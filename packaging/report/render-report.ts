import type { ReportModel } from './report-model.ts';
import { columns, hBars, lines } from './svg.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
const num = (x: number | null, digits = 0) => (x === null ? '–' : x.toFixed(digits).replace('.', ','));
const share = (n: number, of: number) => (of ? `${n} (${Math.round((n / of) * 100)} %)` : String(n));
const RATING = { strong: 'sterk', partly: 'delvis', weak: 'svak' } as Record<string, string>;

const CSS = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem; }
h1 { font-size: 1.7rem; } h2 { margin-top: 2.2rem; border-top: 3px solid #1d4f91; padding-top: .6rem; } h3 { margin-top: 1.4rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; } th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } .muted { color: #555; font-size: .9rem; } .warn { color: #b3261e; }
.kpi { display: flex; flex-wrap: wrap; gap: 1rem; } .kpi div { border: 1px solid #ccc; border-radius: 6px; padding: .5rem .9rem; } .kpi b { display: block; font-size: 1.5rem; }
svg { max-width: 100%; height: auto; display: block; }
@media print { @page { size: A4; margin: 15mm; } body { max-width: none; padding: 0; font-size: 10pt; } h2 { break-before: page; } section.item, table, svg { break-inside: avoid; } }
`;

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="n"' : ''}>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function itemSection(item: ReportModel['items'][number]): string {
  const flag = item.discrimination !== null && item.discrimination < 0.2 ? ' <span class="warn">(svak diskriminering: se på spørsmålet)</span>' : '';
  const chosen = item.options.reduce((n, o) => n + o.count, 0);
  return `<section class="item"><h3>${esc(item.id)}: ${esc(item.prompt)}</h3>
<p>${item.answers} svar · ${pct(item.shareCorrect)} riktige${item.where === 'test' ? ` · punkt-biserial ${num(item.discrimination, 2)} (${item.pairs} svar i leverte forsøk)${flag}` : ' · (spørsmål i leksjon: ingen testpoeng å korrelere mot)'}</p>
${item.options.length ? `${hBars(`Valg av alternativer: ${item.id}`, item.options.map((o) => ({ label: `${o.correct ? '✓ ' : ''}${o.text}`, value: o.count, mark: o.correct })))}\n${table(['Alternativ', 'Riktig', 'Valgt'], item.options.map((o) => [esc(o.text), o.correct ? 'ja' : 'nei', share(o.count, chosen)]), [2])}` : ''}
${item.orders.length ? table(['Rekkefølge (vanligste)', 'Antall'], item.orders.map((o) => [esc(o.order), String(o.count)]), [1]) : ''}
</section>`;
}

/** The whole report as one HTML file: no scripts, no external resources, printable. */
export function renderReport(m: ReportModel): string {
  const L = m.learners;
  const ot = m.overTime;
  return `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rapport: ${esc(m.course.title)} ${esc(m.course.version)}</title><style>${CSS}</style></head>
<body><main>
<h1>Rapport: ${esc(m.course.title)} ${esc(m.course.version)}</h1>
<p class="muted">${esc(m.source?.from ?? 'Fra LRS-et')}, ${esc(m.filter)}. Laget ${esc(m.generated)}. ${m.statements} ${esc(m.source?.unit ?? 'utsagn')} lest${m.ignored ? `, ${m.ignored} hørte ikke til kurset` : ''}.</p>
${m.source?.note ? `<p class="muted">${esc(m.source.note)}</p>\n` : ''}<div class="kpi"><div><b>${L.total}</b>deltakere</div><div><b>${L.started}</b>startet</div><div><b>${share(L.completed, L.total)}</b>fullført</div><div><b>${share(L.passed, L.total)}</b>bestått</div><div><b>${share(L.failed, L.total)}</b>ikke bestått (ennå)</div></div>

<h2 id="over-tid">Over tid</h2>
<p>Antall deltakere som hadde startet, fullført, bestått og ikke bestått per ${ot.unit} (akkumulert; «ikke bestått» teller bare dem som ikke har bestått senere).</p>
${lines('Deltakere over tid', ot.rows.map((r) => r.date), [
  { name: 'startet', values: ot.rows.map((r) => r.started) },
  { name: 'fullført', values: ot.rows.map((r) => r.completed) },
  { name: 'bestått', values: ot.rows.map((r) => r.passed) },
  { name: 'ikke bestått', values: ot.rows.map((r) => r.failed) },
])}
${table([ot.unit === 'uke' ? 'Uke (mandag)' : 'Dag', 'Startet', 'Fullført', 'Bestått', 'Ikke bestått'], ot.rows.map((r) => [r.date, String(r.started), String(r.completed), String(r.passed), String(r.failed)]), [1, 2, 3, 4])}

<h2 id="forventninger">Resultat per forventning</h2>
<p>Hver deltakers beste resultat per forventning i den avsluttende testen (0–100), fordelt i intervaller på 10. Grensen er ${m.mastery}.</p>
${m.expectations.map((e) => `<h3>${esc(e.title)}</h3><p>${e.n} deltakere · snitt ${num(e.mean)} · median ${num(e.median)} · ${share(e.atMastery, e.n)} på eller over grensen</p>${columns(`Fordeling: ${e.title}`, e.bins.map((c, i) => ({ label: i === 9 ? '90–100' : `${i * 10}–`, value: c })))}`).join('\n')}

<h2 id="sporsmal">Spørsmål (itemanalyse)</h2>
<p>Andel riktige, og for testspørsmål punkt-biserial korrelasjon mellom riktig svar og testpoengene i samme forsøk (under 0,2: spørsmålet skiller dårlig mellom sterke og svake; negativ: de sterke svarer oftere feil). Hvor ofte hvert alternativ ble valgt (✓ = riktig).</p>
${table(['Spørsmål', 'Hvor', 'Svar', 'Riktige', 'Punkt-biserial'], m.items.map((i) => [`<a href="#q-${esc(i.id)}">${esc(i.id)}</a>`, i.where, String(i.answers), pct(i.shareCorrect), num(i.discrimination, 2)]), [2, 3, 4])}
${m.items.map((i) => itemSection(i).replace('<section class="item">', `<section class="item" id="q-${esc(i.id)}">`)).join('\n')}

<h2 id="scenarioer">Scenarioer: valg og utfall</h2>
${m.scenarios
  .map(
    (s) => `<h3>${esc(s.title)}</h3>
${s.decisions.map((d) => `<p><strong>Beslutning ${esc(d.node)}</strong> (${d.total} valg)</p>${table(['Valg', 'Vurdering', 'Antall'], d.choices.map((c) => [esc(c.text), RATING[c.rating] ?? c.rating, share(c.count, d.total)]), [2])}`).join('\n')}
<p><strong>Slutt</strong></p>${hBars(`Slutt: ${s.title}`, s.endings.map((e) => ({ label: e.title, value: e.count, mark: e.outcome === 'good' })))}`,
  )
  .join('\n')}

<h2 id="tid">Tid og forsøk</h2>
<p>Tid i kurset per deltaker (summen av øktene, fra «terminated»): ${m.time.learners} deltakere, median ${num(m.time.median)} min (kvartiler ${num(m.time.q1)}–${num(m.time.q3)} min).</p>
${columns('Minutter i kurset', m.time.bins.map((b) => ({ label: b.label, value: b.count })))}
<p>Antall forsøk på den avsluttende testen per deltaker:</p>
${columns('Forsøk per deltaker', m.attempts.map((a) => ({ label: a.label, value: a.count })))}
${table(['Forsøk', 'Deltakere'], m.attempts.map((a) => [a.label, String(a.count)]), [1])}
</main></body></html>
`;
}

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows: (string | number | null)[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** The report's tables as CSV files (comma-separated, UTF-8, header row), by file name. */
export function reportCsv(m: ReportModel): Record<string, string> {
  return {
    'over-tid.csv': csv([['date', 'started', 'completed', 'passed', 'failed'], ...m.overTime.rows.map((r) => [r.date, r.started, r.completed, r.passed, r.failed])]),
    'forventninger.csv': csv([['objective', 'title', 'learners', 'mean', 'median', 'at_mastery', ...Array.from({ length: 10 }, (_, i) => `bin_${i * 10}`)], ...m.expectations.map((e) => [e.id, e.title, e.n, e.mean, e.median, e.atMastery, ...e.bins])]),
    'sporsmal.csv': csv([
      ['question', 'where', 'answers', 'share_correct', 'point_biserial', 'option', 'option_correct', 'option_count'],
      ...m.items.flatMap((i) => (i.options.length ? i.options : [{ id: '', correct: false, count: 0 }]).map((o) => [i.id, i.where, i.answers, i.shareCorrect, i.discrimination, o.id, o.id ? String(o.correct) : '', o.id ? o.count : null])),
    ]),
    'scenarioer.csv': csv([
      ['scenario', 'kind', 'node', 'choice_or_ending', 'rating_or_outcome', 'count'],
      ...m.scenarios.flatMap((s) => [...s.decisions.flatMap((d) => d.choices.map((c) => [s.id, 'decision', d.node, c.id, c.rating, c.count])), ...s.endings.map((e) => [s.id, 'ending', '', e.id, e.outcome, e.count])]),
    ]),
  };
}
