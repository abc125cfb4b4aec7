import type { ScormVersion } from './schemas.ts';

/**
 * Every data-model element the SCORM adapters write, with every value of a vocabulary they can
 * send, as the tracking sheet shows it. Written by hand from src/tracking/scorm/*-values.ts and
 * checked against the calls of real tracker runs (test/unit/packaging/tracking-sheet.test.ts),
 * so the sheet says exactly what is sent.
 */
export interface ElementRow {
  element: string;
  /** The vocabulary sent; empty for free values (numbers, ids, text, times). */
  values: string[];
  what: string;
}

export function elementRows(version: ScormVersion, mastery: number): ElementRow[] {
  if (version === 'scorm12') {
    return [
      { element: 'cmi.core.lesson_status', values: ['incomplete', 'passed', 'failed', 'completed', 'browsed'], what: `Se «Bestått, ikke bestått og fullført». \`browsed\`: uferdig start i browse-modus.` },
      { element: 'cmi.core.score.raw', values: [], what: `Beste testforsøk i prosent, 0–100 (beståttgrense ${mastery}).` },
      { element: 'cmi.core.score.min', values: ['0'], what: 'Sendes med score.raw.' },
      { element: 'cmi.core.score.max', values: ['100'], what: 'Sendes med score.raw.' },
      { element: 'cmi.core.lesson_location', values: [], what: 'Siden deltakeren står på (side-id).' },
      { element: 'cmi.suspend_data', values: [], what: 'Komprimert tilstand, maks 2048 av 4096 tegn.' },
      { element: 'cmi.core.exit', values: ['suspend', ''], what: '`suspend` til kurset er fullført og bestått, deretter tom.' },
      { element: 'cmi.core.session_time', values: [], what: 'Øktens tid, HHHH:MM:SS.SS.' },
      { element: 'cmi.student_preference.language', values: ['nb', 'nn', 'en'], what: 'Bare når deltakeren velger språk i kurset: valget, som foretrukket språk (leses også ved start).' },
      { element: 'cmi.objectives.n.id', values: [], what: 'Forventningens id (se «Mål»).' },
      { element: 'cmi.objectives.n.status', values: ['not attempted', 'incomplete', 'completed', 'passed', 'failed'], what: 'Forventningens status.' },
      { element: 'cmi.objectives.n.score.raw', values: [], what: 'Poeng 0–100 på testspørsmålene om forventningen.' },
      { element: 'cmi.objectives.n.score.min', values: ['0'], what: 'Sendes med score.raw.' },
      { element: 'cmi.objectives.n.score.max', values: ['100'], what: 'Sendes med score.raw.' },
      { element: 'cmi.interactions.n.id', values: [], what: 'Spørsmålets eller scenariovalgets id (se «Interaksjoner»).' },
      { element: 'cmi.interactions.n.objectives.0.id', values: [], what: 'Forventningen spørsmålet hører til.' },
      { element: 'cmi.interactions.n.time', values: [], what: 'Tidspunktet svaret sist ble endret, HH:MM:SS (deltakerens lokale tid).' },
      { element: 'cmi.interactions.n.type', values: ['choice', 'sequencing', 'fill-in'], what: '`fill-in` bare for refleksjoner når kurset sender dem.' },
      { element: 'cmi.interactions.n.correct_responses.n.pattern', values: [], what: 'Riktig svar i svarkoder.' },
      { element: 'cmi.interactions.n.student_response', values: [], what: 'Deltakerens svar i svarkoder.' },
      { element: 'cmi.interactions.n.result', values: ['correct', 'wrong', 'neutral'], what: 'Resultat.' },
      { element: 'cmi.interactions.n.latency', values: [], what: 'Svartid for dette svaret, HHHH:MM:SS.SS.' },
    ];
  }
  return [
    { element: 'cmi.completion_status', values: ['incomplete', 'completed'], what: '`completed` når alle obligatoriske leksjoner er gjort.' },
    { element: 'cmi.success_status', values: ['unknown', 'passed', 'failed'], what: `Beste testforsøk mot grensen ${mastery} %.` },
    { element: 'cmi.score.scaled', values: [], what: 'Beste testforsøk, 0–1.' },
    { element: 'cmi.score.raw', values: [], what: 'Beste testforsøk, 0–100.' },
    { element: 'cmi.score.min', values: ['0'], what: 'Sendes med score.raw.' },
    { element: 'cmi.score.max', values: ['100'], what: 'Sendes med score.raw.' },
    { element: 'cmi.progress_measure', values: [], what: 'Andel av kravene som er gjort, 0–1.' },
    { element: 'cmi.location', values: [], what: 'Siden deltakeren står på (side-id).' },
    { element: 'cmi.learner_preference.language', values: ['nb', 'nn', 'en'], what: 'Bare når deltakeren velger språk i kurset: valget, som foretrukket språk (leses også ved start).' },
    { element: 'cmi.suspend_data', values: [], what: 'Komprimert tilstand, maks 2048 tegn.' },
    { element: 'cmi.exit', values: ['suspend', 'normal'], what: '`suspend` til kurset er fullført og bestått, deretter `normal`.' },
    { element: 'cmi.session_time', values: [], what: 'Øktens tid, ISO 8601-varighet.' },
    { element: 'adl.nav.request', values: ['suspendAll'], what: 'Bare ved «Avslutt» før kurset er fullført og bestått; ellers ingen forespørsel.' },
    { element: 'cmi.objectives.n.id', values: [], what: 'Forventningens id (se «Mål»).' },
    { element: 'cmi.objectives.n.description', values: [], what: 'Forventningens navn på deltakerens språk, `{lang=nb}…` (eller `nn`, `en`).' },
    { element: 'cmi.objectives.n.completion_status', values: ['not attempted', 'incomplete', 'completed'], what: 'Leksjonene om forventningen.' },
    { element: 'cmi.objectives.n.success_status', values: ['unknown', 'passed', 'failed'], what: 'Testspørsmålene om forventningen.' },
    { element: 'cmi.objectives.n.score.scaled', values: [], what: 'Poeng 0–1 på testspørsmålene om forventningen.' },
    { element: 'cmi.objectives.n.score.raw', values: [], what: 'Poeng 0–100.' },
    { element: 'cmi.objectives.n.score.min', values: ['0'], what: 'Sendes med score.raw.' },
    { element: 'cmi.objectives.n.score.max', values: ['100'], what: 'Sendes med score.raw.' },
    { element: 'cmi.interactions.n.id', values: [], what: 'Spørsmålets eller scenariovalgets id (se «Interaksjoner»).' },
    { element: 'cmi.interactions.n.type', values: ['choice', 'sequencing', 'long-fill-in'], what: '`long-fill-in` bare for refleksjoner når kurset sender dem.' },
    { element: 'cmi.interactions.n.objectives.0.id', values: [], what: 'Forventningen spørsmålet hører til.' },
    { element: 'cmi.interactions.n.timestamp', values: [], what: 'Tidspunktet svaret sist ble endret (UTC).' },
    { element: 'cmi.interactions.n.correct_responses.n.pattern', values: [], what: 'Riktig svar i svarkoder, skilt med `[,]`.' },
    { element: 'cmi.interactions.n.learner_response', values: [], what: 'Deltakerens svar i svarkoder, skilt med `[,]`.' },
    { element: 'cmi.interactions.n.result', values: ['correct', 'incorrect', 'neutral'], what: 'Resultat.' },
    { element: 'cmi.interactions.n.latency', values: [], what: 'Svartid for dette svaret, ISO 8601-varighet.' },
    { element: 'cmi.interactions.n.description', values: [], what: 'Spørsmålsteksten eller valget på deltakerens språk, `{lang=nb}…` (eller `nn`, `en`).' },
  ];
}
