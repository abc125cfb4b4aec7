import type { AttemptResult } from '../../state/state.ts';
import { useApp, useView } from '../context.ts';

/** Result per expectation (objective) of one attempt. */
export function ResultTable({ result }: { result: AttemptResult }) {
  const { ui, t } = useApp();
  const { index } = useView();
  return (
    <table class="results scores">
      <caption>{ui.resultByExpectation}</caption>
      <thead>
        <tr><th scope="col">{ui.expectation}</th><th scope="col">{ui.resultShare}</th><th scope="col">{ui.resultStatus}</th></tr>
      </thead>
      <tbody>
        {index.course.meta.objectives.map((o) => {
          const score = result.byObjective[o.id];
          return (
            <tr key={o.id} data-objective={o.id}>
              <th scope="row">{t(o.title)}</th>
              <td>{score === undefined ? '–' : ui.percent(score)}</td>
              <td>{score === undefined ? '–' : score >= index.mastery ? ui.resultPassed : ui.resultFailed}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
