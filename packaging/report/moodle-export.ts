import { createReadStream } from 'node:fs';
import { catalogue } from '../../src/errors/catalogue.ts';

/**
 * Reading Moodle 4.5's SCORM "Interactions report" text download, one record at a time.
 *
 * What Moodle writes (mod/scorm/report/interactions/classes/report.php, download "CSV"):
 * csv_export_writer("tab") → a .txt file, one header row then one row per learner and
 * attempt, written with PHP's fputcsv (tab delimiter, '"' enclosure doubled inside a field,
 * fields with a space, tab, quote or line break enclosed; a field may span lines). Columns:
 *
 *   Name, [identity fields the site shows, e.g. Email address], Attempt, Started, Last
 *   accessed on, Score, <one column per launchable SCO, titled with the SCO title>, then for
 *   every interaction index i = 0 … n-1 the columns the teacher ticked, in this order:
 *   "Question i" (interaction id), "Response i" (student_response), "Right answer i"
 *   (correct pattern(s), comma-joined), "Result i".
 *
 * Headers are in the teacher's language, so columns are found by structure: the interaction
 * columns are the trailing headers that end in their index number (0, 1, …); what each is
 * comes from its English label (lang/en/scormreport_interactions.php) or, when the labels are
 * another language, from position when all four are present. Attempt, Started, Last accessed,
 * Score and the SCO column are the five columns before them (our packages have one SCO).
 * Cell values pass through Moodle's s() (HTML special characters escaped), undone here.
 */
export class MoodleExportError extends Error {
  constructor(detail: string) {
    const entry = catalogue.REPORT_MOODLE_EXPORT;
    super(`REPORT_MOODLE_EXPORT: ${entry.what} ${detail} ${entry.todo}`);
  }
}

export type Role = 'id' | 'response' | 'right' | 'result';
const ROLE_ORDER: readonly Role[] = ['id', 'response', 'right', 'result'];
/** lang/en/scormreport_interactions.php: questionx, responsex, rightanswerx, resultx ("… {$a}"). */
const ENGLISH: Record<string, Role> = { question: 'id', response: 'response', 'right answer': 'right', result: 'result' };

export interface ExportLayout {
  delimiter: string;
  width: number;
  /** Columns before Attempt: the name and the identity fields, together they tell learners apart. */
  learnerColumns: number;
  attempt: number;
  started: number;
  finished: number;
  sco: number;
  /** Per interaction index, the column of each role present. */
  interactions: Partial<Record<Role, number>>[];
}

