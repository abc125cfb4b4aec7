import type { Block } from '../../../course/schema/index.ts';
import { useApp, useView } from '../context.ts';
import { downloadPlan, planEntries } from './plan-text.ts';
import { RichText } from './rich-text.tsx';

type ActionPlan = Extract<Block, { kind: 'action-plan' }>;

/** The learner's reflections gathered into a plan to print or download. Nothing leaves the device. */
export function ActionPlanBlock({ block }: { block: ActionPlan }) {
  const { ui, t } = useApp();
  const { state, index } = useView();
  const entries = planEntries(block, index, state.reflections, t);
  const download = () => downloadPlan(block, entries, ui, t);
  return (
    <section class="action-plan" data-action-plan={block.id} aria-labelledby={`ap-${block.id}`}>
      <h2 id={`ap-${block.id}`}>{t(block.title)}</h2>
      {block.intro && <RichText doc={t(block.intro)} />}
      <dl>
        {entries.map((e) => (
          <div key={e.id} class="plan-entry">
            <dt>{e.label}</dt>
            <dd>{e.text.trim() ? e.text.split('\n').map((line, i) => <p key={i}>{line}</p>) : <em>{ui.planEmpty}</em>}</dd>
          </div>
        ))}
      </dl>
      <div class="button-row no-print">
        <button type="button" class="button" data-action="download-plan" onClick={download}>{ui.download}</button>
        <button type="button" class="button secondary" data-action="print-plan" onClick={() => window.print()}>{ui.print}</button>
      </div>
    </section>
  );
}
