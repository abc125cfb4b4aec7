import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../../course/schema/index.ts';
import { shownOrder } from '../../state/order.ts';
import { useApp, useView } from '../context.ts';
import { QuestionView } from './question-view.tsx';

/**
 * Several knowledge checks in a row: one at a time, as a card, with where the learner is
 * («Spørsmål 2 av 4») and a dot per question (filled when answered). Moving to another question
 * moves focus to its heading (WCAG 2.4.3), which says the position aloud; the learner may go on
 * without answering, and the page's own Next stays where it is. It opens at the first question
 * not yet answered, so a learner who comes back continues where they left off.
 */
export function QuestionSteps({ questions }: { questions: Question[] }) {
  const { ui, controller } = useApp();
  const { state } = useView();
  const [at, setAt] = useState(() => Math.max(0, questions.findIndex((q) => state.answers[q.id] === undefined)));
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // A layout effect: focus moves in the same task as the render that removed the focused control,
  // so there is no frame with focus on <body> and no key press can land there (WCAG 2.4.3).
  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  }, [at]);
  const go = (i: number) => {
    moved.current = true;
    setAt(i);
  };
  const q = questions[at];
  if (!q) return null;
  const total = questions.length;
  const id = `qs-${questions[0]?.id ?? ''}`;
  return (
    <section class="question-steps" aria-labelledby={id} data-question-steps={total} data-step={at + 1}>
      <div class="ds-card">
        <div class="step-head">
          {/* The dots are drawn for the eye; the heading says in words how many are answered (WCAG 1.3.1). */}
          <h2 class="qs-title" id={id} tabIndex={-1} ref={heading}>
            {ui.questionOf(at + 1, total)}
            <span class="visually-hidden">. {ui.answeredOf(questions.filter((x) => state.answers[x.id] !== undefined).length, total)}</span>
          </h2>
          <ol class="step-dots" aria-hidden="true">
            {questions.map((x, i) => <li key={x.id} class="step-dot" data-done={state.answers[x.id] !== undefined ? '' : undefined} aria-current={i === at ? 'step' : undefined} />)}
          </ol>
        </div>
        <QuestionView
          key={q.id}
          question={q}
          mode="lesson"
          recorded={state.answers[q.id]}
          order={shownOrder(state.seed ?? 0, q, { kind: 'lesson' })}
          onAnswer={(response, latencyMs) => controller.dispatch({ type: 'answer', questionId: q.id, response, latencyMs })}
        />
        <div class="step-nav">
          {at > 0 && <button type="button" class="ds-button" data-variant="secondary" data-action="prev-question" onClick={() => go(at - 1)}>← {ui.previousQuestion}</button>}
          {at < total - 1 && <button type="button" class="ds-button" data-variant={state.answers[q.id] !== undefined ? 'primary' : 'secondary'} data-action="next-question" onClick={() => go(at + 1)}>{ui.nextQuestion} →</button>}
        </div>
      </div>
    </section>
  );
}
