import type { Target } from '../targets.ts';

/**
 * The privacy inventory: every piece of data a package sends, reads or leaves on the device,
 * keyed by how the tracking model names it (packaging/privacy/observed.ts). The texts are
 * bokmål, for the agency's DPIA (personvernkonsekvensvurdering).
 * test/unit/privacy/inventory.test.ts drives the REAL trackers through a whole course against
 * fake LMS/LRSs and fails if anything they send, read or store is missing here, or if an entry
 * here is never seen (so this table can neither lag behind nor overstate).
 */
export type Flow = 'sent' | 'read' | 'device';

export interface InventoryEntry {
  /** Patterns in the observed naming; `*` matches anything. */
  match: string[];
  targets: Target[];
  flow: Flow;
  /** What the data is, in plain words. */
  data: string;
  /** Why the course sends, reads or keeps it. */
  why: string;
  /** How it relates to the learner: 'identifies' the person, 'about' the person's learning, or 'none'. */
  personal: 'identifies' | 'about' | 'none';
  /** Present only under a course setting (course/course.ts), or only in some situations. */
  only?: string;
}

const SCORM: Target[] = ['scorm12', 'scorm2004'];
const LRS: Target[] = ['xapi', 'cmi5'];
const ALL: Target[] = ['web', 'scorm12', 'scorm2004', 'xapi', 'cmi5'];

export const REFLECTION_OPT_IN = 'Bare med trackReflectionText: true i course/course.ts';

