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

/** The people and settings of the scenarios. */
export const scenes = {
  meeting: {
    src: 'scene-meeting.svg',
    alt: {
      nb: 'Tre personer i et møte rundt et bord, med en skjerm med søyler på veggen',
      nn: 'Tre personar i eit møte rundt eit bord, med ein skjerm med søyler på veggen',
      en: 'Three people in a meeting around a table, with a bar chart on a screen on the wall',
    },
  },
  conversation: {
    src: 'scene-conversation.svg',
    alt: { nb: 'To personer i en samtale, med snakkebobler over seg', nn: 'To personar i ein samtale, med snakkebobler over seg', en: 'Two people in conversation, with speech bubbles above them' },
  },
  citizen: {
    src: 'scene-citizen.svg',
    alt: {
      nb: 'En leder lytter til en eldre innbygger med stokk utenfor et kontorbygg',
      nn: 'Ein leiar lyttar til ein eldre innbyggjar med stokk utanfor eit kontorbygg',
      en: 'A leader listens to an older citizen with a walking stick outside an office building',
    },
  },
  desk: {
    src: 'scene-desk.svg',
    alt: {
      nb: 'En leder ved en pult med en bærbar PC som viser et nytt digitalt verktøy',
      nn: 'Ein leiar ved ein pult med ein berbar PC som viser eit nytt digitalt verktøy',
      en: 'A leader at a desk with a laptop showing a new digital tool',
    },
  },
} satisfies Record<string, IllustrationInput>;
