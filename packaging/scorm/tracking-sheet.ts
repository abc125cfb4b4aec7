import type { Course } from '../../course/schema/index.ts';
import { indexCourse } from '../../src/state/course-index.ts';
import type { ScormVersion } from './schemas.ts';

/** Interaction ids as the adapters write them (src/tracking/scorm/scorm-interactions.ts). */
export function interactionIds(course: Course): { id: string; what: string }[] {
  const index = indexCourse(course);
  const out: { id: string; what: string }[] = [];
  for (const [id, q] of index.questions) {
    const inBank = index.assessment?.bank.some((b) => b.id === id) ?? false;
    out.push({ id, what: `${inBank ? 'Avsluttende test' : 'Spørsmål'} (${q.kind === 'ordering' ? 'sequencing' : 'choice'}): ${q.prompt.nb}` });
  }
  for (const s of index.scenarios.values()) {
    for (const node of s.nodes) if (node.kind === 'situation') out.push({ id: `${s.id}--${node.id}`, what: `Scenario «${s.title.nb}», valg i situasjonen ${node.id} (choice)` });
  }
  if (course.meta.trackReflectionText) {
    for (const id of index.reflections.keys()) out.push({ id, what: 'Refleksjon (fritekst)' });
  }
  return out;
}

/** The short sheet an LMS administrator needs: what is reported, when, with which ids, and how to set up the LMS. */
export function trackingSheet(course: Course, version: ScormVersion): string {
  const { meta } = course;
  const v12 = version === 'scorm12';
  const name = v12 ? 'SCORM 1.2' : 'SCORM 2004 4th edition';
  const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const lines = [
    `# ${meta.title.nb} ${meta.version} – sporing i ${name}`,
    '',
    `Pakke: \`${meta.slug}-${version}.zip\` (én SCO, startfil \`index.html\`). Beståttgrense: **${meta.masteryScore} %** på den avsluttende testen` +
      (v12 ? ` (\`adlcp:masteryscore\` ${meta.masteryScore}).` : ` (\`imsss:minNormalizedMeasure\` ${meta.masteryScore / 100} på primærmålet, gitt kurset som \`cmi.scaled_passing_score\`).`),
    '',
    '## Hva som rapporteres, og når',
    '',
    'Kurset skriver til LMS-et etter hver meningsfull endring (svar, sidebytte, fullføring), samlet og forsinket under ett sekund, og lagrer (Commit) da. Det lagrer også når vinduet skjules, og avslutter økten (Commit og Terminate/LMSFinish) når deltakeren velger «Avslutt» eller lukker vinduet. Bare verdier som er endret, sendes. Mislykkes lagringen, prøver kurset igjen og sier fra til deltakeren etter tre mislykkede forsøk på rad.',
    '',
    '| Data | Element | Verdier |',
    '|---|---|---|',
  ];
  if (v12) {
    lines.push(
      '| Status | `cmi.core.lesson_status` | `incomplete` til testen er levert; `passed` når beste forsøk ≥ grensen; `failed` når beste forsøk er under (til et senere forsøk består); `completed` bare om alle leksjoner er gjort uten testresultat. |',
      '| Poeng | `cmi.core.score.raw` / `min` / `max` | Beste forsøk i prosent, 0–100 (min 0, max 100). |',
      '| Bokmerke | `cmi.core.lesson_location`, `cmi.suspend_data` | Side-id og komprimert tilstand (maks 2048 av 4096 tegn). |',
      '| Avslutning | `cmi.core.exit`, `cmi.core.session_time` | `suspend` til kurset er fullført og bestått, deretter tom. Tid som HHHH:MM:SS.SS. |',
    );
  } else {
    lines.push(
      '| Fullføring | `cmi.completion_status` | `incomplete` til alle obligatoriske leksjoner er gjort, så `completed`. |',
      '| Resultat | `cmi.success_status` | `unknown` til testen er levert, så `passed` eller `failed` (beste forsøk). |',
      '| Poeng | `cmi.score.scaled`, `raw`, `min`, `max` | Beste forsøk: scaled 0–1, raw 0–100. |',
      '| Fremdrift | `cmi.progress_measure` | 0–1, andel av kravene som er gjort. |',
      '| Bokmerke | `cmi.location`, `cmi.suspend_data` | Side-id og komprimert tilstand (maks 2048 tegn). |',
      '| Avslutning | `cmi.exit`, `cmi.session_time`, `adl.nav.request` | `suspend` + `suspendAll` til kurset er fullført og bestått, deretter `normal` + `exitAll`. Tid som ISO 8601-varighet. |',
    );
  }
  lines.push(
    '',
    '## Mål (objectives)',
    '',
    `Ett mål per forventning, \`cmi.objectives.n\`, med ${v12 ? '`status` (samme verdier som lesson_status; `not attempted` før start)' : '`completion_status`, `success_status` og forventningens navn i `description`'} og poeng fra testspørsmålene om forventningen.`,
    '',
    '| id | Forventning |',
    '|---|---|',
    ...meta.objectives.map((o) => `| \`${o.id}\` | ${cell(o.title.nb)} |`),
    '',
    '## Interaksjoner',
    '',
    `Én \`cmi.interactions.n\` per svar og per valg i et scenario, med id, type, svar, riktig svar, resultat (${v12 ? '`correct`/`wrong`/`neutral`' : '`correct`/`incorrect`/`neutral`'}), svartid og tidspunkt${v12 ? '' : ', og en beskrivelse'}. Et spørsmål som besvares flere ganger, får en ny post med samme id. ` +
      (v12
        ? 'I SCORM 1.2 er svaralternativene skrevet som ett tegn etter plassering i alternativlisten: 1. alternativ = `0`, 10. = `9`, 11. = `a` (kommaseparert). '
        : 'Svar og riktig svar bruker alternativenes id-er, skilt med `[,]`. ') +
      'Scenariovalg: `correct` = sterkt valg, `neutral` = delvis, ' + (v12 ? '`wrong`' : '`incorrect`') + ' = svakt. ' +
      (meta.trackReflectionText ? 'Refleksjoner sendes som fritekst (kurset har valgt dette).' : 'Refleksjonstekst sendes ikke til LMS-et; den blir på deltakerens enhet.'),
    '',
    '| id | Hva |',
    '|---|---|',
    ...interactionIds(course).map((i) => `| \`${i.id}\` | ${cell(i.what)} |`),
    '',
    '## Anbefalte innstillinger',
    '',
    '- Visning: både innebygd (iframe) og nytt vindu fungerer.',
    '- Moodle, karakter: «Vurderingsmetode» (Grading method) = *Høyeste karakter* (Highest grade, fra score.raw 0–100); «Vurdering av forsøk» (Attempts grading) = *Høyeste forsøk*; «Tving nytt forsøk» = *Nei*, så deltakeren fortsetter der hun slapp. Antall testforsøk styrer kurset selv.',
  );
  if (v12) {
    lines.push(
      '- Moodle, fullføring: kryss av for «Krev status: Bestått» (*Passed*). Kryss ikke av for bare «Fullført» (*Completed*): et bestått forsøk rapporterer `passed`, ikke `completed`, og `completed` brukes bare når alle leksjoner er gjort uten et testresultat.',
      `- LMS-er som selv setter passed/failed ut fra \`adlcp:masteryscore\` og score.raw, kommer til samme resultat som kurset (grensen er den samme, ${meta.masteryScore}).`,
      '- En deltaker som stryker, står som `failed` med poeng, og kan ta nye forsøk så lenge kurset tillater det (status blir `passed` når et forsøk består).',
    );
  } else {
    lines.push(
      '- Moodle, fullføring: «Krev status: Bestått» (success_status `passed`); «Fullført» (completion_status `completed`) betyr at alle leksjonene er gjort, uavhengig av testresultatet.',
      '- Pakken har én SCO og trenger ingen egne sekvenseringsregler i LMS-et. Primærmålet er oppfylt når score.scaled ≥ grensen (satisfiedByMeasure).',
    );
  }
  lines.push('');
  return lines.join('\n');
}
