import type { LocalizedText } from './schema/index.ts';

/**
 * The self-assessment asked at the start (00-introduksjon) and again at the end (06-avslutning).
 * One definition, so the two always use the same question and scale and the answers compare.
 */
export const SELF_ASSESSMENT_PROMPT: LocalizedText = {
  nb: 'Hvor godt lever du opp til denne forventningen i dag?',
  nn: 'Kor godt lever du opp til denne forventninga i dag?',
  en: 'How well do you live up to this expectation today?',
};

export const SELF_ASSESSMENT_SCALE: LocalizedText[] = [
  { nb: 'I liten grad', nn: 'I liten grad', en: 'To a small extent' },
  { nb: 'I noen grad', nn: 'I nokon grad', en: 'To some extent' },
  { nb: 'I ganske stor grad', nn: 'I ganske stor grad', en: 'To a fairly large extent' },
  { nb: 'I stor grad', nn: 'I stor grad', en: 'To a large extent' },
  { nb: 'I svært stor grad', nn: 'I svært stor grad', en: 'To a very large extent' },
];
