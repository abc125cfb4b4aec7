import type { ActionPlanBlock as ActionPlan } from '../../../course/schema/index.ts';
import type { CourseIndex } from '../../state/course-index.ts';
import { PLAN_FIELDS, readPlan } from '../../state/personal.ts';
import type { UiText } from '../i18n/ui-text.ts';

type Pick = <T>(value: { nb: T; nn?: T; en?: T }) => T;

export interface PlanEntry {
  id: string;
  label: string;
  text: string;
}

/** The plan as the learner wrote it: its five parts, then the reflections it gathers. */
export interface PlanText {
  parts: PlanEntry[];
  reflections: PlanEntry[];
}

export function planEntries(block: ActionPlan, index: CourseIndex, reflections: Record<string, string>, t: Pick): PlanText {
  const plan = readPlan(reflections[block.id]);
  return {
    parts: PLAN_FIELDS.map((f) => ({ id: f, label: t(block.fields[f].label), text: plan[f] ?? '' })),
    reflections: block.reflections.map((id) => {
      const r = index.reflections.get(id);
      return { id, label: r ? t(r.planLabel ?? r.prompt) : id, text: reflections[id] ?? '' };
    }),
  };
}

/** The course's action plan block, if it has one (the completion page offers its download). */
export function findActionPlan(index: CourseIndex): ActionPlan | null {
  for (const ref of index.pages) for (const b of ref.page.blocks) if (b.kind === 'action-plan') return b;
  return null;
}

/** Saves the plan as a text file on the learner's device. Nothing leaves the device. */
export function downloadPlan(block: ActionPlan, plan: PlanText, ui: UiText, t: Pick): void {
  const entry = (e: PlanEntry) => [e.label, e.text.trim() || ui.planEmpty, ''];
  const body = [
    t(block.title),
    '',
    ...plan.parts.flatMap(entry),
    ...(plan.reflections.length ? [ui.planReflections, '', ...plan.reflections.flatMap(entry)] : []),
  ].join('\n');
  const url = URL.createObjectURL(new Blob([body], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = ui.planFileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
