import type { Locale } from '../../course/schema/text.ts';

/** The guide's own words, per language the course can have. Course content comes from the course. */
export interface GuideText {
  title: (course: string) => string;
  /** Names the document by its Norwegian title (DOC_TITLE), which the guide marks as a title in bokmål. */
  intro: string;
  expectation: string;
  caseHeading: string;
  choicesLead: string;
  questionsHeading: string;
  pointsHeading: string;
  /** Under the points in nynorsk and English: they are the course's translation (issue 13); null in bokmål. */
  pointsNote: string | null;
  q1: (scenario: string) => string;
  q2: (n: number) => string;
  q3: (n: number) => string;
  q4fallback: string;
  noCase: string;
  facilitator: string;
  facilitatorIntro: string;
  prepare: string[];
  timingHeading: string;
  minutes: string;
  activity: string;
  opening: string;
  closing: string;
  perExpectation: (title: string, read: number, groups: number, plenary: number) => string;
  courseView: string;
  courseViewLead: string;
  total: string;
  source: string;
}

/** The document's title, kept in Norwegian in every language (course/english-glossary.md). */
export const DOC_TITLE = 'Grunnlag for god ledelse i staten';

const nb: GuideText = {
  title: (course) => `Diskusjonsguide for ledergrupper – ${course}`,
  intro: `Til en samling på 90 minutter der ledere drøfter de fem forventningene i ${DOC_TITLE} med hverandre – i tråd med punktet «Søk fellesskap med andre ledere». Hver forventning har et case fra kurset, spørsmål til samtalen og punktene den bygger på. Deltakerne trenger ikke ha tatt kurset først.`,
  expectation: 'Forventning',
  caseHeading: 'Case',
  choicesLead: 'Mulige handlinger (fra kurset):',
  questionsHeading: 'Spørsmål til samtalen',
  pointsHeading: 'Punktene i forventningen',
  pointsNote: null,
  q1: (scenario) => `Hva ville du gjort i «${scenario}» hvis det skjedde hos dere – og hvorfor?`,
  q2: (n) => `Kurset gir ${n} mulige handlinger. Hvilke følger tror dere hver av dem får for medarbeiderne, for brukerne og for deg som leder?`,
  q3: (n) => `Hvilket av de ${n} punktene nedenfor er vanskeligst å få til hos dere, og hva står i veien?`,
  q4fallback: 'Hva er ett konkret tiltak du vil prøve de neste to ukene, og hvem kan du drøfte det med?',
  noCase: 'Kurset har ikke noe case for denne forventningen. Bruk beskrivelsen over som utgangspunkt.',
  facilitator: 'For den som leder samlingen',
  facilitatorIntro: 'Samlingen tar 90 minutter. Del deltakerne i grupper på tre til fire. Skriv ut guiden til alle (A4, én forventning per side). Du trenger ikke kunne «fasiten»: kursets vurdering av handlingene står under, men poenget er samtalen.',
  prepare: ['Les casene og kursets vurdering under.', 'Velg om gruppene skal ta alle forventningene, eller om hver gruppe tar én og legger fram for de andre.', 'Be hver deltaker ta med én situasjon fra egen hverdag.'],
  timingHeading: 'Tidsplan (90 minutter)',
  minutes: 'Minutter',
  activity: 'Hva',
  opening: 'Åpning: hensikten med samlingen, kort runde rundt bordet, de fem forventningene i overblikk.',
  closing: 'Avslutning: hver deltaker sier ett tiltak hun eller han vil prøve, og hvem hun eller han vil følge opp med.',
  perExpectation: (title, read, groups, plenary) => `${title}: les caset (${read} min), drøft spørsmålene i gruppene (${groups} min), oppsummer i plenum (${plenary} min).`,
  courseView: 'Kursets vurdering av handlingene',
  courseViewLead: 'Den sterkeste handlingen i kurset',
  total: 'Til sammen',
  source: 'Generert fra kurset',
};

