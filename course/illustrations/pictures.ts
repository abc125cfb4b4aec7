import type { IllustrationInput } from '../schema/index.ts';

/**
 * The course's pictures, each with its alt text in every course language, referred to from the
 * lessons (one line each), so a picture and its description are written and translated once.
 * Lesson covers and card pictures repeat the title beside them and are marked decorative.
 */
const decorative = (src: string): IllustrationInput => ({ src, decorative: true });

export const covers = {
  course: {
    src: 'cover-course.svg',
    alt: { nb: 'Tre ledere i staten foran en felles modell', nn: 'Tre leiarar i staten framfor ein felles modell', en: 'Three leaders in the state in front of a shared model' },
  },
  kjennRammene: decorative('cover-kjenn-rammene.svg'),
  styrkMedarbeiderne: decorative('cover-styrk-medarbeiderne.svg'),
  seHelheten: decorative('cover-se-helheten.svg'),
  vaerInnovativ: decorative('cover-vaer-innovativ.svg'),
  utvikleDegSomLeder: decorative('cover-utvikle-deg-som-leder.svg'),
} satisfies Record<string, IllustrationInput>;

/**
 * The people and settings of the scenarios: each scenario opens with a picture of its own, and a
 * situation that moves to another place or person has its own (situation.illustration). A drawing
 * may serve twice, each time with the alt text of what that situation says.
 */
export const scenes = {
  /** kjenn-rammene: the political adviser calls. */
  phoneCall: {
    src: 'scene-phone.svg',
    alt: {
      nb: 'En leder ved pulten snakker i telefonen, med et søylediagram på den bærbare PC-en',
      nn: 'Ein leiar ved pulten snakkar i telefonen, med eit søylediagram på den berbare PC-en',
      en: 'A leader at the desk talking on the phone, with a bar chart on the laptop',
    },
  },
  /** kjenn-rammene: the written question from the Storting. */
  questionFromStorting: {
    src: 'scene-letter.svg',
    alt: { nb: 'En leder ved pulten med et skriftlig spørsmål fra Stortinget', nn: 'Ein leiar ved pulten med eit skriftleg spørsmål frå Stortinget', en: 'A leader at the desk with a written question from the Storting' },
  },
  /** styrk-medarbeiderne: every case goes through the new leader. */
  caseQueue: {
    src: 'scene-queue.svg',
    alt: {
      nb: 'En leder bak høye bunker av saksmapper på pulten, med en klokke på veggen',
      nn: 'Ein leiar bak høge bunkar av saksmapper på pulten, med ei klokke på veggen',
      en: 'A leader behind tall piles of case folders on the desk, with a clock on the wall',
    },
  },
  /** styrk-medarbeiderne: the complaint to Sivilombudet. */
  letterOmbud: {
    src: 'scene-letter.svg',
    alt: { nb: 'En leder ved pulten med et brev om klagen til Sivilombudet', nn: 'Ein leiar ved pulten med eit brev om klaga til Sivilombodet', en: 'A leader at the desk with a letter about the complaint to the Parliamentary Ombud' },
  },
  /** A one-to-one talk (styrk-medarbeiderne, utvikle-deg-som-leder). */
  conversation: {
    src: 'scene-conversation.svg',
    alt: { nb: 'To personer i en samtale, med snakkebobler over seg', nn: 'To personar i ein samtale, med snakkebobler over seg', en: 'Two people in conversation, with speech bubbles above them' },
  },
  /** se-helheten: meeting an applicant. */
  citizen: {
    src: 'scene-citizen.svg',
    alt: {
      nb: 'En leder lytter til en eldre innbygger med stokk utenfor et kontorbygg',
      nn: 'Ein leiar lyttar til ein eldre innbyggjar med stokk utanfor eit kontorbygg',
      en: 'A leader listens to an older citizen with a walking stick outside an office building',
    },
  },
  /** se-helheten: the test environment left open. */
  openSystem: {
    src: 'scene-lock.svg',
    alt: {
      nb: 'En skjerm med en åpen hengelås og en varseltrekant, og en leder ved siden av',
      nn: 'Ein skjerm med ein open hengelås og ein varseltrekant, og ein leiar ved sida av',
      en: 'A screen with an open padlock and a warning sign, and a leader beside it',
    },
  },
  /** se-helheten: the municipalities' phones ring after the launch. */
  phoneMunicipality: {
    src: 'scene-phone.svg',
    alt: { nb: 'En ansatt i kommunen svarer i telefonen ved pulten', nn: 'Ein tilsett i kommunen svarer i telefonen ved pulten', en: 'A municipal employee answering the phone at the desk' },
  },
  /** vaer-innovativ: the new tool. */
  desk: {
    src: 'scene-desk.svg',
    alt: {
      nb: 'En leder ved en pult med en bærbar PC som viser et nytt digitalt verktøy',
      nn: 'Ein leiar ved ein pult med ein berbar PC som viser eit nytt digitalt verktøy',
      en: 'A leader at a desk with a laptop showing a new digital tool',
    },
  },
  /** vaer-innovativ: the trial's results. */
  trialResults: {
    src: 'scene-meeting.svg',
    alt: {
      nb: 'Tre personer rundt et bord, med resultatene av forsøket i et søylediagram på veggen',
      nn: 'Tre personar rundt eit bord, med resultata av forsøket i eit søylediagram på veggen',
      en: 'Three people at a table, with the results of the trial as a bar chart on the wall',
    },
  },
  /** utvikle-deg-som-leder: the 360-degree evaluation. */
  evaluation: {
    src: 'scene-report.svg',
    alt: { nb: 'En leder ved pulten leser resultatet av en 360-gradersevaluering', nn: 'Ein leiar ved pulten les resultatet av ei 360-gradersevaluering', en: 'A leader at the desk reading the results of a 360-degree evaluation' },
  },
} satisfies Record<string, IllustrationInput>;
