import { courseSchema, type Course } from '../../../../course/schema/index.ts';

/** A tiny course with every kind of tracked thing, parsed by the real schema. */
export const fixtureCourse: Course = courseSchema.parse({
  meta: {
    id: 'https://kurs.example/test-kurs',
    slug: 'test-kurs',
    version: '1.0.0',
    title: 'Testkurs & «ledelse»',
    description: 'Et kurs <for> tester.',
    outcomes: ['Å teste'],
    languages: ['nb'],
    masteryScore: 80,
    objectives: [
      { id: 'kjenn-rammene', title: 'Kjenn rammene', description: 'Rammene.' },
      { id: 'se-helheten', title: 'Se helheten', description: 'Helheten.' },
    ],
    publisher: 'Test',
  },
  lessons: [
    {
      id: 'leksjon-a',
      title: 'Leksjon A',
      objective: 'kjenn-rammene',
      pages: [
        {
          id: 'side-1',
          title: 'Side 1',
          blocks: [
            {
              kind: 'question',
              question: {
                kind: 'single',
                id: 'q-single',
                prompt: 'Hva er riktig?',
                options: [
                  { id: 'a', text: 'Dette', correct: true, feedback: 'Ja' },
                  { id: 'b', text: 'Hint', feedback: 'Nei' },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
});

export const multiple = {
  kind: 'multiple' as const,
  id: 'q-multiple',
  prompt: 'Velg to',
  options: [
    { id: 'a', text: { nb: 'En' }, correct: true, feedback: { nb: 'Ja' } },
    { id: 'b', text: { nb: 'To' }, correct: true, feedback: { nb: 'Ja' } },
    { id: 'c', text: { nb: 'Tre' }, correct: false, feedback: { nb: 'Nei' } },
  ],
};

export const ordering = {
  kind: 'ordering' as const,
  id: 'q-ordering',
  prompt: { nb: 'Sett i rekkefølge' },
  items: [
    { id: 'forst', text: { nb: 'Først' } },
    { id: 'so', text: { nb: 'Så' } },
    { id: 'sist', text: { nb: 'Sist' } },
  ],
  feedbackCorrect: { nb: 'Riktig' },
  feedbackIncorrect: { nb: 'Feil' },
};
