import type { PageRef } from '../state/course-index.ts';
import type { Block, Question } from '../../course/schema/index.ts';
import { BlockView } from './blocks/block-view.tsx';
import { IllustrationView } from './blocks/illustration-view.tsx';
import { QuestionSteps } from './blocks/question-steps.tsx';
import { scenarioDone } from '../state/summary.ts';
import { useApp, useView } from './context.ts';

/** One page of a lesson, with previous/next. */
export function PageView({ at, onGo, onFinish }: { at: PageRef; onGo: (pageId: string) => void; onFinish: () => void }) {
  const { ui, t } = useApp();
  const { index, state } = useView();
  // While something on the page is under way (a knowledge check unanswered, a scenario not ended, a
  // test attempt not handed in), its own button is the one primary action, not «Neste».
  const underWay = at.page.blocks.some((b) =>
    b.kind === 'question' ? state.answers[b.question.id] === undefined : b.kind === 'scenario' ? !scenarioDone(state, index, b.scenario.id) : b.kind === 'assessment' && state.current !== null,
  );
  const prev = index.pages[at.index - 1];
  const next = index.pages[at.index + 1];
  const inLesson = at.lesson.pages.indexOf(at.page);
  const pageOf = ui.pageOf(inLesson + 1, at.lesson.pages.length);
  return (
    <article class="page" aria-labelledby="page-h">
      {/* The lesson's name is part of the heading: a screen reader landing on it hears where it is. */}
      <h1 id="page-h" tabIndex={-1}>
        {t(at.page.title) !== t(at.lesson.title) && <span class="heading-lesson">{t(at.lesson.title)}<span class="visually-hidden">:</span> </span>}
        <span class="heading-page">{t(at.page.title)}</span>
      </h1>
      <p class="eyebrow">{pageOf} · {ui.minutes(at.lesson.minutes)}</p>
      {inLesson === 0 && <IllustrationView illustration={at.lesson.cover} class="lesson-cover" />}
      {groupQuestions(at.page.blocks).map((part, i) =>
        Array.isArray(part) ? <QuestionSteps key={`${at.page.id}-${i}`} questions={part} /> : <BlockView key={`${at.page.id}-${i}`} block={part} />,
      )}
      <nav class="pager" aria-label={`${t(at.lesson.title)}: ${pageOf}`}>
        {prev ? <button type="button" class="ds-button" data-variant="secondary" data-action="prev" onClick={() => onGo(prev.page.id)}>← {ui.previous}</button> : <span />}
        <span class="page-count" aria-hidden="true">{pageOf}</span>
        <button type="button" class="ds-button" data-variant={underWay ? 'secondary' : 'primary'} data-action="next" onClick={next ? () => onGo(next.page.id) : onFinish}>{next ? ui.next : ui.finish} →</button>
      </nav>
    </article>
  );
}

/** Two or more knowledge checks in a row become one step-by-step card (question-steps.tsx); a single one stays a block. */
export function groupQuestions(blocks: Block[]): (Block | Question[])[] {
  const out: (Block | Question[])[] = [];
  let run: Extract<Block, { kind: 'question' }>[] = [];
  const flush = () => {
    if (run.length > 1) out.push(run.map((b) => b.question));
    else out.push(...run);
    run = [];
  };
  for (const block of blocks) {
    if (block.kind === 'question') run.push(block);
    else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}
