import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../../course/schema/index.ts';
import type { Target } from '../targets.ts';
import { INVENTORY, REFLECTION_OPT_IN, type Flow, type InventoryEntry } from './inventory.ts';

const TARGET_NAMES: Record<Target, string> = { web: 'webversjon', scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004 4th edition', xapi: 'xAPI (Tin Can)', cmi5: 'cmi5' };

/** Who receives what is sent, per package kind. */
const RECIPIENT: Record<Target, string> = {
  web: 'Ingen. Webversjonen sender ingenting om deltakeren noe sted; alt blir i nettleseren.',
  scorm12: 'LMS-et som virksomheten har lastet opp pakken i (SCORM-API-et i nettleseren). Ingen andre.',
  scorm2004: 'LMS-et som virksomheten har lastet opp pakken i (SCORM-API-et i nettleseren). Ingen andre.',
  xapi: 'LRS-et (Learning Record Store) som LMS-et oppgir i startadressen (endpoint). Ingen andre.',
  cmi5: 'LMS-et og LRS-et det oppgir i startadressen (endpoint, fetch). Ingen andre.',
};

const PERSONAL = { identifies: 'Ja, identifiserer deltakeren', about: 'Ja, om deltakerens læring', none: 'Nei (kursinnhold/teknisk)' } as const;
const cell = (t: string) => t.replace(/\|/g, '\\|');
const names = (e: InventoryEntry) => e.match.map((m) => `\`${m}\``).join(', ');

function table(entries: InventoryEntry[], withOnly: boolean): string[] {
  if (!entries.length) return ['Ingenting.'];
  return [
    `| Opplysning | Personopplysning | Hvorfor | Navn i sporingen |${withOnly ? ' Når |' : ''}`,
    `|---|---|---|---|${withOnly ? '---|' : ''}`,
    ...entries.map((e) => `| ${cell(e.data)} | ${PERSONAL[e.personal]} | ${cell(e.why)} | ${names(e)} |${withOnly ? ` ${cell(e.only ?? 'Alltid')} |` : ''}`),
  ];
}

/**
 * The privacy inventory of one package, for the agency's DPIA: what is sent, to whom and why,
 * what is read, what stays on the device, the opt-in switches, and that retention is the agency's.
 * Every row comes from INVENTORY (kept complete by test/unit/privacy/inventory.test.ts).
 */
export function privacyInventory(course: Course, target: Target): string {
  const { meta } = course;
  const optedIn = meta.trackReflectionText;
  const rows = (flow: Flow) => INVENTORY.filter((e) => e.flow === flow && e.targets.includes(target) && (e.only !== REFLECTION_OPT_IN || optedIn));
  const optIn = INVENTORY.filter((e) => e.targets.includes(target) && e.only === REFLECTION_OPT_IN);
  return [
    `# Personvern: ${meta.title.nb} ${meta.version} – ${TARGET_NAMES[target]}`,
    '',
    `Oversikt over personopplysninger for virksomhetens vurdering av personvernkonsekvenser (DPIA). Generert av \`npm run build\` fra kursets sporingsmodell for pakken \`${target === 'web' ? 'dist/web/' : `${meta.slug}-${target}.zip`}\`; en test kjører kursets sporing gjennom et helt kurs og feiler om noe som sendes, leses eller lagres, mangler her.`,
    '',
    '## Mottaker',
    '',
    RECIPIENT[target],
    '',
    'Kurset laster ikke noe fra andre servere, har ingen analyseverktøy, ingen informasjonskapsler (cookies) og ingen annonsering. Virksomheten er behandlingsansvarlig; LMS-/LRS-leverandøren er databehandler etter virksomhetens avtale.',
    '',
    ...(target === 'web' ? [] : ['## Sendes', '', ...table(rows('sent'), false), '', '## Leses ved start', '', ...table(rows('read'), false), '']),
    '## Blir på enheten (nettleserens lagring, sendes ikke)',
    '',
    ...table(rows('device'), true),
    '',
    '## Valg som endrer dette',
    '',
    `- \`trackReflectionText\` i \`course/course.ts\` er **${optedIn ? 'slått PÅ' : 'av'}** i denne pakken. ${optedIn ? 'Refleksjonstekstene sendes' : 'Refleksjonstekstene sendes ikke'}${target === 'web' ? ' (webversjonen sender uansett ingenting).' : '.'} Slått på sendes i tillegg:`,
    ...(optIn.length ? optIn.map((e) => `  - ${e.data}: ${names(e)}`) : ['  - ingenting (denne pakken sender ikke data)']),
    '- Ingen andre innstillinger endrer hvilke personopplysninger som behandles. Beståttgrensen og antall forsøk endrer bare verdier, ikke hvilke opplysninger.',
    '',
    '## Lagringstid',
    '',
    'Kurset har ingen egen server og bestemmer ingen lagringstid. Hvor lenge opplysningene beholdes i LMS-et og LRS-et, bestemmer virksomheten (innstillinger og avtale med leverandøren) – det må stå i virksomhetens egen vurdering. På enheten blir refleksjonene liggende til deltakeren sletter nettleserens data for kurset; hendelser som venter på levering, slettes når de er levert.',
    '',
  ].join('\n');
}

/** dist/<slug>-<target>-privacy.md */
export async function writePrivacyInventory(distDir: string, course: Course, target: Target): Promise<string> {
  const path = join(distDir, `${course.meta.slug}-${target}-privacy.md`);
  await writeFile(path, privacyInventory(course, target));
  return path;
}
