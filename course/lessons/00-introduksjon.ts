import { defineLesson } from '../schema/index.ts';

// Placeholder so the pipeline runs; the content issue replaces this lesson.
export default defineLesson({
  id: 'introduksjon',
  title: 'Ledelse har betydning',
  minutes: 5,
  pages: [{ id: 'intro-start', title: 'Ledelse har betydning', blocks: [{ kind: 'text', body: 'Statlige virksomheter spiller helt sentrale roller i Norge.' }] }],
});
