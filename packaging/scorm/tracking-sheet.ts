import type { Course } from '../../course/schema/index.ts';
import { indexCourse } from '../../src/state/course-index.ts';
import type { ScormVersion } from './schemas.ts';
import { inAllLanguages } from '../in-all-languages.ts';
import { elementRows } from './tracking-elements.ts';

/** Interaction ids as the adapters write them (src/tracking/scorm/scorm-interactions.ts), with their answer options. */
export function interactionIds(course: Course): { id: string; what: string; options: string[] }[] {
  const index = indexCourse(course);
  const langs = course.meta.languages;
  const out: { id: string; what: string; options: string[] }[] = [];
  for (const [id, q] of index.questions) {
    const inBank = index.assessment?.bank.some((b) => b.id === id) ?? false;
    const options = q.kind === 'ordering' ? q.items.map((i) => i.id) : q.options.map((o) => o.id);
    out.push({ id, what: `${inBank ? 'Avsluttende test' : 'Spørsmål'} (${q.kind === 'ordering' ? 'sequencing' : 'choice'}): ${inAllLanguages(q.prompt, langs)}`, options });
  }
  for (const s of index.scenarios.values()) {
    for (const node of s.nodes) {
      if (node.kind === 'situation') out.push({ id: `${s.id}--${node.id}`, what: `Scenario «${inAllLanguages(s.title, langs)}», valg i situasjonen ${node.id} (choice)`, options: node.choices.map((c) => c.id) });
    }
  }
  if (course.meta.trackReflectionText) {
    for (const id of index.reflections.keys()) out.push({ id, what: 'Refleksjon (fritekst)', options: [] });
  }
  return out;
}

