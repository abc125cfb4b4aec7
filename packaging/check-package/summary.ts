import type { Course } from '../../course/schema/index.ts';
import { indexCourse } from '../../src/state/course-index.ts';
import { KIND_NAMES, type Descriptor } from './descriptor.ts';
import type { PackageFiles } from './package-files.ts';

export interface SummaryInput {
  fileName: string;
  pkg: PackageFiles;
  descriptor: Descriptor;
  course: Course | null;
  trackingSheet: { name: string; text: string } | null;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** "| Status | `cmi.core.lesson_status` | … |" rows of the sheet's "Hva som rapporteres" table → "Status: cmi.core.lesson_status". */
export function reportedRows(sheet: string): string[] {
  const section = sheet.split(/^## /m).find((s) => s.startsWith('Hva som rapporteres'));
  if (!section) return [];
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Data') && !l.startsWith('|---'))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((cells) => `${cells[1] ?? ''}: ${(cells[2] ?? '').replace(/`/g, '')}`);
}

/** Interaction ids the sheet lists (its "| id | Hva |" table under "Interaksjoner"). */
export function sheetInteractionIds(sheet: string): string[] {
  const section = sheet.split(/^## /m).find((s) => s.startsWith('Interaksjoner'));
  return [...(section ?? '').matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] ?? '');
}

/** What this package will tell the LMS or LRS, on one screen. */
export function summarize({ fileName, pkg, descriptor: d, course, trackingSheet }: SummaryInput): string[] {
  const lines = [
    `${course ? `${course.meta.title.nb} ${course.meta.version}` : fileName} — ${KIND_NAMES[d.kind]}`,
    `Pakke: ${fileName}, ${kb(pkg.zipBytes)} (${kb(pkg.unpackedBytes)} utpakket, ${pkg.files.size} filer). Startfil: ${d.launch ?? '(ingen)'}`,
  ];
  if (!course) return lines;
  const { meta } = course;
  const index = indexCourse(course);
  const bank = index.assessment?.bank.length ?? 0;
  const decisions = [...index.scenarios.values()].reduce((n, s) => n + s.nodes.filter((x) => x.kind === 'situation').length, 0);
  lines.push(`Kurs-id: ${meta.id}${/\.example([/:]|$)/.test(new URL(meta.id).host + '/') ? '  (merk: .example-domenet er reservert; sett en IRI virksomheten eier før publisering)' : ''}`);
  lines.push(`Beståttgrense: ${meta.masteryScore} % på den avsluttende testen (${bank} spørsmål i banken, ${index.assessment?.maxAttempts ?? 0} forsøk).`);
  lines.push(`Mål (${meta.objectives.length}): ${meta.objectives.map((o) => `${o.id} «${o.title.nb}»`).join(', ')}`);
  lines.push(
    `Svar som rapporteres: ${index.questions.size - bank} spørsmål i leksjonene, ${bank} i testen, ${decisions} scenariovalg. ` +
      `Refleksjonstekst: ${meta.trackReflectionText ? 'SENDES (trackReflectionText er slått på)' : 'sendes ikke, blir på deltakerens enhet'}.`,
  );
  if (d.kind === 'xapi' || d.kind === 'cmi5') {
    lines.push(`Sendes til LRS: startet, fremdrift, svar, scenariovalg, resultat per forventning, ${d.kind === 'cmi5' ? 'cmi5 completed/passed/failed (moveOn CompletedAndPassed)' : 'completed/passed/failed'}, terminated med varighet; bokmerke i State API.`);
  } else if (trackingSheet) {
    lines.push(`Rapporteres til LMS (fra ${trackingSheet.name}):`);
    for (const row of reportedRows(trackingSheet.text)) lines.push(`  ${row}`);
    const listed = sheetInteractionIds(trackingSheet.text);
    const inPackage = index.questions.size + decisions + (meta.trackReflectionText ? index.reflections.size : 0);
    if (listed.length !== inPackage) lines.push(`  Merk: sporingsarket lister ${listed.length} interaksjoner, pakken kan sende ${inPackage}: arket hører kanskje til en annen versjon.`);
  } else {
    lines.push('Sporingsark: ikke funnet ved siden av zip-filen (dist/<pakke>-tracking.md forteller hva som rapporteres og anbefalte LMS-innstillinger).');
  }
  return lines;
}
