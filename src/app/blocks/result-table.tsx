import type { AttemptResult } from '../../state/state.ts';
import { useApp, useView } from '../context.ts';

/** Result per expectation (objective) of one attempt. */
export function ResultTable({ result }: { result: AttemptResult }) {
  const { ui, t } = useApp();
  const { index } = useView();
  return (
    <table class="results">
      <caption>{ui.resultByExpectation}</caption>
      <thead>
        <tr><th scope="col">Forventning</th><th scope="col">Andel riktige</th><th scope="col">Status</th></tr>
      </thead>
      <tbody>
        {index.course.meta.objectives.map((o) => {
          const score = result.byObjective[o.id];
          return (
            <tr key={o.id} data-objective={o.id}>
              <th scope="row">{t(o.title)}</th>
              <td>{score === undefined ? '–' : `${score} %`}</td>
              <td>{score === undefined ? '–' : score >= index.mastery ? 'Bestått' : 'Ikke bestått'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