export function layoutOf(header: string[], delimiter: string): ExportLayout {
  const numbered = header.map((h) => /^(.*?)\s*(\d+)$/.exec(h.trim()));
  let first = header.length;
  while (first > 0 && numbered[first - 1]) first -= 1;
  // The first trailing numbered column must be interaction 0; a SCO title ending in a digit would sit before it.
  while (first < header.length && numbered[first]?.[2] !== '0') first += 1;
  const groups = new Map<number, { label: string; column: number }[]>();
  for (let c = first; c < header.length; c++) {
    const m = numbered[c];
    if (!m) continue;
    const n = Number(m[2]);
    groups.set(n, [...(groups.get(n) ?? []), { label: (m[1] ?? '').trim().toLowerCase(), column: c }]);
  }
  const zero = groups.get(0) ?? [];
  if (zero.length === 0) throw new MoodleExportError('Fant ingen interaksjonskolonner (overskrifter som «Question 0», «Response 0»).');
  if (first < 5) throw new MoodleExportError(`Bare ${first} kolonner før interaksjonene; rapporten har minst navn, forsøk, startet, sist åpnet, poeng og en kolonne for SCO-en.`);
  const labels = zero.map((g) => g.label);
  const english = labels.map((l) => ENGLISH[l]);
  const roles: Role[] | null = english.every((r): r is Role => r !== undefined) ? english : labels.length === 4 ? [...ROLE_ORDER] : null;
  if (!roles) throw new MoodleExportError(`Kolonnene for interaksjon 0 (${labels.join(', ')}) kan ikke tolkes.`);
  if (!roles.includes('id')) throw new MoodleExportError('Eksporten har ikke spørsmålskolonnene («Question N»/«Summary of question»), så svarene kan ikke knyttes til spørsmålene.');
  const interactions: Partial<Record<Role, number>>[] = [];
  for (let n = 0; n < groups.size; n++) {
    const g = groups.get(n);
    if (!g || g.length !== roles.length || g.some((x, i) => x.label !== labels[i])) throw new MoodleExportError(`Kolonnene for interaksjon ${n} følger ikke mønsteret fra interaksjon 0.`);
    const cols: Partial<Record<Role, number>> = {};
    g.forEach((x, i) => {
      const role = roles[i];
      if (role) cols[role] = x.column;
    });
    interactions.push(cols);
  }
  return { delimiter, width: header.length, learnerColumns: first - 5, attempt: first - 5, started: first - 4, finished: first - 3, sco: first - 1, interactions };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#039;': "'", '&#39;': "'" };
/** Undoes Moodle's s() (htmlspecialchars). */
export const unescapeHtml = (s: string): string => s.replace(/&(?:amp|lt|gt|quot|#0?39);/g, (e) => ENTITIES[e] ?? e);

/** Records of a delimiter-separated file with PHP fputcsv quoting, read line by line (constant memory). */
export async function* records(path: string): AsyncGenerator<{ cells: string[]; line: number; delimiter: string }> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  let delimiter: string | null = null;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let fieldStart = true;
  let line = 1;
  let recordLine = 1;
  let rest = '';
  let bomChecked = false;
  const finish = () => {
    cells.push(cell);
    const out = { cells, line: recordLine, delimiter: delimiter ?? '\t' };
    cells = [];
    cell = '';
    fieldStart = true;
    return out;
  };
  for await (const chunk of stream as AsyncIterable<string>) {
    let text = rest + chunk;
    rest = '';
    if (!bomChecked) {
      bomChecked = true;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    if (delimiter === null) {
      const eol = text.indexOf('\n');
      if (eol < 0) {
        rest = text;
        continue;
      }
      // Moodle's "CSV" download is tab-separated; a file saved again from a spreadsheet may use ; or ,.
      const head = text.slice(0, eol);
      delimiter = head.includes('\t') ? '\t' : (head.split(';').length > head.split(',').length ? ';' : ',');
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] ?? '';
      if (quoted) {
        if (ch === '"') {
          if (i + 1 >= text.length) {
            rest = text.slice(i);
            break;
          }
          if (text[i + 1] === '"') {
            cell += '"';
            i += 1;
          } else quoted = false;
        } else {
          if (ch === '\n') line += 1;
          cell += ch;
        }
      } else if (ch === '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
      } else if (ch === delimiter) {
        cells.push(cell);
        cell = '';
        fieldStart = true;
      } else if (ch === '\n') {
        if (cell.endsWith('\r')) cell = cell.slice(0, -1);
        yield finish();
        line += 1;
        recordLine = line;
      } else {
        cell += ch;
        fieldStart = false;
      }
    }
  }
  if (rest === '"' && quoted) quoted = false;
  if (quoted) throw new MoodleExportError(`Et felt som begynner på linje ${recordLine}, slutter aldri (mangler avsluttende anførselstegn).`);
  if (cells.length > 0 || cell !== '') yield finish();
}

const MONTHS = [
  ['january', 'januar', 'jan'],
  ['february', 'februar', 'feb'],
  ['march', 'mars', 'mar'],
  ['april', 'apr'],
  ['may', 'mai'],
  ['june', 'juni', 'jun'],
  ['july', 'juli', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oktober', 'oct', 'okt'],
  ['november', 'nov'],
  ['december', 'desember', 'dec', 'des'],
];
const monthOf = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date from Moodle's userdate() (strftimedaydatetime in the site's language, e.g. "Monday,
 * 2 March 2026, 9:05 AM" or "mandag, 2. mars 2026, 09:05"), or a numeric one (2026-03-02,
 * 02.03.2026) from a spreadsheet. YYYY-MM-DD, or null when no date can be read.
 */
export function moodleDate(text: string): string | null {
  const t = text.trim().toLowerCase();
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  if (iso) return `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`;
  const dmy = /(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(t);
  if (dmy) return `${dmy[3]}-${pad(Number(dmy[2]))}-${pad(Number(dmy[1]))}`;
  const year = /\b(\d{4})\b/.exec(t);
  const words = t.match(/\p{L}+/gu) ?? [];
  const month = words.map((w) => monthOf.get(w)).find((m) => m !== undefined);
  const day = /\b(\d{1,2})\b\.?/.exec(t.replace(/\b\d{4}\b.*$/, ''));
  if (!year || !month || !day) return null;
  return `${year[1]}-${pad(month)}-${pad(Number(day[1]))}`;
}
