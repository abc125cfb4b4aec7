import { useState } from 'preact/hooks';
import type { ReflectionBlock as Reflection } from '../../../course/schema/index.ts';
import { useApp, useView } from '../context.ts';

/**
 * Free text that stays on the device. Saved on every input: a reload or a closed tab a moment
 * after typing loses nothing (issue 11 #14). That is cheap: the text goes to localStorage, and
 * the trackers debounce what they send (only *that* a reflection exists, by default).
 */
export function ReflectionBlock({ block }: { block: Reflection }) {
  const { ui, t, controller } = useApp();
  const { state } = useView();
  const [text, setText] = useState(state.reflections[block.id] ?? '');
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
          controller.dispatch({ type: 'reflect', reflectionId: block.id, text: value });
        }}
      />
    </div>
  );
}
