import type { Locale } from '../../../course/schema/index.ts';

/**
 * Words of the richer blocks and the scenario story (issue 12), in every course language.
 * Kept apart from ui-text.ts so those blocks carry their own words.
 */
const nb = {
  situation: (n: number) => `Situasjon ${n}`,
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

export type BlockText = typeof nb;

const nn: BlockText = {
  situation: (n) => `Situasjon ${n}`,
  youChose: 'Du valde',
  continueStory: 'Hald fram',
  seeEnding: 'Sjå korleis det gjekk',
  pathCount: (n) => `${n} val`,
  cardsHint: 'Vel eit kort for å lese meir.',
  readMore: 'Les meir',
  hide: 'Gøym',
  modelFigure: (n) => `Figur: målet i midten, med dei ${n} forventningane rundt.`,
  modelList: 'Forventningane i modellen',
};

const en: BlockText = {
  situation: (n) => `Situation ${n}`,
  youChose: 'You chose',
  continueStory: 'Continue',
  seeEnding: 'See how it turned out',
  pathCount: (n) => `${n} ${n === 1 ? 'choice' : 'choices'}`,
  cardsHint: 'Choose a card to read more.',
  readMore: 'Read more',
  hide: 'Hide',
  modelFigure: (n) => `Figure: the goal in the centre, with the ${n} expectations around it.`,
  modelList: 'The expectations in the model',
};

const texts: Record<Locale, BlockText> = { nb, nn, en };

export function blockText(locale: Locale): BlockText {
  return texts[locale];
}
