import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AssessmentBlock as Assessment } from '../../../course/schema/index.ts';
import { resumePage } from '../../state/course-index.ts';
import { drawAssessment } from '../../state/draw.ts';
import { finalTestOpen, lessonsBeforeTest } from '../../state/final-test-access.ts';
import { shownOrder } from '../../state/order.ts';
import { useApp, useView } from '../context.ts';
import { formatRoute } from '../route.ts';
import { AttemptReview } from './attempt-review.tsx';
import { QuestionView } from './question-view.tsx';
import { ResultRows } from './result-rows.tsx';
import { RichText } from './rich-text.tsx';

/** The final assessment: a fresh draw per attempt, result per expectation, retry while attempts remain. */
export function AssessmentBlock({ block }: { block: Assessment }) {
  const { ui, t, controller } = useApp();
  const { state, summary, index } = useView();
  const startedAt = useRef(Date.now());
  // Per question: when the learner turned to it (the previous answer change, or the start) and its last change.
  const timing = useRef<{ lastChange: number; questions: Record<string, { from: number; at: number }> }>({ lastChange: startedAt.current, questions: {} });
  const heading = useRef<HTMLHeadingElement>(null);
  const current = state.current;
  const last = state.attempts[state.attempts.length - 1];
  const total = index.course.meta.objectives.length * block.drawPerObjective;
  // A layout effect: focus moves in the same task as the render that removed the focused control,
  // so there is no frame with focus on <body> and no key press can land there (WCAG 2.4.3).
  useLayoutEffect(() => heading.current?.focus(), [state.attempts.length, current === null]);
  const lessonsLeft = lessonsBeforeTest(index, summary);
  const open = finalTestOpen(index, summary);

  const start = () => {
    startedAt.current = Date.now();
    timing.current = { lastChange: startedAt.current, questions: {} };
    controller.dispatch({ type: 'start-attempt', draw: drawAssessment(block, index.course.meta.objectives, Math.random, last?.draw) });
  };
  const [flagged, setFlagged] = useState(false);
  const unanswered = current ? current.draw.filter((id) => !current.answers[id]) : [];
  /** WCAG 3.3.1: take the learner to the first question left, and mark each one left. */
  const focusFirstUnanswered = () => {
    const id = unanswered[0];
    if (id) document.querySelector<HTMLElement>(`form[data-question="${id}"] input, form[data-question="${id}"] button:not([disabled])`)?.focus();
  };
  const submit = () => {
    if (!current) return;
    if (unanswered.length > 0) {
      setFlagged(true);
      requestAnimationFrame(focusFirstUnanswered);
      return;
    }
    setFlagged(false);
    const answered = Object.fromEntries(Object.entries(timing.current.questions).map(([id, q]) => [id, { at: q.at, latencyMs: q.at - q.from }]));
    controller.dispatch({ type: 'submit-attempt', latencyMs: Date.now() - startedAt.current, answered });
  };

  if (current) {
    // Said at the top and again beside «Lever svarene», at the end of a long page (ten questions).
    const answeredCount = () => <p class="answered-count" data-answered={Object.keys(current.answers).length}>{ui.answeredOf(Object.keys(current.answers).length, current.draw.length)}</p>;
    return (
      <section class="assessment" data-assessment={block.id} aria-labelledby="assessment-h">
        <h2 id="assessment-h" tabIndex={-1} ref={heading}>{ui.testHeading(current.draw.length)}</h2>
        {answeredCount()}
        {current.draw.map((id, i) => {
          const q = index.questions.get(id);
          // Attempt n gets its own order of options (order.ts), so a retry is drawn anew.
          const order = q && shownOrder(state.seed ?? 0, q, { kind: 'assessment', attempt: state.attempts.length + 1 });
          return q && order && <QuestionView key={`${state.attempts.length}-${id}`} question={q} mode="assessment" label={ui.questionOf(i + 1, current.draw.length)} recorded={current.answers[id]} order={order} missing={flagged && !current.answers[id]} onAnswer={(response) => {
            const now = Date.now();
            const t = timing.current;
            t.questions[id] = { from: t.questions[id]?.from ?? t.lastChange, at: now };
            t.lastChange = now;
            controller.dispatch({ type: 'assessment-answer', questionId: id, response });
          }} />;
        })}
        {flagged && unanswered.length > 0 && (
          <div class="error" role="alert" data-unanswered={unanswered.length}>
            <p>{ui.answerAll(unanswered.length)}</p>
            <button type="button" class="link-button" data-action="first-unanswered" onClick={focusFirstUnanswered}>{ui.firstUnanswered(current.draw.indexOf(unanswered[0] ?? '') + 1)}</button>
          </div>
        )}
        <div class="button-row">
          <button type="button" class="ds-button" data-variant="primary" data-action="submit-attempt" onClick={submit}>{ui.submitAttempt}</button>
          {answeredCount()}
        </div>
      </section>
    );
  }
  return (
    <section class="assessment" data-assessment={block.id} aria-labelledby="assessment-h">
      {last ? (
        <div class={`attempt-result ${summary.success}`} data-result={summary.success}>
          <h2 id="assessment-h" tabIndex={-1} ref={heading}>{last.score >= index.mastery ? ui.passed(last.score) : ui.failed(last.score, index.mastery)}</h2>
          {state.attempts.length > 1 && summary.score !== null && <p>{ui.bestScore(summary.score)}</p>}
          <ResultRows result={last} />
          <AttemptReview result={last} reveal={summary.attemptsLeft === 0} />
        </div>
      ) : (
        <>
          <h2 id="assessment-h" tabIndex={-1} ref={heading}>{ui.assessmentIntro(total, index.mastery)}</h2>
          {block.intro && <RichText doc={t(block.intro)} />}
        </>
      )}
      {!last && lessonsLeft.length > 0 && (
        <div class={`notice ${open ? 'warning' : 'locked'}`} data-test-gate={open ? 'warning' : 'locked'}>
          <p>{open ? ui.lessonsLeftWarning(lessonsLeft.length) : ui.lessonsLeftLocked(lessonsLeft.length)}</p>
          <ul>
            {lessonsLeft.map((l) => {
              return <li key={l.id}><a href={formatRoute({ screen: 'page', pageId: resumePage(l, state.visited)?.id ?? '' })}>{t(l.title)}</a></li>;
            })}
          </ul>
        </div>
      )}
      {open && summary.success !== 'passed' && (summary.attemptsLeft > 0 ? (
        <>
          <p>{ui.attemptsLeft(summary.attemptsLeft)}</p>
          <button type="button" class="ds-button" data-variant="primary" data-action={last ? 'retry' : 'start-attempt'} onClick={start}>{last ? ui.retry : ui.startAttempt}</button>
        </>
      ) : (
        <p>{ui.noAttemptsLeft}</p>
      ))}
    </section>
  );
}