const nn: GuideText = {
  title: (course) => `Diskusjonsguide for leiargrupper – ${course}`,
  intro: `Til ei samling på 90 minutt der leiarar drøftar dei fem forventningane i ${DOC_TITLE} med kvarandre, i tråd med punktet om å søkje fellesskap med andre leiarar. Kvar forventning har eit case frå kurset, spørsmål til samtalen og punkta ho byggjer på. Deltakarane treng ikkje ha teke kurset først.`,
  expectation: 'Forventning',
  caseHeading: 'Case',
  choicesLead: 'Moglege handlingar (frå kurset):',
  questionsHeading: 'Spørsmål å drøfte',
  pointsHeading: 'Punkta i forventninga',
  pointsNote: 'Kurset si omsetjing. Dokumentet finst berre på bokmål.',
  q1: (scenario) => `Kva ville du ha gjort i «${scenario}» dersom det skjedde hjå dykk – og kvifor?`,
  q2: (n) => `Kurset gir ${n} moglege handlingar. Kva følgjer trur de kvar av dei får for medarbeidarane, for brukarane og for deg som leiar?`,
  q3: (n) => `Kva for eitt av dei ${n} punkta nedanfor er vanskelegast å få til hjå dykk, og kva står i vegen?`,
  q4fallback: 'Kva er eitt konkret tiltak du vil prøve dei neste to vekene, og kven kan du drøfte det med?',
  noCase: 'Kurset har ikkje noko case for denne forventninga. Bruk skildringa over som utgangspunkt.',
  facilitator: 'For den som leier samlinga',
  facilitatorIntro: 'Samlinga tek 90 minutt. Del deltakarane i grupper på tre til fire. Skriv ut guiden til alle (A4, éi forventning per side). Du treng ikkje kunne «fasiten»: vurderinga kurset gjer av handlingane, står nedanfor, men poenget er samtalen.',
  prepare: ['Les casa og vurderinga til kurset nedanfor.', 'Vel om gruppene skal ta alle forventningane, eller om kvar gruppe tek éi og legg henne fram for dei andre.', 'Be kvar deltakar ta med seg éin situasjon frå sin eigen kvardag.'],
  timingHeading: 'Tidsplan (90 minutt)',
  minutes: 'Minutt',
  activity: 'Kva',
  opening: 'Opning: kva samlinga skal vere til, ein kort runde rundt bordet, dei fem forventningane i oversikt.',
  closing: 'Avslutning: kvar deltakar seier eitt tiltak ho eller han vil prøve, og kven ho eller han vil følgje opp med.',
  perExpectation: (title, read, groups, plenary) => `${title}: les caset (${read} min), drøft spørsmåla i gruppene (${groups} min), oppsummer i plenum (${plenary} min).`,
  courseView: 'Vurderinga kurset gjer av handlingane',
  courseViewLead: 'Den sterkaste handlinga i kurset',
  total: 'Til saman',
  source: 'Generert frå kurset',
};

const en: GuideText = {
  title: (course) => `Discussion guide for management teams – ${course}`,
  intro: `For a 90-minute session in which leaders discuss with each other the five expectations in ${DOC_TITLE} (the Government’s foundation for good leadership in the state), in line with the point on seeking community with other leaders. Each expectation has a case from the course, questions for the discussion and the points it builds on. Participants do not need to have taken the course first.`,
  expectation: 'Expectation',
  caseHeading: 'Case study',
  choicesLead: 'Possible actions (from the course):',
  questionsHeading: 'Questions for the discussion',
  pointsHeading: 'The points of the expectation',
  pointsNote: 'The course’s translation. The document exists only in Norwegian (bokmål).',
  q1: (scenario) => `What would you do in “${scenario}” if it happened where you work – and why?`,
  q2: (n) => `The course offers ${n} possible actions. What consequences do you expect each of them to have for your employees, for users and for you as a leader?`,
  q3: (n) => `Which of the ${n} points below is hardest to achieve where you work, and what stands in the way?`,
  q4fallback: 'What is one concrete step you will try in the next two weeks, and who can you discuss it with?',
  noCase: 'The course has no case for this expectation. Use the description above as the starting point.',
  facilitator: 'For the facilitator',
  facilitatorIntro: 'The session takes 90 minutes. Split the participants into groups of three or four. Print the guide for everyone (A4, one expectation per page). You do not need to know “the right answer”: the course’s view of the actions is below, but the point is the conversation.',
  prepare: ['Read the cases and the course’s view of them below.', 'Decide whether every group takes all the expectations, or each group takes one and presents it to the others.', 'Ask each participant to bring one situation from their own working day.'],
  timingHeading: 'Timing (90 minutes)',
  minutes: 'Minutes',
  activity: 'What',
  opening: 'Opening: the purpose of the session, a short round of introductions, an overview of the five expectations.',
  closing: 'Closing: each participant names one step they will try and who they will follow it up with.',
  perExpectation: (title, read, groups, plenary) => `${title}: read the case (${read} min), discuss the questions in groups (${groups} min), sum up together (${plenary} min).`,
  courseView: 'The course’s view of the actions',
  courseViewLead: 'The strongest action in the course',
  total: 'Total',
  source: 'Generated from the course',
};

/** Every course language has the guide's texts: a missing one is a compile error. */
export const GUIDE_TEXT: Record<Locale, GuideText> = { nb, nn, en };
