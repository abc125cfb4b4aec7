import type { Course } from '../../course/schema/index.ts';
import { CMI5_LAUNCH_PARAMS } from '../../src/tracking/cmi5/cmi5-launch.ts';
import { LAUNCH_DATA_STATE_ID } from '../../src/tracking/cmi5/launch-data.ts';
import { TIN_CAN_LAUNCH_PARAMS } from '../../src/tracking/xapi/launch-params.ts';
import { encodeDoc, STATE_ID } from '../../src/tracking/xapi/saved-state.ts';
import { CMI5, LANG, VERBS } from '../../src/tracking/xapi/vocabulary.ts';
import { auIri } from '../cmi5/cmi5-xml.ts';
import { langMap } from '../../src/tracking/xapi/activities.ts';
import { activityRows, extensionRows, statementRows, type XapiTarget } from './statement-rows.ts';

const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const code = (t: string) => `\`${t}\``;
const names = (m: Record<string, string>) => Object.entries(m).map(([lang, text]) => `${text} (${lang})`).join(' / ');

/**
 * The tracking sheet for the xAPI (Tin Can) or cmi5 package: what is sent and when, every
 * activity id, the verbs, extensions, State documents, launch parameters and example queries.
 * Generated from the tables and builders the player itself uses (statement-rows.ts), so it
 * says what the course sends; an e2e test compares it with a real run.
 */
