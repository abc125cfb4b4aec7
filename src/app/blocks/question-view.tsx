import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../../course/schema/index.ts';
import { isCorrect, isValidResponse } from '../../state/scoring.ts';
import { useApp } from '../context.ts';
import { optionState } from './option-state.ts';
import { OrderingList } from './ordering-list.tsx';

export interface QuestionViewProps {
  question: Question;
  /** lesson: check with feedback; assessment: every change is recorded, no feedback. */
  mode: 'lesson' | 'assessment';
  /** The recorded response (lesson: last checked; assessment: current). */
  recorded: string[] | undefined;
  onAnswer: (response: string[], latencyMs: number) => void;
  label?: string;
  /** Assessment: the learner tried to hand in without answering this one (WCAG 3.3.1). */
  missing?: boolean;
  /**
   * Display order from state/order.ts: option ids, or the starting order of ordering items.
   * Drawn per learner (and per test attempt) so position tells nothing about the answer.
   */
  order: string[];
}

export function QuestionView({ question, mode, recorded, onAnswer, label, order, missing = false }: QuestionViewProps) {
  const { ui, t } = useApp();
  const shownAt = useRef(Date.now());
  const [draft, setDraft] = useState<string[]>(() => recorded ?? (question.kind === 'ordering' ? order : []));
  const [retrying, setRetrying] = useState(false);
  const [error, setError] = useState('');
  const checked = mode === 'lesson' && recorded !== undefined && !retrying;
  const response = checked ? recorded : draft;
  const form = useRef<HTMLFormElement>(null);
  // WCAG 2.4.3: «Sjekk svaret» and «Prøv igjen» remove themselves; focus goes to what replaced
  // them (the feedback, or the options again) instead of falling to <body>.
  const moved = useRef<'checked' | 'retry' | null>(null);
  // A layout effect: in the same task as that render, so no frame has focus on <body>.
  useLayoutEffect(() => {
    const to = moved.current;
    moved.current = null;
    if (to === 'checked') form.current?.querySelector<HTMLElement>('.feedback')?.focus();
    if (to === 'retry') {
      const f = form.current;
      (f?.querySelector<HTMLElement>('fieldset input:checked') ?? f?.querySelector<HTMLElement>('fieldset input, fieldset button:not([disabled])'))?.focus();
    }
  }, [checked]);
  const change = (next: string[]) => {
    setDraft(next);
    setError('');
    if (mode === 'assessment' && isValidResponse(question, next)) onAnswer(next, Date.now() - shownAt.current);
  };
  const submit = (e: Event) => {
    e.preventDefault();
    if (!isValidResponse(question, draft)) return setError(question.kind === 'multiple' ? ui.chooseMany : ui.chooseOne);
    setRetrying(false);
    moved.current = 'checked';
    onAnswer(draft, Date.now() - shownAt.current);
  };
  const name = `q-${question.id}`;
  const hintId = `${name}-hint`;
  const hint = question.kind === 'single' ? ui.chooseOne : question.kind === 'multiple' ? ui.chooseMany : ui.orderHint;
  const missingId = `${name}-missing`;
  return (
    <form class={`question${missing ? ' is-missing' : ''}`} data-question={question.id} data-missing={missing ? 'true' : undefined} onSubmit={submit} noValidate ref={form}>
      <fieldset aria-describedby={missing ? `${missingId} ${hintId}` : hintId}>
        <legend>
          {label && <span class="question-label">{label}</span>}
          {t(question.prompt)}
        </legend>
        {missing && <p class="error" id={missingId}>{ui.notAnswered}</p>}
        <p class="hint" id={hintId}>{hint}</p>
        {question.kind === 'ordering' ? (
          <OrderingList question={question} order={response} disabled={checked} onChange={change} />
        ) : (
          <ul class="options">
            {inOrder(question.options, order).map((option) => {
              const id = `${name}-${option.id}`;
              const selected = response.includes(option.id);
              const state = checked ? optionState(selected, option.correct) : null;
              return (
                <li key={option.id} class="option" data-state={state ?? undefined}>
                  {/* Checked options stay reachable by Tab (aria-disabled, not disabled) so each one's explanation can be heard. */}
                  <input
                    type={question.kind === 'single' ? 'radio' : 'checkbox'}
                    id={id}
                    name={name}
                    value={option.id}
                    checked={selected}
                    aria-disabled={checked ? 'true' : undefined}
                    aria-describedby={state ? `${id}-state ${id}-fb` : undefined}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      if (checked) {
                        // Read-only once checked: undo the browser's toggle (arrow keys move a radio group's choice too).
                        form.current?.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`).forEach((input) => {
                          input.checked = response.includes(input.value);
                        });
                        return;
                      }
                      change(question.kind === 'single' ? [option.id] : on ? [...draft.filter((x) => x !== option.id), option.id] : draft.filter((x) => x !== option.id));
                    }}
                  />
                  <label for={id}>{t(option.text)}</label>
                  {state && (
                    <p class="option-state" id={`${id}-state`}>
                      <span class="option-icon" aria-hidden="true">{ui.optionIcon[state]}</span> {ui.optionState[state]}
                    </p>
                  )}
                  {state && <p class="option-feedback" id={`${id}-fb`}>{t(option.feedback)}</p>}
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      {mode === 'lesson' && !checked && <button type="submit" class="ds-button" data-variant="primary" data-action="check">{ui.check}</button>}
      {error && <p class="error" role="alert">{error}</p>}
      {checked && (
        <Feedback
          question={question}
          response={response}
          onRetry={() => {
            moved.current = 'retry';
            setRetrying(true);
            setDraft(response);
          }}
        />
      )}
    </form>
  );
}

/** The options in display order; any the order doesn't name keep their place at the end. */
function inOrder<T extends { id: string }>(options: readonly T[], order: readonly string[]): T[] {
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...options].sort((a, b) => rank(a.id) - rank(b.id));
}

/**
 * The verdict gets focus after checking; its description reads each chosen and each right
 * option with its explanation, so a screen reader hears all of it at once (WCAG 4.1.3, 1.3.1).
 */
function Feedback({ question, response, onRetry }: { question: Question; response: string[]; onRetry: () => void }) {
  const { ui, t } = useApp();
  const ok = isCorrect(question, response);
  const base = `q-${question.id}-feedback`;
  const explained = question.kind === 'ordering' ? [] : question.options.flatMap((o) => {
    const state = optionState(response.includes(o.id), o.correct);
    return state ? [`${ui.optionState[state]}: «${t(o.text)}». ${t(o.feedback)}`] : [];
  });
  return (
    <div class={`feedback ${ok ? 'is-correct' : 'is-incorrect'}`} tabIndex={-1} role="group" aria-labelledby={`${base}-verdict`} aria-describedby={explained.length ? `${base}-explained` : undefined}>
      <p class="feedback-verdict" id={`${base}-verdict`}>{ok ? ui.correct : ui.incorrect}</p>
      {/* hidden: read as the group's description, not a second time in browse mode. */}
      {explained.length > 0 && <p hidden id={`${base}-explained`}>{explained.join(' ')}</p>}
      {question.kind === 'ordering' && <p>{t(ok ? question.feedbackCorrect : question.feedbackIncorrect)}</p>}
      {!ok && <button type="button" class="ds-button" data-variant="secondary" data-action="try-again" onClick={onRetry}>{ui.tryAgain}</button>}
    </div>
  );
}
