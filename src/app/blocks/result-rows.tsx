import type { AttemptResult } from '../../state/state.ts';
import { lessonStartOf } from '../../state/course-index.ts';
import { useApp, useView } from '../context.ts';
import { formatRoute } from '../route.ts';

/**
 * Result per expectation (objective) of one attempt, one row each: the name, a bar, the share
 * right and the status in words, and under mastery a link to go over that expectation's lesson
 * again (issue 12). The test result and the completion page both show it. The bar only repeats
 * the figure beside it, so it is hidden from screen readers; a native <progress> is drawn in
 * system colours in forced-colours mode, where a painted box would vanish.
 */
export function ResultRows({ result }: { result: AttemptResult }) {
  const { ui, t } = useApp();
  const { index } = useView();
  return (
    <>
      <h3 class="result-rows-h">{ui.resultByExpectation}</h3>
      <ul class="result-rows">
        {index.course.meta.objectives.map((o) => {
          const score = result.byObjective[o.id];
          const title = t(o.title);
          const under = score !== undefined && score < index.mastery;
          const start = under ? lessonStartOf(index, o.id) : undefined;
          return (
            <li key={o.id} data-objective={o.id} data-under={under || undefined}>
              <b>{title}</b>
              {score === undefined ? <span /> : <progress aria-hidden="true" max={100} value={score} />}
              <span>{score === undefined ? '–' : ui.percent(score)}</span>
              <span>{score === undefined ? '–' : under ? ui.resultFailed : ui.resultPassed}</span>
              {start && <a href={formatRoute({ screen: 'page', pageId: start.id })} data-action="repeat">{ui.repeat(title)}</a>}
            </li>
          );
        })}
      </ul>
    </>
  );
}
