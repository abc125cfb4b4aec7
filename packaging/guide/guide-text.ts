import type { Locale } from '../../course/schema/text.ts';

/** The guide's own words, per language the course can have. Course content comes from the course. */
export interface GuideText {
  title: (course: string) => string;
  intro: string;
  expectation: string;
  caseHeading: string;
  choicesLead: string;
  questionsHeading: string;
  pointsHeading: string;
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

const nb: GuideText = {
  title: (course) => `Diskusjonsguide for ledergrupper – ${course}`,
  intro: 'Til en samling på 90 minutter der ledere drøfter de fem forventningene i Grunnlag for god ledelse i staten med hverandre – i tråd med punktet «Søk fellesskap med andre ledere». Hver forventning har et case fra kurset, spørsmål til samtalen og punktene den bygger på. Deltakerne trenger ikke ha tatt kurset først.',
  expectation: 'Forventning',
  caseHeading: 'Case',
  choicesLead: 'Mulige handlinger (fra kurset):',
  questionsHeading: 'Spørsmål til samtalen',
  pointsHeading: 'Punktene i forventningen',
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

const en: GuideText = {
  title: (course) => `Discussion guide for leader groups – ${course}`,
  intro: 'For a 90-minute session in which leaders discuss the five expectations of the Foundation for good leadership in the state with each other – in line with the point "Seek community with other leaders". Each expectation has a case from the course, questions for the discussion and the points it builds on. Participants need not have taken the course first.',
  expectation: 'Expectation',
  caseHeading: 'Case',
  choicesLead: 'Possible actions (from the course):',
  questionsHeading: 'Questions for the discussion',
  pointsHeading: 'The points of the expectation',
  q1: (scenario) => `What would you do in "${scenario}" if it happened where you work – and why?`,
  q2: (n) => `The course offers ${n} possible actions. What consequences do you expect each to have for staff, for users and for you as a leader?`,
  q3: (n) => `Which of the ${n} points below is hardest to achieve where you work, and what stands in the way?`,
  q4fallback: 'What is one concrete step you will try in the next two weeks, and with whom can you discuss it?',
  noCase: 'The course has no case for this expectation. Use the description above as the starting point.',
  facilitator: 'For the facilitator',
  facilitatorIntro: 'The session takes 90 minutes. Split participants into groups of three or four. Print the guide for everyone (A4, one expectation per page). You need not know "the answer": the course\'s view of the actions is below, but the point is the conversation.',
  prepare: ['Read the cases and the course\'s view below.', 'Decide whether every group takes all expectations, or each takes one and presents it.', 'Ask each participant to bring one situation from their own work.'],
  timingHeading: 'Timing (90 minutes)',
  minutes: 'Minutes',
  activity: 'What',
  opening: 'Opening: purpose of the session, a short round of introductions, the five expectations at a glance.',
  closing: 'Closing: each participant names one step to try and who to follow up with.',
  perExpectation: (title, read, groups, plenary) => `${title}: read the case (${read} min), discuss the questions in groups (${groups} min), sum up together (${plenary} min).`,
  courseView: 'The course\'s view of the actions',
  courseViewLead: 'The strongest action in the course',
  total: 'Total',
  source: 'Generated from the course',
};

/** A course language without an entry here fails the build with a clear message (render-guide.ts). */
export const GUIDE_TEXT: Partial<Record<Locale, GuideText>> = { nb, en };
