import { ResultTable } from '../blocks/result-table.tsx';
import { useApp, useView } from '../context.ts';

/** The end: completion, score and result per expectation, and what is left if anything. */
export function CompletionScreen({ onOpen }: { onOpen: (pageId: string) => void }) {
  const { ui, t } = useApp();
  const { index, summary, state } = useView();
  const left = index.course.lessons.filter((l, i) => l.required && !summary.lessons[i]?.done);
  const best = state.attempts.reduce<(typeof state.attempts)[number] | null>((b, a) => (!b || a.score > b.score ? a : b), null);
  return (
    <div class="completion" data-completion={summary.completion}>
      <h1 tabIndex={-1}>{ui.completionTitle}</h1>
      <p class="lead">{summary.completion === 'completed' ? ui.completed : ui.notCompleted(left.length)}</p>
      {best && <p data-result={summary.success}>{summary.success === 'passed' ? ui.passed(best.score) : ui.failed(best.score, index.mastery)}</p>}
      {best && <ResultTable result={best} />}
      {left.length > 0 && (
        <ul>
          {left.map((l) => {
            const target = l.pages.find((p) => !state.visited.includes(p.id)) ?? l.pages[0];
            return <li key={l.id}><button type="button" class="link-button" onClick={() => target && onOpen(target.id)}>{ui.goTo} {t(l.title)}</button></li>;
          })}
        </ul>
      )}
    </div>
  );
}
