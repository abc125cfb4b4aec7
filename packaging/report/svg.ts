/**
 * Three small inline-SVG charts for the report, hand-rolled: the report is written in Node
 * without a DOM, must be one self-contained file that prints crisply, and needs only bars,
 * columns and lines. Chart libraries either need a browser (canvas/DOM: Chart.js, D3's
 * rendering) or weigh far more than these ~80 lines. Each chart has a <title> and
 * role="img"; the same numbers are always in a table next to it.
 */
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
const n1 = (x: number) => (Math.round(x * 10) / 10).toString();

export const COLORS = ['#1d4f91', '#2e7d32', '#b26a00', '#b3261e', '#6a1b9a', '#00838f'];

/** Horizontal bars, one per row; `mark` draws the bar in the second colour (e.g. the correct option). */
export function hBars(title: string, rows: { label: string; value: number; mark?: boolean }[], format: (v: number) => string = String): string {
  const width = 640;
  const labelW = 260;
  const rowH = 22;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const barW = width - labelW - 60;
  const h = rows.length * rowH + 8;
  const bars = rows
    .map((r, i) => {
      const y = 4 + i * rowH;
      const w = (r.value / max) * barW;
      const label = r.label.length > 42 ? `${r.label.slice(0, 41)}…` : r.label;
      return `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${esc(label)}</text><rect x="${labelW}" y="${y + 3}" width="${n1(w)}" height="${rowH - 6}" fill="${r.mark ? COLORS[1] : COLORS[0]}"/><text x="${n1(labelW + w + 4)}" y="${y + 15}">${esc(format(r.value))}</text>`;
    })
    .join('');
  return `<svg role="img" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" font-size="12" font-family="system-ui, sans-serif"><title>${esc(title)}</title>${bars}</svg>`;
}

/** Vertical columns (a histogram) with labels under each column. */
export function columns(title: string, cols: { label: string; value: number }[]): string {
  const width = 640;
  const h = 180;
  const base = h - 24;
  const max = Math.max(1, ...cols.map((c) => c.value));
  const step = width / Math.max(1, cols.length);
  const body = cols
    .map((c, i) => {
      const ch = (c.value / max) * (base - 18);
      const x = i * step + step * 0.12;
      return `<rect x="${n1(x)}" y="${n1(base - ch)}" width="${n1(step * 0.76)}" height="${n1(ch)}" fill="${COLORS[0]}"/><text x="${n1(x + step * 0.38)}" y="${n1(base - ch - 4)}" text-anchor="middle">${c.value}</text><text x="${n1(x + step * 0.38)}" y="${h - 8}" text-anchor="middle">${esc(c.label)}</text>`;
    })
    .join('');
  return `<svg role="img" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" font-size="11" font-family="system-ui, sans-serif"><title>${esc(title)}</title><line x1="0" y1="${base}" x2="${width}" y2="${base}" stroke="#999"/>${body}</svg>`;
}

/** Lines over an x axis of labels (dates); a legend on top. */
export function lines(title: string, xLabels: string[], series: { name: string; values: number[] }[]): string {
  const width = 640;
  const h = 220;
  const left = 40;
  const top = 26;
  const base = h - 26;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number) => left + (xLabels.length > 1 ? (i / (xLabels.length - 1)) * (width - left - 10) : (width - left) / 2);
  const y = (v: number) => base - (v / max) * (base - top);
  const legend = series.map((s, i) => `<rect x="${left + i * 130}" y="4" width="12" height="12" fill="${COLORS[i % COLORS.length] ?? '#000'}"/><text x="${left + i * 130 + 16}" y="14">${esc(s.name)}</text>`).join('');
  const paths = series
    .map((s, i) => `<polyline fill="none" stroke-width="2" stroke="${COLORS[i % COLORS.length] ?? '#000'}" points="${s.values.map((v, j) => `${n1(x(j))},${n1(y(v))}`).join(' ')}"/>`)
    .join('');
  const ticks = [0, Math.floor((xLabels.length - 1) / 2), xLabels.length - 1]
    .filter((v, i, a) => xLabels.length > 0 && a.indexOf(v) === i)
    .map((i) => `<text x="${n1(x(i))}" y="${h - 8}" text-anchor="${i === 0 ? 'start' : i === xLabels.length - 1 ? 'end' : 'middle'}">${esc(xLabels[i] ?? '')}</text>`)
    .join('');
  return `<svg role="img" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" font-size="11" font-family="system-ui, sans-serif"><title>${esc(title)}</title>${legend}<line x1="${left}" y1="${base}" x2="${width}" y2="${base}" stroke="#999"/><text x="${left - 6}" y="${top + 4}" text-anchor="end">${max}</text><text x="${left - 6}" y="${base}" text-anchor="end">0</text>${paths}${ticks}</svg>`;
}
