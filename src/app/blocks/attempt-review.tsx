import type { Question } from '../../../course/schema/index.ts';
import { correctResponse, isCorrect } from '../../state/scoring.ts';
import type { AttemptResult } from '../../state/state.ts';
import { useApp, useView } from '../context.ts';

/**
 * After an attempt: which answers were wrong and why (the feedback of what the learner
 * chose). The right answer only once no attempts are left, so a retry still measures.
 */
export function AttemptReview({ result, reveal }: { result: AttemptResult; reveal: boolean }) {
  const { ui } = useApp();
  const { index } = useView();
  const answers = result.answers;
  if (!answers) return null; // an attempt saved before answers were kept
  const rows = result.draw.flatMap((id) => {
    const q = index.questions.get(id);
    return q ? [{ q, response: answers[id] ?? [] }] : [];
  });
  const wrong = rows.filter((r) => !isCorrect(r.q, r.response)).length;
  return (
    <section class="attempt-review" aria-labelledby="review-h" data-review>
      <h3 id="review-h">{ui.reviewTitle}</h3>
      <p>{ui.reviewSummary(wrong, rows.length)}</p>
      {wrong > 0 && !reveal && <p class="hint">{ui.reviewAnswerLater}</p>}
      <ol class="review-list">
        {rows.map(({ q, response }) => (
          <ReviewItem key={q.id} question={q} response={response} reveal={reveal} />
        ))}
      </ol>
    </section>
  );
}

function ReviewItem({ question, response, reveal }: { question: Question; response: string[]; reveal: boolean }) {
  const { ui, t } = useApp();
  const ok = isCorrect(question, response);
  const textOf = (id: string) => {
    const found = question.kind === 'ordering' ? question.items.find((i) => i.id === id) : question.options.find((o) => o.id === id);
    return found ? t(found.text) : id;
  };
  const list = (ids: string[]) => (question.kind === 'ordering' ? <ol>{ids.map((id) => <li key={id}>{textOf(id)}</li>)}</ol> : <ul>{ids.map((id) => <li key={id}>{textOf(id)}</li>)}</ul>);
  const why = (): string[] => {
    switch (question.kind) {
      case 'single':
      case 'multiple':
        return question.options.filter((o) => response.includes(o.id)).map((o) => `${t(o.text)}: ${t(o.feedback)}`);
      case 'ordering':
        return [t(ok ? question.feedbackCorrect : question.feedbackIncorrect)];
      default:
        return question satisfies never;
    }
  };
  return (
    <li class={`review-item ${ok ? 'is-correct' : 'is-incorrect'}`} data-review-question={question.id} data-correct={ok ? 'true' : 'false'}>
      <p class="review-prompt">
        <strong class="feedback-verdict">{ok ? ui.reviewRight : ui.reviewWrong}:</strong> {t(question.prompt)}
      </p>
      {!ok && (
        <>
          <p class="review-label">{ui.reviewYourAnswer}</p>
          {list(response)}
          <p class="review-label">{ui.reviewWhy}</p>
          {why().map((line, i) => <p key={i} class="review-why">{line}</p>)}
          {reveal && (
            <div data-right-answer>
              <p class="review-label">{ui.reviewRightAnswer}</p>
              {list(correctResponse(question))}
            </div>
          )}
        </>
      )}
    </li>
  );
}
