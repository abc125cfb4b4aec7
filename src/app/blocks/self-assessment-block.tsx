import type { SelfAssessmentBlock as SelfAssessment } from '../../../course/schema/index.ts';
import { isPersonalDone, readRatings, type Ratings } from '../../state/personal.ts';
import { useApp, useView } from '../context.ts';
import { RichText } from './rich-text.tsx';

/**
 * The learner rates each expectation on the block's scale: one radio group per expectation
 * (native keyboard and screen-reader behaviour). Kept on the device; tracking learns only
 * that it is done. With `compareWith`, the earlier ratings are shown beside these once done.
 */
export function SelfAssessmentBlock({ block }: { block: SelfAssessment }) {
  const { ui, t, controller } = useApp();
  const { state, index } = useView();
  const objectives = index.course.meta.objectives;
  const ids = objectives.map((o) => o.id);
  const ratings = readRatings(block, ids, state.reflections[block.id]);
  const done = isPersonalDone(block, ids, state.reflections[block.id]);
  const earlier = block.compareWith ? index.personal.get(block.compareWith) : undefined;
  const before: Ratings | null = earlier?.kind === 'self-assessment' ? readRatings(earlier, ids, state.reflections[earlier.id]) : null;
  const rate = (objective: string, step: number) => controller.dispatch({ type: 'keep-personal', blockId: block.id, value: JSON.stringify({ ...ratings, [objective]: step }) });
  const label = (step: number | undefined) => {
    const text = step === undefined ? undefined : block.scale[step - 1];
    return step === undefined || !text ? ui.notRated : `${step} – ${t(text)}`;
  };
  const h = `sa-${block.id}`;
  return (
    <section class="self-assessment" data-self-assessment={block.id} aria-labelledby={h}>
      <h2 id={h}>{t(block.title)}</h2>
      {block.intro && <RichText doc={t(block.intro)} />}
      <p class="hint">{ui.personalHint}</p>
      {/* The question once for the eye; each legend still carries it for a screen reader, which hears one fieldset at a time. */}
      <p class="rating-question" aria-hidden="true">{t(block.prompt)}</p>
      {objectives.map((o) => {
        const name = `${h}-${o.id}`;
        return (
          <fieldset key={o.id} class="rating" data-objective={o.id} aria-describedby={`${name}-d`}>
            <legend>
              {t(o.title)}
              <span class="visually-hidden"> – {t(block.prompt)}</span>
            </legend>
            <p class="hint" id={`${name}-d`}>{t(o.description)}</p>
            <ul class="scale">
              {block.scale.map((step, i) => (
                <li key={i}>
                  <input type="radio" id={`${name}-${i + 1}`} name={name} value={String(i + 1)} checked={ratings[o.id] === i + 1} onChange={() => rate(o.id, i + 1)} />
                  <label for={`${name}-${i + 1}`}>{t(step)}</label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
      <div role="status" aria-live="polite">{done && <p class="personal-done">{ui.selfAssessmentDone}</p>}</div>
      {before && done && (
        <table class="results compare" data-compare={block.id}>
          <caption>{ui.selfAssessmentCompare}</caption>
          <thead>
            <tr><th scope="col">{ui.expectation}</th><th scope="col">{ui.before}</th><th scope="col">{ui.now}</th></tr>
          </thead>
          <tbody>
            {objectives.map((o) => (
              <tr key={o.id} data-objective={o.id}>
                <th scope="row">{t(o.title)}</th>
                <td>{label(before[o.id])}</td>
                <td>{label(ratings[o.id])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