export function xapiTrackingSheet(course: Course, target: XapiTarget): string {
  const { meta } = course;
  const cmi5 = target === 'cmi5';
  const root = cmi5 ? '{activityId}' : meta.id;
  const rows = statementRows(course, target);
  const lines = [
    `# ${meta.title.nb} ${meta.version} – sporing i ${cmi5 ? 'cmi5' : 'xAPI (Tin Can)'}`,
    '',
    cmi5
      ? `Pakke: \`${meta.slug}-cmi5.zip\` med \`cmi5.xml\`: ett AU (\`${auIri(course)}\`), moveOn \`CompletedAndPassed\`, masteryScore ${meta.masteryScore / 100}, launchMethod \`OwnWindow\`. LMS-et gir AU-en sin egen \`activityId\` ved lansering; den er objektet for de cmi5-definerte utsagnene.`
      : `Pakke: \`${meta.slug}-xapi.zip\` med \`tincan.xml\`: én aktivitet, \`${meta.id}\` (type course). Beståttgrense: **${meta.masteryScore} %** på den avsluttende testen.`,
    '',
    `Alle utsagn er xAPI 1.0.3, med UUID-id laget på enheten (et utsagn som sendes på nytt, lagres én gang), tidspunkt i UTC, \`context.language\` = språket deltakeren bruker kurset på (\`${LANG}\`, \`nn\` eller \`en\`, blant kursets språk: ${meta.languages.map((l) => `\`${l}\``).join(', ')}) og \`context.registration\` fra lanseringen. Verb og navn har visningstekst på bokmål (nb), nynorsk (nn) og engelsk (en); innholdets navn på hvert av kursets språk. Utsagnene ligger på enheten til LRS-et har bekreftet dem, og sendes samlet omtrent én gang per sidebytte.`,
    '',
    '## Hva som sendes, og når',
    '',
    '| Når | Verb | Objekt | Resultat | Context-utvidelser og kategorier |',
    '|---|---|---|---|---|',
    ...rows.map((r) =>
      [
        cell(r.when),
        `${code(r.verb.id)} (${cell(names(r.verb.display))})`,
        `${code(r.object)}${r.type ? ` (${code(r.type)})` : ''}`,
        r.result.map(code).join(', ') || '–',
        [...r.extensions, ...r.categories].map(code).join(', ') || '–',
      ].join(' | '),
    ).map((l) => `| ${l} |`),
    '',
    cmi5
      ? 'cmi5-definerte utsagn (Initialized, Completed, Passed, Failed, Terminated) har cmi5-kategorien, og Completed/Passed/Failed også moveOn-kategorien (§9.6.2). Alle andre er cmi5 «allowed»-utsagn. Leksjoner og scenarioer som er gjennomført, rapporteres med `experienced` (ikke `completed`), så ingen rapport forveksler dem med AU-ens Completed. I modusene Browse og Review sendes bare Initialized og Terminated, og ingen State skrives.'
      : 'Kursnivåets utsagn (objekt: kursaktiviteten) sier fullført, bestått/ikke bestått med poeng, pause og avslutning. Alle andre har kurset i `contextActivities` (parent eller grouping).',
    '',
    meta.trackReflectionText ? 'Refleksjonstekst sendes som `result.response` (kurset har valgt dette).' : 'Refleksjonstekst sendes ikke: utsagnet sier bare at en refleksjon er skrevet. Teksten blir på deltakerens enhet.',
    '',
    '## Økter',
    '',
    cmi5
      ? [
          'Terminated sendes bare når deltakeren velger «Avslutt», og alltid etter at State-dokumentet er skrevet (etter Terminated avviser LMS-et alt fra økten). Deretter sendes vinduet til `returnURL` hvis den er en http(s)-adresse; en `javascript:`- eller `data:`-adresse ignoreres (konsollen sier fra med RETURN_URL_IGNORED), og deltakeren ser kursets egen sluttside.',
          '',
          'Å laste siden på nytt i samme fane fortsetter økten: auth-tokenet ligger i fanens sessionStorage, så fetch-URL-en brukes bare én gang, og Initialized sendes ikke på nytt. Lukkes vinduet uten «Avslutt», sendes det som venter (keepalive), men økten avsluttes ikke: LMS-et registrerer den som Abandoned når deltakeren starter igjen (cmi5 §9.3.6). Utsagn som fortsatt lå på enheten fra en slik økt (f.eks. svar gitt uten nett), flyttes inn i den nye økten (ny session id, samme id og tidspunkt) hvis de er «allowed»; cmi5-definerte utsagn fra en død økt forkastes med vilje og logges, og Completed/Passed/Failed vurderes på nytt i den nye økten.',
        ].join('\n')
      : 'Hver lansering sender `initialized`. «Avslutt» sender `terminated`. Lukkes eller lastes vinduet på nytt uten «Avslutt», sendes `suspended` (keepalive): deltakeren har tatt en pause, ikke forsvunnet. Kommer samme side tilbake fra nettleserens historikk, sendes `resumed`.',
    '',
    '## Aktiviteter',
    '',
    'Alle id-er er stabile (skrevet i innholdet), så rapporter på tvers av versjoner stemmer.',
    '',
    '| id | Type | Navn |',
    '|---|---|---|',
    `| ${code(root)} | ${code('http://adlnet.gov/expapi/activities/course')} | ${cell(names(langMap(meta.title)))} |`,
    ...activityRows(course).map((a) => `| ${code(a.id)} | ${code(a.type)} | ${cell(names(a.name)) || '–'} |`),
    '',
    '## Utvidelser',
    '',
    '| IRI | Innhold |',
    '|---|---|',
    ...extensionRows(course)
      .filter((e) => cmi5 || (e.id !== CMI5.sessionId && e.id !== CMI5.masteryScore))
      .map((e) => `| ${code(e.id)} | ${cell(e.what)} |`),
    '',
    '## State-dokumenter',
    '',
    `- Skriver: \`activities/state\` med \`stateId=${STATE_ID}\`, \`activityId=${root}\`, deltakeren som \`agent\` og \`registration\`. Innhold (JSON): ${code(encodeDoc({ saved: '…', completed: true, passed: true }))}: \`saved\` er bokmerke og svar i kompakt form, \`completed\`/\`passed\` hva som allerede er rapportert i registreringen. Skrives med \`If-None-Match: *\` første gang og \`If-Match: <ETag>\` siden (ADL LRS krever det); ved 409/412 leses dokumentet igjen og flettes (bokmerket fra økten som kjører, completed/passed fra begge).`,
    ...(cmi5
      ? [
          `- Leser: \`${LAUNCH_DATA_STATE_ID}\` (skrives aldri, §10) og agentprofilen \`cmi5LearnerPreferences\` (språk, §11) før første utsagn.`,
        ]
      : []),
    '',
    '## Lanseringsparametere',
    '',
    '| Parameter | Påkrevd | Innhold |',
    '|---|---|---|',
    ...(cmi5 ? CMI5_LAUNCH_PARAMS : TIN_CAN_LAUNCH_PARAMS).map((p) => `| ${code(p.name)} | ${p.required ? 'ja' : 'nei'} | ${cell(p.what)} |`),
    '',
    'Mangler eller feiler en påkrevd parameter, viser kurset deltakeren at kurset må startes på nytt fra læringsplattformen, og administratoren ser nøyaktig hvilken parameter (ingenting sendes).',
    '',
    '## Eksempelspørringer for koordinatorer',
    '',
    'Mot LRS-ets Statements-ressurs (xAPI 1.0.3 Part Three §2.1), med `agent` som JSON (URL-kodet):',
    '',
    '```',
    `# Alt én deltaker har gjort i kurset`,
    `GET {endpoint}statements?agent={"account":{"homePage":"…","name":"…"}}&activity=${root}&related_activities=true`,
    `# Hvem har bestått`,
    `GET {endpoint}statements?verb=${VERBS.passed.id}&activity=${root}`,
    `# Resultat per forventning (scored, én per forventning og forsøk)`,
    `GET {endpoint}statements?verb=${VERBS.scored.id}&activity=${meta.id}/objective/{forventning-id}`,
    `# Alle svar på ett spørsmål`,
    `GET {endpoint}statements?verb=${VERBS.answered.id}&activity=${meta.id}/question/{spørsmål-id}`,
    `# Én påmelding`,
    `GET {endpoint}statements?registration={registration}`,
    `# Bokmerket`,
    `GET {endpoint}activities/state?activityId=${root}&agent={…}&registration={registration}&stateId=${STATE_ID}`,
    '```',
    '',
  ];
  return lines.join('\n');
}
