import { useState } from 'preact/hooks';
import type { ActionPlanBlock as ActionPlan } from '../../../course/schema/index.ts';
import { isPersonalDone, PLAN_FIELDS, readPlan, type PlanAnswers } from '../../state/personal.ts';
import { useApp, useView } from '../context.ts';
import { downloadPlan, planEntries } from './plan-text.ts';
import { RichText } from './rich-text.tsx';

/**
 * A structured action plan (goal, first step, when, with whom, how I will know), with the
 * learner's reflections, to download as text or print. Every keystroke is kept on the device
 * at once; nothing of it leaves the device (tracking learns only that the plan is done).
 */
export function ActionPlanBlock({ block }: { block: ActionPlan }) {
  const { ui, t, controller } = useApp();
  const { state, index } = useView();
  const [plan, setPlan] = useState<PlanAnswers>(() => readPlan(state.reflections[block.id]));
  const objectiveIds = index.course.meta.objectives.map((o) => o.id);
  const done = isPersonalDone(block, objectiveIds, state.reflections[block.id]);
  const write = (field: (typeof PLAN_FIELDS)[number], text: string) => {
    const next = { ...plan, [field]: text };
    setPlan(next);
    const kept = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== ''));
    controller.dispatch({ type: 'keep-personal', blockId: block.id, value: Object.keys(kept).length ? JSON.stringify(kept) : '' });
  };
  const written = planEntries(block, index, state.reflections, t);
  const parts = PLAN_FIELDS.map((f) => ({ id: f, label: t(block.fields[f].label), hint: block.fields[f].hint, text: plan[f] ?? '' }));
  const reflections = written.reflections;
  const download = () => downloadPlan(block, { parts, reflections }, ui, t);
  const h = `ap-${block.id}`;
  const entries = (list: { id: string; label: string; text: string }[]) => (
    <dl>
      {list.map((e) => (
        <div key={e.id} class="plan-entry">
          <dt>{e.label}</dt>
          <dd>{e.text.trim() ? e.text.split('\n').map((line, i) => <p key={i}>{line}</p>) : <em>{ui.planEmpty}</em>}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <section class="action-plan" data-action-plan={block.id} aria-labelledby={h}>
      <h2 id={h}>{t(block.title)}</h2>
      {block.intro && <div class="no-print"><RichText doc={t(block.intro)} /></div>}
      <div class="plan-fields no-print">
        {parts.map((p) => {
          const id = `${h}-${p.id}`;
          return (
            <div key={p.id} class="plan-field">
              <label for={id} class="reflection-prompt">{p.label}</label>
              {p.hint && <p class="hint" id={`${id}-hint`}>{t(p.hint)}</p>}
              <textarea id={id} data-plan-field={p.id} rows={3} aria-describedby={p.hint ? `${id}-hint` : undefined} value={p.text} onInput={(e) => write(p.id, e.currentTarget.value)} />
            </div>
          );
        })}
        <p class="hint">{ui.personalHint}</p>
        <div role="status" aria-live="polite">{done && <p class="personal-done">{ui.planDone}</p>}</div>
      </div>
      {/* The printed plan: the answers as text (form fields print poorly); hidden on screen. */}
      <div class="print-only">{entries(parts)}</div>
      {reflections.length > 0 && (
        <>
          <h3>{ui.planReflections}</h3>
          {entries(reflections)}
        </>
      )}
      <div class="button-row no-print">
        <button type="button" class="ds-button" data-variant="primary" data-action="download-plan" onClick={download}>{ui.download}</button>
        <button type="button" class="ds-button" data-variant="secondary" data-action="print-plan" onClick={() => window.print()}>{ui.print}</button>
      </div>
    </section>
  );
}
