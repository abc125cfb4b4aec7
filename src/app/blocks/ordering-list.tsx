import { useRef, useState } from 'preact/hooks';
import type { Question } from '../../../course/schema/index.ts';
import { useApp } from '../context.ts';

type Ordering = Extract<Question, { kind: 'ordering' }>;

/**
 * Reordering with buttons, not drag (WCAG 2.1 SC 2.1.1 keyboard; 2.5.x pointer alternatives).
 * Focus follows the moved item, and a live region says where it went. Each button's name
 * begins with its visible word (2.5.3 label in name); the position shows as a number (1.3.1).
 */
export function OrderingList({ question, order, disabled, onChange }: { question: Ordering; order: string[]; disabled: boolean; onChange: (order: string[]) => void }) {
  const { ui, t } = useApp();
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const label = (id: string) => {
    const item = question.items.find((i) => i.id === id);
    return item ? t(item.text) : id;
  };
  const move = (from: number, to: number, direction: 'up' | 'down') => {
    const next = [...order];
    const [item] = next.splice(from, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    onChange(next);
    setAnnouncement(ui.moved(label(item), to + 1));
    requestAnimationFrame(() => {
      const row = list.current?.children[to];
      const target = row?.querySelector<HTMLButtonElement>(`[data-action="${direction}"]:not([disabled])`) ?? row?.querySelector<HTMLButtonElement>('button:not([disabled])');
      target?.focus();
    });
  };
  return (
    <>
      <ol class="ordering" ref={list}>
        {order.map((id, i) => (
          <li key={id} data-item={id}>
            <div class="ordering-row">
              <span class="ordering-text">{label(id)}</span>
              <span class="ordering-buttons">
                <button type="button" data-action="up" disabled={disabled || i === 0} onClick={() => move(i, i - 1, 'up')}>
                  <span aria-hidden="true">↑ </span>{ui.moveUpShort}<span class="visually-hidden">: «{label(id)}»</span>
                </button>
                <button type="button" data-action="down" disabled={disabled || i === order.length - 1} onClick={() => move(i, i + 1, 'down')}>
                  <span aria-hidden="true">↓ </span>{ui.moveDownShort}<span class="visually-hidden">: «{label(id)}»</span>
                </button>
              </span>
            </div>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" aria-live="polite">{announcement}</p>
    </>
  );
}