/** How an option id is written in a response: 1.2 by position (RTE 3.4.2.7.5), 2004 as a Moodle-safe short identifier. */
function responseCodes(version: ScormVersion, options: string[]): string {
  if (options.length === 0) return '–';
  return options.map((id, i) => (version === 'scorm12' ? `\`${i.toString(36)}\`=${id}` : `\`${id.replace(/-/g, '_')}\`=${id}`)).join(', ');
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
    '- Hvert svar og hver endring lagres først på deltakerens enhet, før noe sendes til LMS-et. Så skriver kurset til LMS-et samlet når deltakeren har stoppet opp i to sekunder etter en meningsfull endring (svar, sidebytte, fullføring), senest 15 sekunder etter første ulagrede endring, og alltid etter at skjermen er tegnet, så en treg, synkron Commit ikke forsinker neste klikk. Bare verdier som er endret, sendes.',
    '- Når vinduet skjules eller lukkes, og ved «Avslutt», sendes bokmerke og tilstand (`' + (v12 ? 'cmi.core.lesson_location' : 'cmi.location') + '`, `cmi.suspend_data`) på nytt med siden deltakeren står på, og økten avsluttes (Commit og ' + (v12 ? 'LMSFinish' : 'Terminate') + ').',
    '- Avviser LMS-et et svar, bokmerket eller tilstanden, prøver kurset igjen og sier fra til deltakeren etter tre mislykkede forsøk på rad; det sier aldri «lagret» før LMS-et har bekreftet det. Et LMS som svarer "false" med feilkode 0, regnes som vellykket (med en advarsel i konsollen).',
    `- Mislykkes ${v12 ? 'LMSInitialize' : 'Initialize'}, sier kurset fra (samme melding i 1.2 og 2004), lagrer på enheten og prøver igjen etter 2, 5, 10, 20 og 30 sekunder, deretter hvert minutt.`,
    '- Det LMS-et mangler (svar, mål, poeng, status, bokmerke) etter en økt uten LMS, en mislykket Initialize eller avviste lagringer, sendes ved neste vellykkede start, for samme deltaker (LMS-ets learner id), én gang. Arbeid gjort helt uten LMS tilhører den første deltakeren som deretter starter kurset fra et LMS på samme enhet, og bare om LMS-et ikke har annen fremdrift for henne.',
    `- Nye svar får neste ledige indeks (\`cmi.interactions._count\` ved start); avvises en \`cmi.interactions.n.id\`, brukes samme n igjen, så det blir ingen hull.`,
    `- \`${v12 ? 'cmi.core.credit' : 'cmi.credit'}\` = \`no-credit\`: kurset endrer ikke status, resultat, poeng, fremdrift eller mål i LMS-et; bokmerke, tilstand og svar lagres som ellers, så deltakeren kan fortsette.`,
    '',
    '## Elementer kurset skriver',
    '',
    'Alle elementer kurset setter, med alle verdier det kan sende (n = indeks). Andre elementer leses bare.',
    '',
    '| Element | Verdier | Hva |',
    '|---|---|---|',
    ...elementRows(version, meta.masteryScore).map((r) => `| \`${r.element}\` | ${r.values.length ? r.values.map((v) => `\`${v === '' ? '""' : v}\``).join(', ') : '–'} | ${cell(r.what)} |`),
    '',
    '## Bestått, ikke bestått og fullført',
    '',
    ...(v12
      ? [
          '- Bestått: `lesson_status` = `passed`, med poeng. Ikke bestått: `failed` med poengene til beste forsøk, også før alle leksjonene er gjort; blir `passed` om et senere forsøk består. `completed` brukes bare når alle leksjoner er gjort uten testresultat, ellers `incomplete`.',
          '- I Moodle står dette direkte i rapportens statuskolonne («Bestått», «Ikke bestått», «Ufullstendig»), og poengene i karakterkolonnen.',
        ]
      : [
          '- Fullføring og resultat er to ting: `completion_status` = `completed` når alle obligatoriske leksjoner er gjort, ellers `incomplete`; `success_status` = `passed` / `failed` etter beste testforsøk, `unknown` før testen. En deltaker som har strøket, har altså `success_status` = `failed` og poeng i `score.scaled`/`score.raw`, og `completion_status` etter leksjonene.',
          '- Moodles rapporter viser `completion_status` i statuskolonnen, ikke `success_status`: en som har strøket, står der som «Fullført» eller «Ufullstendig». Les resultatet i karakterkolonnen (score.raw 0–100) eller i forsøksdetaljene (`cmi.success_status`), og bruk fullføringskravet «Krev status: Bestått». Trenger koordinatorene «Ikke bestått» rett i statuskolonnen, bruk SCORM 1.2-pakken i Moodle.',
        ]),
    '',
    '## Mål (objectives)',
    '',
    `Ett mål per forventning, \`cmi.objectives.n\`, med ${v12 ? '`status` (samme verdier som lesson_status; `not attempted` før start)' : '`completion_status`, `success_status` og forventningens navn i `description`'} og poeng fra testspørsmålene om forventningen.`,
    '',
    '| id | Forventning |',
    '|---|---|',
    ...meta.objectives.map((o) => `| \`${o.id}\` | ${cell(inAllLanguages(o.title, meta.languages))} |`),
    '',
    '## Interaksjoner',
    '',
    `Én \`cmi.interactions.n\` per svar og per valg i et scenario, med id, type, svar, riktig svar, resultat (${v12 ? '`correct`/`wrong`/`neutral`' : '`correct`/`incorrect`/`neutral`'}), svartid og tidspunkt${v12 ? '' : ', og en beskrivelse'}. Et spørsmål som besvares flere ganger, får en ny post med samme id. ` +
      'Hvert svar i den avsluttende testen har sitt eget tidspunkt (siste endring av svaret) og sin egen svartid (fra forrige svarendring i forsøket, eller fra forsøkets start, til siste endring). ' +
      (v12
        ? 'I SCORM 1.2 er svaralternativene skrevet som ett tegn etter plassering i alternativlisten (1. alternativ = `0`, 10. = `9`, 11. = `a`, kommaseparert); kolonnen «Svarkoder» viser hvert tegn med alternativets id. '
        : 'Svar og riktig svar bruker alternativenes id-er med bindestrek skrevet som understrek (`kr-q1-a` → `kr_q1_a`), skilt med `[,]`: Moodle godtar bare `^[\\w.]{1,250}$` i slike svar. Kolonnen «Svarkoder» viser hver kode med alternativets id. ') +
      'Scenariovalg: `correct` = sterkt valg, `neutral` = delvis, ' + (v12 ? '`wrong`' : '`incorrect`') + ' = svakt. ' +
      (meta.trackReflectionText ? 'Refleksjoner sendes som fritekst (kurset har valgt dette).' : 'Refleksjonstekst sendes ikke til LMS-et; den blir på deltakerens enhet.'),
    '',
    '| id | Hva | Svarkoder |',
    '|---|---|---|',
    ...interactionIds(course).map((i) => `| \`${i.id}\` | ${cell(i.what)} | ${responseCodes(version, i.options)} |`),
    '',
    '## Anbefalte innstillinger',
    '',
    '- Visning: både innebygd (iframe) og nytt vindu fungerer. I nytt vindu lukker kurset vinduet selv etter «Avslutt» når alt er lagret; ellers ber det deltakeren lukke det.',
    '- Moodle, karakter: «Vurderingsmetode» (Grading method) = *Høyeste karakter* (Highest grade, fra score.raw 0–100); «Vurdering av forsøk» (Attempts grading) = *Høyeste forsøk*.',
    `- Moodle, forsøk: kurset gir selv ${indexCourse(course).assessment?.maxAttempts ?? 'et fast antall'} forsøk på testen innenfor ett LMS-forsøk. For at grensen skal holde: «Antall forsøk» (Number of attempts) = *1*; «Tving nytt forsøk» (Force new attempt) = *Nei* (så deltakeren fortsetter der hun slapp); «Lås etter siste forsøk» (Lock after final attempt) = *Nei* (deltakeren kan se resultatet igjen, men kurset gir ingen nye testforsøk). Med flere LMS-forsøk tilbyr Moodle «Start et nytt forsøk» med tom tilstand, og deltakeren får nye testforsøk. Andre LMS: tillat ett forsøk, og la ikke en ny start lage et nytt forsøk.`,
  ];
  if (v12) {
    lines.push(
      '- Moodle, fullføring: kryss av for «Krev status: Bestått» (*Passed*). Kryss ikke av for bare «Fullført» (*Completed*): et bestått forsøk rapporterer `passed`, ikke `completed`, og `completed` brukes bare når alle leksjoner er gjort uten et testresultat.',
      `- LMS-er som selv setter passed/failed ut fra \`adlcp:masteryscore\` og score.raw, kommer til samme resultat som kurset (grensen er den samme, ${meta.masteryScore}).`,
    );
  } else {
    lines.push(
      '- Moodle, fullføring: «Krev status: Bestått» (success_status `passed`); «Fullført» (completion_status `completed`) betyr at alle leksjonene er gjort, uavhengig av testresultatet.',
      '- «Avslutt» før kurset er fullført og bestått sender `adl.nav.request` = `suspendAll` (forsøket holdes åpent). Etter fullført og bestått sendes ingen navigasjonsforespørsel, bare `cmi.exit` = `normal`: Moodle 4.5 feiler på `exitAll` og `exit` (datamodel.php), og økten blir da aldri avsluttet.',
      '- Pakken har én SCO og trenger ingen egne sekvenseringsregler i LMS-et. Primærmålet er oppfylt når score.scaled ≥ grensen (satisfiedByMeasure).',
    );
  }
  lines.push('');
  return lines.join('\n');
}
