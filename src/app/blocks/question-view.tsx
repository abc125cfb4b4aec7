import { useRef, useState } from 'preact/hooks';
import type { Question } from '../../../course/schema/index.ts';
import { isCorrect, isValidResponse } from '../../state/scoring.ts';
import { useApp } from '../context.ts';
import { OrderingList } from './ordering-list.tsx';

export interface QuestionViewProps {
  question: Question;
  /** lesson: check with feedback; assessment: every change is recorded, no feedback. */
  mode: 'lesson' | 'assessment';
  /** The recorded response (lesson: last checked; assessment: current). */
  recorded: string[] | undefined;
  onAnswer: (response: string[], latencyMs: number) => void;
  label?: string;
  /**
   * Display order from state/order.ts: option ids, or the starting order of ordering items.
   * Drawn per learner (and per test attempt) so position tells nothing about the answer.
   */
  order: string[];
}

export function QuestionView({ question, mode, recorded, onAnswer, label, order }: QuestionViewProps) {
  const { ui, t } = useApp();
  const shownAt = useRef(Date.now());
  const [draft, setDraft] = useState<string[]>(() => recorded ?? (question.kind === 'ordering' ? order : []));
  const [retrying, setRetrying] = useState(false);
  const [error, setError] = useState('');
  const checked = mode === 'lesson' && recorded !== undefined && !retrying;
  const response = checked ? recorded : draft;
  const change = (next: string[]) => {
    setDraft(next);
    setError('');
    if (mode === 'assessment' && isValidResponse(question, next)) onAnswer(next, Date.now() - shownAt.current);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (!isValidResponse(question, draft)) return setError(question.kind === 'multiple' ? ui.chooseMany : ui.chooseOne);
    setRetrying(false);
    onAnswer(draft, Date.now() - shownAt.current);
  };
  const name = `q-${question.id}`;
  const hintId = `${name}-hint`;
  const hint = question.kind === 'single' ? ui.chooseOne : question.kind === 'multiple' ? ui.chooseMany : ui.orderHint;
  return (
    <form class="question" data-question={question.id} onSubmit={submit} noValidate>
      <fieldset aria-describedby={hintId}>
        <legend>
          {label && <span class="question-label">{label}</span>}
          {t(question.prompt)}
        </legend>
        <p class="hint" id={hintId}>{hint}</p>
        {question.kind === 'ordering' ? (
          <OrderingList question={question} order={response} disabled={checked} onChange={change} />
        ) : (
          <ul class="options">
            {inOrder(question.options, order).map((option) => {
              const id = `${name}-${option.id}`;
              const selected = response.includes(option.id);
              const mark = checked ? (option.correct ? 'right' : selected ? 'wrong' : '') : '';
              return (
                <li key={option.id} class={`option ${mark}`}>
                  <input
                    type={question.kind === 'single' ? 'radio' : 'checkbox'}
                    id={id}
                    name={name}
                    value={option.id}
                    checked={selected}
                    disabled={checked}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      change(question.kind === 'single' ? [option.id] : on ? [...draft.filter((x) => x !== option.id), option.id] : draft.filter((x) => x !== option.id));
                    }}
                  />
                  <label for={id}>{t(option.text)}</label>
                  {checked && (selected || option.correct) && (
                    <p class="option-feedback">
                      <span class="visually-hidden">{option.correct ? ui.correct : ui.incorrect} </span>
                      {t(option.feedback)}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      {mode === 'lesson' && !checked && <button type="submit" class="button" data-action="check">{ui.check}</button>}
      {error && <p class="error" role="alert">{error}</p>}
      <div role="status" aria-live="polite">{checked && <Feedback question={question} response={response} onRetry={() => { setRetrying(true); setDraft(response); }} />}</div>
    </form>
  );
}

/** The options in display order; any the order doesn't name keep their place at the end. */
function inOrder<T extends { id: string }>(options: readonly T[], order: readonly string[]): T[] {
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...options].sort((a, b) => rank(a.id) - rank(b.id));
}

function Feedback({ question, response, onRetry }: { question: Question; response: string[]; onRetry: () => void }) {
  const { ui, t } = useApp();
  const ok = isCorrect(question, response);
  return (
    <div class={`feedback ${ok ? 'is-correct' : 'is-incorrect'}`}>
      <p class="feedback-verdict">{ok ? ui.correct : ui.incorrect}</p>
      {question.kind === 'ordering' && <p>{t(ok ? question.feedbackCorrect : question.feedbackIncorrect)}</p>}
      {!ok && <button type="button" class="button secondary" data-action="try-again" onClick={onRetry}>{ui.tryAgain}</button>}
    </div>
  );
}
