import { useEffect, useRef, useState } from 'preact/hooks';
import type { AssessmentBlock as Assessment } from '../../../course/schema/index.ts';
import { drawAssessment } from '../../state/draw.ts';
import { shownOrder } from '../../state/order.ts';
import { useApp, useView } from '../context.ts';
import { AttemptReview } from './attempt-review.tsx';
import { QuestionView } from './question-view.tsx';
import { ResultTable } from './result-table.tsx';
import { RichText } from './rich-text.tsx';

/** The final assessment: a fresh draw per attempt, result per expectation, retry while attempts remain. */
export function AssessmentBlock({ block }: { block: Assessment }) {
  const { ui, t, controller } = useApp();
  const { state, summary, index } = useView();
  const [error, setError] = useState('');
  const startedAt = useRef(Date.now());
  const heading = useRef<HTMLHeadingElement>(null);
  const current = state.current;
  const last = state.attempts[state.attempts.length - 1];
  const total = index.course.meta.objectives.length * block.drawPerObjective;
  useEffect(() => heading.current?.focus(), [state.attempts.length, current === null]);

  const start = () => {
    startedAt.current = Date.now();
    controller.dispatch({ type: 'start-attempt', draw: drawAssessment(block, index.course.meta.objectives, Math.random, last?.draw) });
  };
  const submit = () => {
    if (!current) return;
    const missing = current.draw.filter((id) => !current.answers[id]).length;
    if (missing > 0) return setError(ui.answerAll(missing));
    setError('');
    controller.dispatch({ type: 'submit-attempt', latencyMs: Date.now() - startedAt.current });
  };

  if (current) {
    return (
      <section class="assessment" data-assessment={block.id} aria-labelledby="assessment-h">
        <h2 id="assessment-h" tabIndex={-1} ref={heading}>{ui.questionOf(Object.keys(current.answers).length, current.draw.length)}</h2>
        {current.draw.map((id, i) => {
          const q = index.questions.get(id);
          // Attempt n gets its own order of options (order.ts), so a retry is drawn anew.
          const order = q && shownOrder(state.seed ?? 0, q, { kind: 'assessment', attempt: state.attempts.length + 1 });
          return q && order && <QuestionView key={`${state.attempts.length}-${id}`} question={q} mode="assessment" label={ui.questionOf(i + 1, current.draw.length)} recorded={current.answers[id]} order={order} onAnswer={(response) => controller.dispatch({ type: 'assessment-answer', questionId: id, response })} />;
        })}
        {error && <p class="error" role="alert">{error}</p>}
        <button type="button" class="button" data-action="submit-attempt" onClick={submit}>{ui.submitAttempt}</button>
      </section>
    );
  }
  return (
    <section class="assessment" data-assessment={block.id} aria-labelledby="assessment-h">
      {last ? (
        <div class={`attempt-result ${summary.success}`} data-result={summary.success}>
          <h2 id="assessment-h" tabIndex={-1} ref={heading}>{last.score >= index.mastery ? ui.passed(last.score) : ui.failed(last.score, index.mastery)}</h2>
          {state.attempts.length > 1 && summary.score !== null && <p>{ui.bestScore(summary.score)}</p>}
          <ResultTable result={last} />
          <AttemptReview result={last} reveal={summary.attemptsLeft === 0} />
        </div>
      ) : (
        <>
          <h2 id="assessment-h" tabIndex={-1} ref={heading}>{ui.assessmentIntro(total, index.mastery)}</h2>
          {block.intro && <RichText doc={t(block.intro)} />}
        </>
      )}
      {summary.success !== 'passed' && (summary.attemptsLeft > 0 ? (
        <>
          <p>{ui.attemptsLeft(summary.attemptsLeft)}</p>
          <button type="button" class="button" data-action={last ? 'retry' : 'start-attempt'} onClick={start}>{last ? ui.retry : ui.startAttempt}</button>
        </>
      ) : (
        <p>{ui.noAttemptsLeft}</p>
      ))}
    </section>
  );
}
