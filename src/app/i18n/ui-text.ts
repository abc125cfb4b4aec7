import type { Locale, LocalizedText } from '../../../course/schema/index.ts';

/** The player's own words. Bokmål now; nynorsk and English slot in beside it. */
const nb = {
  skipToContent: 'Hopp til innholdet',
  minutes: (n: number) => `ca. ${n} minutter`,
  start: 'Start kurset',
  resume: 'Fortsett der du slapp',
  startOver: 'Se innholdsfortegnelsen',
  whatYouLearn: 'Dette lærer du',
  contents: 'Innhold',
  openContents: 'Innhold',
  closeContents: 'Lukk innholdet',
  progress: (pct: number) => `${pct} % fullført`,
  lessonDone: 'fullført',
  lessonProgress: (pct: number) => `${pct} % gjennomført`,
  lessonNotStarted: 'ikke startet',
  next: 'Neste',
  previous: 'Forrige',
  finish: 'Til oppsummeringen',
  pageOf: (n: number, total: number) => `Side ${n} av ${total}`,
  exit: 'Avslutt',
  exitConfirmed: 'Kurset er avsluttet og fremdriften er lagret. Du kan lukke dette vinduet.',
  exitNotConfirmed: 'Kurset er avsluttet, men læringsplattformen bekreftet ikke at alt ble lagret. Svarene dine er tatt vare på på denne enheten og sendes neste gang du åpner kurset fra læringsplattformen. Du kan lukke dette vinduet.',
  exitedTitle: 'Kurset er avsluttet',
  check: 'Sjekk svaret',
  tryAgain: 'Prøv igjen',
  correct: 'Riktig!',
  partlyCorrect: 'Ikke helt riktig.',
  incorrect: 'Ikke riktig.',
  chooseOne: 'Velg ett svar.',
  chooseMany: 'Velg ett eller flere svar.',
  orderHint: 'Sett i riktig rekkefølge. Bruk knappene for å flytte et element opp eller ned.',
  moveUp: (item: string) => `Flytt «${item}» opp`,
  moveDown: (item: string) => `Flytt «${item}» ned`,
  moved: (item: string, pos: number) => `«${item}» er nå nummer ${pos}.`,
  yourAnswer: 'Ditt svar',
  scenario: 'Scenario',
  decision: (n: number) => `Valg ${n}`,
  whatDoYouDo: 'Hva gjør du?',
  consequence: 'Hva skjer',
  continue: 'Fortsett',
  ending: 'Slutt',
  debrief: 'Hva kan vi lære?',
  yourPath: 'Valgene dine',
  rating: { strong: 'Sterkt valg', partly: 'Delvis godt valg', weak: 'Svakt valg' },
  restartScenario: 'Spill scenarioet på nytt',
  reflectionHint: 'Det du skriver blir bare lagret på denne enheten.',
  saved: 'Lagret på denne enheten',
  assessmentIntro: (n: number, mastery: number) => `Testen har ${n} spørsmål. Du må ha minst ${mastery} % riktige for å bestå.`,
  attemptsLeft: (n: number) => (n === 1 ? 'Du har 1 forsøk igjen.' : `Du har ${n} forsøk igjen.`),
  startAttempt: 'Start testen',
  submitAttempt: 'Lever svarene',
  answerAll: (missing: number) => `Svar på alle spørsmålene først (${missing} gjenstår).`,
  questionOf: (n: number, total: number) => `Spørsmål ${n} av ${total}`,
  passed: (score: number) => `Du bestod med ${score} %.`,
  failed: (score: number, mastery: number) => `Du fikk ${score} %. Du trenger ${mastery} % for å bestå.`,
  retry: 'Ta testen på nytt',
  noAttemptsLeft: 'Du har brukt alle forsøkene.',
  resultByExpectation: 'Resultat per forventning',
  bestScore: (score: number) => `Beste resultat: ${score} %`,
  completionTitle: 'Oppsummering',
  completed: 'Du har fullført kurset.',
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
  close: 'Lukk',
  adminDetail: 'Til administrator',
  startFailed: 'Kurset kunne ikke starte. Last inn siden på nytt, eller start kurset på nytt fra læringsplattformen.',
};

export type UiText = typeof nb;

const texts: Partial<Record<Locale, UiText>> & { nb: UiText } = { nb };

export function uiText(locale: Locale): UiText {
  return texts[locale] ?? texts.nb;
}

/** Picks the learner's language from a localised value, falling back to bokmål. */
export function pick<T>(value: { nb: T } & Partial<Record<Locale, T>>, locale: Locale): T {
  return value[locale] ?? value.nb;
}

export type { LocalizedText };
