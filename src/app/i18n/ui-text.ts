import type { Locale, LocalizedText } from '../../../course/schema/index.ts';
import { loadedPack } from './language-pack.ts';
import { norwegianPercent } from './percent.ts';
import { startText, type StartText } from './start-text.ts';

/**
 * The player's own words in bokmål, apart from the start page's (start-text.ts). This object
 * is the type of the others (PackText): a key missing from nynorsk (ui-text-nn.ts) or English
 * (ui-text-en.ts) is a compile error. None of the three is in the app script: each is the
 * language pack of its language (language-pack.ts, pack-<locale>.ts).
 */
export const nb = {
  contents: 'Innhold',
  openContents: 'Innhold',
  /** Share of the course gone through; passing the final test is shown apart (issue 11 #10). */
  progress: (pct: number) => `${norwegianPercent(pct)} gjennomgått`,
  testStatus: { unknown: 'Sluttest: ikke tatt', passed: 'Sluttest: bestått', failed: 'Sluttest: ikke bestått' },
  lessonDoneAnnounced: (lesson: string, pct: number) => `Du har fullført «${lesson}». ${norwegianPercent(pct)} av kurset er gjennomgått.`,
  courseDoneAnnounced: 'Du har gått gjennom hele kurset.',
  minutesLeft: (n: number) => `ca. ${n} minutter igjen`,
  courseCompletedStart: 'Du har fullført kurset.',
  seeSummary: 'Se oppsummeringen',
  reviewCourse: 'Se gjennom kurset',
  restart: 'Start kurset på nytt',
  restartTitle: 'Vil du starte kurset på nytt?',
  restartBody: 'Fremdriften, svarene og testforsøkene dine på denne enheten blir slettet. Det du har skrevet i refleksjonene, beholder du.',
  restartConfirm: 'Ja, start på nytt',
  cancel: 'Avbryt',
  exitTitle: 'Vil du avslutte kurset?',
  exitBody: 'Du kan fortsette der du slapp neste gang du åpner kurset.',
  exitConfirm: 'Ja, avslutt',
  exitSaved: 'Fremdriften din er lagret.',
  exitSavedLocal: 'Fremdriften din er lagret på denne enheten, men ikke i læringsplattformen.',
  exitNotSaved: 'Noe av fremdriften din ble ikke lagret i læringsplattformen. Det er tatt vare på på denne enheten og sendes når du åpner kurset igjen herfra.',
  exitWhatNextWeb: 'Du kan lukke fanen. Når du åpner kurset igjen, fortsetter du der du slapp.',
  exitWhatNextLms: 'Lukk dette vinduet, eller gå tilbake til læringsplattformen. Der ser du resultatet, og derfra kan du åpne kurset igjen.',
  reopen: 'Åpne kurset igjen',
  nextSteps: 'Hva nå?',
  downloadPlan: 'Last ned handlingsplanen din',
  printCertificate: 'Skriv ut kursbevis',
  certificateTitle: 'Kursbevis',
  certificateText: (course: string, date: string) => `har fullført kurset «${course}» ${date}.`,
  certificateScore: (score: number) => `Resultat på sluttesten: ${norwegianPercent(score)}.`,
  statement: 'Tilgjengelighet',
  answeredOf: (n: number, total: number) => `Du har svart på ${n} av ${total}.`,
  testHeading: (total: number) => `Sluttest – ${total} spørsmål`,
  lessonsLeftWarning: (n: number) => `Du har ${n} ${n === 1 ? 'leksjon' : 'leksjoner'} igjen før kurset er fullført. Du kan ta testen nå, men kurset blir ikke fullført før alle leksjonene er gjennomgått:`,
  lessonsLeftLocked: (n: number) => `Sluttesten åpner når du har fullført leksjonene. Du har ${n} ${n === 1 ? 'leksjon' : 'leksjoner'} igjen:`,
  testLocked: 'åpner når leksjonene er fullført',
  takeTest: 'Ta sluttesten',
  retakeTest: 'Ta sluttesten på nytt',
  moveUpShort: 'Opp',
  moveDownShort: 'Ned',
  lessonDone: 'fullført',
  lessonProgress: (pct: number) => `${norwegianPercent(pct)} gjennomgått`,
  lessonNotStarted: 'ikke startet',
  next: 'Neste',
  previous: 'Forrige',
  finish: 'Til oppsummeringen',
  pageOf: (n: number, total: number) => `Side ${n} av ${total}`,
  exit: 'Avslutt',
  exitedTitle: 'Kurset er avsluttet',
  check: 'Sjekk svaret',
  tryAgain: 'Prøv igjen',
  correct: 'Riktig!',
  incorrect: 'Ikke riktig.',
  chooseOne: 'Velg ett svar.',
  chooseMany: 'Velg ett eller flere svar.',
  orderHint: 'Sett i riktig rekkefølge. Bruk knappene for å flytte et element opp eller ned.',
  moved: (item: string, pos: number) => `«${item}» er nå nummer ${pos}.`,
  /** Answer states after checking: a word and an icon, never colour alone (WCAG 1.4.1). */
  optionState: { 'chosen-right': 'Ditt svar – riktig', 'chosen-wrong': 'Ditt svar – ikke riktig', missed: 'Riktig svar' },
  optionIcon: { 'chosen-right': '✓', 'chosen-wrong': '✗', missed: '✓' },
  notAnswered: 'Du har ikke svart på dette spørsmålet.',
  scenario: 'Scenario',
  decision: (n: number) => `Valg ${n}`,
  /** The choices' group label; the situation itself ends with its question ("Hva gjør du?"), so this doesn't repeat it. */
  whatDoYouDo: 'Velg hva du gjør',
  consequence: 'Hva skjer',
  ending: 'Slutt',
  /** How a scenario ended, in words beside the ending's colour (WCAG 1.4.1). */
  outcome: { good: 'Godt utfall', mixed: 'Blandet utfall', poor: 'Svakt utfall' },
  debrief: 'Hva kan vi lære?',
  yourPath: 'Valgene dine',
  rating: { strong: 'Sterkt valg', partly: 'Delvis godt valg', weak: 'Svakt valg' },
  restartScenario: 'Spill scenarioet på nytt',
  reflectionHint: 'Det du skriver blir bare lagret på denne enheten.',
  saved: 'Lagret på denne enheten',
  assessmentIntro: (n: number, mastery: number) => `Testen har ${n} spørsmål. Du må ha minst ${norwegianPercent(mastery)} riktige for å bestå.`,
  attemptsLeft: (n: number) => (n === 1 ? 'Du har 1 forsøk igjen.' : `Du har ${n} forsøk igjen.`),
  startAttempt: 'Start testen',
  submitAttempt: 'Lever svarene',
  answerAll: (missing: number) => `Svar på alle spørsmålene først (${missing} gjenstår).`,
  firstUnanswered: (n: number) => `Gå til spørsmål ${n}, det første du ikke har svart på`,
  questionOf: (n: number, total: number) => `Spørsmål ${n} av ${total}`,
  passed: (score: number) => `Du bestod med ${norwegianPercent(score)}.`,
  failed: (score: number, mastery: number) => `Du fikk ${norwegianPercent(score)}. Du trenger ${norwegianPercent(mastery)} for å bestå.`,
  retry: 'Ta testen på nytt',
  noAttemptsLeft: 'Du har brukt alle forsøkene.',
  resultByExpectation: 'Resultat per forventning',
  bestScore: (score: number) => `Beste resultat: ${norwegianPercent(score)}`,
  completionTitle: 'Oppsummering',
  completed: 'Du har gått gjennom alle delene av kurset.',
  notCompleted: (n: number) => `Du har ${n} ${n === 1 ? 'del' : 'deler'} igjen før kurset er fullført.`,
  goTo: 'Gå til',
  status: {
    saved: 'Alt er lagret',
    saving: 'Lagrer …',
    retrying: 'Prøver å lagre på nytt …',
    failing: 'Lagring feiler – prøver igjen',
    offline: 'Frakoblet – lagres når du er på nett igjen',
    'not-recorded': 'Lagres bare på denne enheten',
  },
  reviewMode: 'Gjennomgangsmodus: svarene dine blir ikke registrert.',
  browseMode: 'Utforskningsmodus: resultatet ditt blir ikke registrert.',
  quoteBy: (by: string) => `— ${by}`,
  download: 'Last ned som tekstfil',
  print: 'Skriv ut',
  planEmpty: 'Du har ikke skrevet noe her ennå.',
  planFileName: 'min-handlingsplan.txt',
  // Self-assessment, structured action plan and the review after a test attempt (issue 10).
  personalHint: 'Svarene blir bare lagret på denne enheten.',
  selfAssessmentDone: 'Takk! Du har svart på alle.',
  selfAssessmentCompare: 'Svarene dine før og nå',
  expectation: 'Forventning',
  before: 'Før kurset',
  now: 'Nå',
  notRated: 'ikke svart',
  planDone: 'Planen din er fylt ut. Last den ned eller skriv den ut for å ta vare på den.',
  planReflections: 'Refleksjonene dine',
  reviewTitle: 'Gjennomgang av svarene dine',
  reviewRight: 'Riktig',
  reviewWrong: 'Feil',
  reviewYourAnswer: 'Ditt svar',
  reviewWhy: 'Hvorfor',
  reviewRightAnswer: 'Riktig svar',
  reviewAnswerLater: 'Det riktige svaret ser du når du har brukt alle forsøkene. Les forklaringene, og gå gjerne tilbake til leksjonene før du prøver igjen.',
  reviewSummary: (wrong: number, total: number) => (wrong === 0 ? `Alle ${total} svarene var riktige.` : `${wrong} av ${total} svar var feil.`),
  /** Numbers with a percent sign as each language writes them (nb/nn: "80 %" with a no-break space, percent.ts; en: "80%"). */
  percent: norwegianPercent,
  /** The certificate's date, in the learner's language (Intl locale nb-NO, nn-NO, en-GB). */
  formatDate: (date: Date) => date.toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' }),
  /** A link to the lesson of an expectation under mastery (result-rows.tsx). */
  repeat: (expectation: string) => `Repeter: ${expectation}`,
  resultPassed: 'Bestått',
  resultFailed: 'Ikke bestått',
  /** Said by screen readers after a link that opens a new tab (WCAG 3.2.5, advisory). */
  opensInNewTab: 'åpnes i ny fane',
  // Issue 12 (design): header, start page, one question at a time, completion and certificate.
  lessonNumber: (n: number) => `Leksjon ${n}`,
  nextQuestion: 'Neste spørsmål',
  previousQuestion: 'Forrige spørsmål',
  yourResult: 'Resultatet ditt',
  yourPlan: 'Handlingsplanen din',
  planIntro: 'Last ned planen du lagde, og ta den med i samtalen med lederen din.',
  noPlanYet: 'Du har ikke fylt ut handlingsplanen ennå.',
  certificateConfirms: 'Dette bekrefter at',
  certificateLearnerUnknown: 'Kursdeltakeren',
  /** The web version's own name for the certificate (own-name-field.tsx). */
  ownNameLabel: 'Navnet ditt på kursbeviset (valgfritt)',
  certificateHint: 'Kursbeviset skrives ut på én side. Velg «Lagre som PDF» i utskriftsvinduet for å lagre det som fil.',
  // Issue 13: the language switch and the marks on the document's words in translation.
  /** Marks a quotation's or the document's points' translation (the document exists in bokmål only). */
  courseTranslation: 'Kursets oversettelse',
  /** Marks a quotation's original (in `lang`) beside its translation. */
  original: (lang: Locale): string => (lang === 'nn' ? 'Originalen på nynorsk' : lang === 'en' ? 'Originalen på engelsk' : 'Originalen'),
  // Issue 12: the richer blocks and the scenario story.
  /** «av M» only when the engine knows the total (decisionsLeft: NaN when paths from here differ in length). */
  situation: (n: number, of?: number) => `Situasjon ${n}${of ? ` av ${of}` : ''}`,
  youChose: 'Du valgte',
  continueStory: 'Fortsett',
  seeEnding: 'Se hvordan det gikk',
  pathCount: (n: number) => `${n} valg`,
  cardsHint: 'Velg et kort for å lese mer.',
  readMore: 'Les mer',
  hide: 'Skjul',
  modelFigure: (n: number) => `Figur: målet i midten, med de ${n} forventningene rundt.`,
  modelList: 'Forventningene i modellen',
};

export type PackText = typeof nb;
export type UiText = StartText & PackText;

const merged = new Map<Locale, { from: PackText; words: UiText }>();

/**
 * All the player's words in `locale`: the start page's and its pack's. The player shows a
 * language only once its pack is in (boot.tsx), so a missing pack here is a bug, said loudly.
 */
export function uiText(locale: Locale): UiText {
  const pack = loadedPack(locale);
  if (!pack) throw new Error(`the player's words in ${locale} are not loaded (language-pack.ts)`);
  const known = merged.get(locale);
  if (known?.from === pack.ui) return known.words;
  const words = { ...startText(locale), ...pack.ui };
  merged.set(locale, { from: pack.ui, words });
  return words;
}

/** Picks the learner's language from a localised value, falling back to bokmål. */
export function pick<T>(value: { nb: T } & Partial<Record<Locale, T>>, locale: Locale): T {
  return value[locale] ?? value.nb;
}

export type { LocalizedText };