export const INVENTORY: InventoryEntry[] = [
  // ── SCORM: read from the LMS at start ──
  { match: ['cmi.core.student_id', 'cmi.learner_id'], targets: SCORM, flow: 'read', personal: 'identifies', data: 'Deltakerens id i LMS-et', why: 'Brukes bare som nøkkel for en reservekopi av fremdriften på enheten når LMS-et ikke tar imot lagringen (se «På enheten»).' },
  { match: ['cmi.core.student_name', 'cmi.learner_name'], targets: SCORM, flow: 'read', personal: 'identifies', data: 'Deltakerens navn i LMS-et', why: 'Leses ved start som del av LMS-ets oppstartsdata; kurset lagrer det ikke og sender det ikke videre.' },
  { match: ['cmi.student_preference.language', 'cmi.learner_preference.language'], targets: SCORM, flow: 'read', personal: 'about', data: 'Foretrukket språk', why: 'Velger kursets språk.' },
  { match: ['cmi.student_preference.language', 'cmi.learner_preference.language'], targets: SCORM, flow: 'sent', personal: 'about', data: 'Språket deltakeren velger i kurset (nb, nn eller en)', why: 'Skrives tilbake som deltakerens foretrukne språk, så LMS-et og neste oppstart bruker det samme språket.', only: 'Bare når deltakeren velger språk med språkvelgeren' },
  { match: ['cmi.core.lesson_mode', 'cmi.mode', 'cmi.core.credit', 'cmi.credit', 'cmi.student_data.mastery_score', 'cmi.scaled_passing_score'], targets: SCORM, flow: 'read', personal: 'none', data: 'Modus (vanlig/gjennomsyn), om forsøket teller, beståttgrense', why: 'Styrer om kurset registrerer og hvilken grense som gjelder.' },
  { match: ['cmi.suspend_data'], targets: SCORM, flow: 'read', personal: 'about', data: 'Lagret fremdrift (se under «Sendes»)', why: 'Deltakeren fortsetter der hun slapp.' },
  { match: ['cmi.interactions._count', 'cmi.objectives._count'], targets: SCORM, flow: 'read', personal: 'none', data: 'Antall svar og mål LMS-et har fra før', why: 'Nye svar legges etter de gamle; mål beholder sin plass.' },
  // ── SCORM: sent to the LMS ──
  { match: ['cmi.core.lesson_status', 'cmi.completion_status', 'cmi.success_status'], targets: SCORM, flow: 'sent', personal: 'about', data: 'Status: fullført/ikke fullført, bestått/ikke bestått', why: 'Dokumenterer gjennomført opplæring (kursets formål).' },
  { match: ['cmi.core.score.*', 'cmi.score.*'], targets: SCORM, flow: 'sent', personal: 'about', data: 'Poeng på den avsluttende testen (beste forsøk, 0–100)', why: 'Bestått/ikke bestått må kunne etterprøves.' },
  { match: ['cmi.progress_measure'], targets: ['scorm2004'], flow: 'sent', personal: 'about', data: 'Fremdrift 0–1', why: 'Viser hvor langt deltakeren er kommet.' },
  { match: ['cmi.core.lesson_location', 'cmi.location', 'cmi.suspend_data'], targets: SCORM, flow: 'sent', personal: 'about', data: 'Bokmerke og komprimert fremdrift: sider sett, svar på spørsmål, valg i scenarioer, testforsøk og poeng, AT en refleksjon finnes (aldri teksten)', why: 'Deltakeren kan fortsette på en annen dag eller maskin.' },
  { match: ['cmi.core.exit', 'cmi.exit', 'adl.nav.request'], targets: SCORM, flow: 'sent', personal: 'none', data: 'Avslutningsmåte (pause eller ferdig)', why: 'LMS-et vet om forsøket skal fortsette.' },
  { match: ['cmi.core.session_time', 'cmi.session_time'], targets: SCORM, flow: 'sent', personal: 'about', data: 'Tid brukt i økten', why: 'LMS-et summerer tid brukt på kurset.' },
  { match: ['cmi.objectives.n.id', 'cmi.objectives.n.status', 'cmi.objectives.n.completion_status', 'cmi.objectives.n.success_status', 'cmi.objectives.n.score.*', 'cmi.objectives.n.description'], targets: SCORM, flow: 'sent', personal: 'about', data: 'Resultat per forventning (mål): status og poeng', why: 'Koordinatoren ser hvilke forventninger deltakeren mestrer.' },
  { match: ['cmi.interactions.n.id', 'cmi.interactions.n.type', 'cmi.interactions.n.objectives.n.id', 'cmi.interactions.n.correct_responses.n.pattern', 'cmi.interactions.n.description'], targets: SCORM, flow: 'sent', personal: 'none', data: 'Hvilket spørsmål eller scenariovalg et svar gjelder, og riktig svar', why: 'Gjør svarene lesbare i LMS-ets rapport.' },
  { match: ['cmi.interactions.n.student_response', 'cmi.interactions.n.learner_response', 'cmi.interactions.n.result'], targets: SCORM, flow: 'sent', personal: 'about', data: 'Hvert svar og hvert scenariovalg, og om det var riktig', why: 'Koordinatoren kan se svar og finne spørsmål som er uklare.' },
  { match: ['cmi.interactions.n.time', 'cmi.interactions.n.timestamp', 'cmi.interactions.n.latency'], targets: SCORM, flow: 'sent', personal: 'about', data: 'Når hvert svar ble gitt og hvor lang tid det tok', why: 'Del av svarposten i SCORM.' },
  { match: ['cmi.interactions.n.student_response', 'cmi.interactions.n.learner_response'], targets: SCORM, flow: 'sent', personal: 'about', only: REFLECTION_OPT_IN, data: 'Refleksjonstekst (fritekst) som svar', why: 'Bare om virksomheten uttrykkelig har valgt å samle refleksjonene.' },
  // ── xAPI / cmi5: read ──
  { match: ['fetch'], targets: ['cmi5'], flow: 'read', personal: 'none', data: 'Tilgangsnøkkel fra LMS-ets fetch-adresse (cmi5 §8.2)', why: 'Kurset kan skrive til LRS-et for denne økten.' },
  { match: ['activities/state#LMS.LaunchData'], targets: ['cmi5'], flow: 'read', personal: 'none', data: 'Oppstartsdata fra LMS-et (modus, beståttgrense, returadresse, økt-id)', why: 'cmi5 §10 krever det.' },
  { match: ['agents/profile#cmi5LearnerPreferences'], targets: ['cmi5'], flow: 'read', personal: 'about', data: 'Deltakerens språkvalg i LMS-et', why: 'Velger kursets språk.' },
  { match: ['activities/state#bookmark'], targets: LRS, flow: 'read', personal: 'about', data: 'Lagret fremdrift (se under «Sendes»)', why: 'Deltakeren fortsetter der hun slapp.' },
  // ── xAPI / cmi5: sent to the LRS ──
  { match: ['actor.*'], targets: LRS, flow: 'sent', personal: 'identifies', data: 'Deltakeren slik LMS-et oppgir henne ved start: navn og e-post eller konto-id i LMS-et', why: 'Hver hendelse må knyttes til en person (xAPI 1.0.3 §2.4.2); kurset sender bare det LMS-et ga.' },
  { match: ['timestamp', 'id'], targets: LRS, flow: 'sent', personal: 'about', data: 'Tidspunkt og en tilfeldig id for hver hendelse', why: 'Rekkefølge og ingen dobbeltregistrering.' },
  { match: ['context.registration', 'context.extensions.https://w3id.org/xapi/cmi5/context/extensions/sessionid'], targets: LRS, flow: 'sent', personal: 'about', data: 'Påmeldings-id og økt-id fra LMS-et', why: 'Knytter hendelsene til påmeldingen og økten.' },
  { match: ['verb.*', 'object.*', 'context.contextActivities.*', 'context.language', 'context.extensions.https://w3id.org/xapi/cmi5/context/extensions/masteryscore'], targets: LRS, flow: 'sent', personal: 'none', data: 'Hva som skjedde og med hvilken del av kurset (startet, svarte, fullførte …; leksjon, spørsmål, forventning), språk og beståttgrense', why: 'Gjør hendelsen lesbar i LRS-et.' },
  { match: ['context.extensions.{course}/extensions/page', 'result.extensions.https://w3id.org/xapi/cmi5/result/extensions/progress'], targets: LRS, flow: 'sent', personal: 'about', data: 'Side deltakeren kom til og fremdrift i prosent', why: 'Viser hvor langt deltakeren er kommet.' },
  { match: ['result.response', 'result.success', 'result.extensions.{course}/extensions/rating', 'context.extensions.{course}/extensions/step', 'context.extensions.{course}/extensions/attempt'], targets: LRS, flow: 'sent', personal: 'about', data: 'Hvert svar og scenariovalg, om det var riktig/sterkt, hvilket steg og testforsøk', why: 'Koordinatoren kan se svar og finne spørsmål som er uklare.' },
  { match: ['result.score.*', 'result.completion', 'result.extensions.{course}/extensions/ending'], targets: LRS, flow: 'sent', personal: 'about', data: 'Poeng (test og per forventning), fullført, hvilken slutt et scenario fikk', why: 'Dokumenterer gjennomført opplæring og resultat per forventning.' },
  { match: ['result.duration'], targets: LRS, flow: 'sent', personal: 'about', data: 'Tid brukt på et svar og i økten', why: 'Tid brukt på kurset (cmi5 §9.5.4.1 krever varighet ved avslutning).' },
  { match: ['result.response'], targets: LRS, flow: 'sent', personal: 'about', only: REFLECTION_OPT_IN, data: 'Refleksjonstekst (fritekst) som svar', why: 'Bare om virksomheten uttrykkelig har valgt å samle refleksjonene.' },
  { match: ['activities/state#bookmark:completed,passed,saved,v'], targets: LRS, flow: 'sent', personal: 'about', data: 'State-dokument «bookmark»: komprimert fremdrift (som SCORMs suspend_data) og om kurset alt er meldt fullført/bestått', why: 'Deltakeren kan fortsette; kurset melder fullført/bestått bare én gang.' },
  // ── On the device (browser storage), never sent ──
  { match: ['god-ledelse:{course}:reflections:{learner}'], targets: ALL, flow: 'device', personal: 'about', data: 'Refleksjonstekstene deltakeren skriver (og handlingsplanen deltakeren kan laste ned, laget av dem), per deltaker: nøkkelen ender i en enveis-hash av deltakerens id i LMS/LRS (aldri navn eller e-post)', why: 'Refleksjon er personlig (DESIGN.md): teksten blir i nettleseren, adskilt per deltaker på en delt PC; sporingen får bare vite AT en refleksjon er skrevet.' },
  { match: ['god-ledelse:{course}:name'], targets: ['web'], flow: 'device', personal: 'identifies', only: 'Bare når deltakeren selv skriver navnet sitt for kursbeviset på oppsummeringssiden', data: 'Navnet deltakeren kan skrive for kursbeviset (valgfritt)', why: 'Webversjonen har ikke noe LMS som kjenner navnet; det skrives bare ut på kursbeviset og blir i nettleseren.' },
  { match: ['god-ledelse:{course}:state'], targets: ['web'], flow: 'device', personal: 'about', data: 'Fremdriften (samme innhold som SCORMs suspend_data)', why: 'Webversjonen har ikke noe LMS; fremdriften lagres bare i nettleseren.' },
  { match: ['god-ledelse:{course}:state'], targets: ['scorm12', 'scorm2004', 'xapi', 'cmi5'], flow: 'device', personal: 'about', only: 'Bare når pakken startes uten LMS/LRS (da sier kurset fra at fremdriften ikke registreres)', data: 'Fremdriften (samme innhold som SCORMs suspend_data)', why: 'Deltakeren mister ikke det hun har gjort.' },
  { match: ['god-ledelse:{course}:scorm-journal:{learner}'], targets: SCORM, flow: 'device', personal: 'about', only: 'Fra hver endring til LMS-et har bekreftet den; slettes når LMS-et har fått alt', data: 'Journal over det LMS-et ennå ikke har bekreftet: siste fremdrift (bokmerke, status, poeng, suspend_data) og svar som ikke er sendt; nøkkelen ender i en enveis-hash av LMS-ets deltaker-id', why: 'Ingen mister et svar fordi LMS-et eller nettet svikter: det som mangler, sendes ved neste gode oppstart.' },
  { match: ['god-ledelse:{course}:xapi-outbox:{registration}:{url}'], targets: LRS, flow: 'device', personal: 'about', only: 'Mens hendelser venter på levering; nøkkelen slettes når alt er levert', data: 'Hendelser som ennå ikke er levert til LRS-et (samme innhold som under «Sendes»)', why: 'Ingen hendelser går tapt ved nettbrudd.' },
  { match: ['god-ledelse:{course}:xapi-outbox:{registration}:{url}:state-mirror'], targets: LRS, flow: 'device', personal: 'about', only: 'Skrives når LRS-et ikke kan leses ved start (frakoblet)', data: 'Kopi av State-dokumentet «bookmark»', why: 'Deltakeren kan fortsette uten nett.' },
  { match: ['cmi5-token:{url}', 'cmi5-ended:*'], targets: ['cmi5'], flow: 'device', personal: 'none', data: 'Tilgangsnøkkel og «økten er avsluttet» for denne fanen (sessionStorage, slettes når fanen lukkes)', why: 'cmi5: fetch-adressen kan bare brukes én gang, og ingenting kan sendes etter avslutning.' },
];

const toRegExp = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** The entries that cover one observed name for a target and flow. */
export function entriesFor(name: string, target: Target, flow: Flow): InventoryEntry[] {
  return INVENTORY.filter((e) => e.flow === flow && e.targets.includes(target) && e.match.some((m) => toRegExp(m).test(name)));
}
