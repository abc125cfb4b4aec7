import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReflectionBlock as Reflection } from '../../../course/schema/index.ts';
import { useApp, useView } from '../context.ts';

/** Free text that stays on the device. Saved on pause in typing and on blur, never per keystroke. */
export function ReflectionBlock({ block }: { block: Reflection }) {
  const { ui, t, controller } = useApp();
  const { state } = useView();
  const [text, setText] = useState(state.reflections[block.id] ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = (value: string) => {
    clearTimeout(timer.current);
    controller.dispatch({ type: 'reflect', reflectionId: block.id, text: value });
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  const id = `r-${block.id}`;
  return (
    <div class="reflection">
      <label for={id} class="reflection-prompt">{t(block.prompt)}</label>
      <p class="hint" id={`${id}-hint`}>{block.hint ? `${t(block.hint)} ` : ''}{ui.reflectionHint}</p>
      <textarea
        id={id}
        data-reflection={block.id}
        rows={5}
        aria-describedby={`${id}-hint`}
        value={text}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => save(value), 800);
        }}
        onBlur={() => save(text)}
      />
    </div>
  );
}
