import type { Block } from '../../../course/schema/index.ts';
import type { CourseIndex } from '../../state/course-index.ts';
import type { UiText } from '../i18n/ui-text.ts';

type ActionPlan = Extract<Block, { kind: 'action-plan' }>;
type Pick = <T>(value: { nb: T; nn?: T; en?: T }) => T;

export interface PlanEntry {
  id: string;
  label: string;
  text: string;
}

export function planEntries(block: ActionPlan, index: CourseIndex, reflections: Record<string, string>, t: Pick): PlanEntry[] {
  return block.reflections.map((id) => {
    const r = index.reflections.get(id);
    return { id, label: r ? t(r.planLabel ?? r.prompt) : id, text: reflections[id] ?? '' };
  });
}

/** The course's action plan block, if it has one (the completion page offers its download). */
export function findActionPlan(index: CourseIndex): ActionPlan | null {
  for (const ref of index.pages) for (const b of ref.page.blocks) if (b.kind === 'action-plan') return b;
  return null;
}

/** Saves the plan as a text file on the learner's device. Nothing leaves the device. */
export function downloadPlan(block: ActionPlan, entries: PlanEntry[], ui: UiText, t: Pick): void {
  const body = [t(block.title), '', ...entries.flatMap((e) => [e.label, e.text.trim() || ui.planEmpty, ''])].join('\n');
  const url = URL.createObjectURL(new Blob([body], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = ui.planFileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
