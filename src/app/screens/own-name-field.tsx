import { useApp } from '../context.ts';

/**
 * The web version's optional name for the certificate (completion-screen.tsx), kept on this
 * device only (own-name-store.ts). Never shown where an LMS or LRS names the learner.
 */
export function OwnNameField({ value, onInput }: { value: string; onInput: (name: string) => void }) {
  const { ui } = useApp();
  return (
    <div class="own-name">
      <label for="own-name" class="reflection-prompt">{ui.ownNameLabel}</label>
      <p class="hint" id="own-name-hint">{ui.reflectionHint}</p>
      <input id="own-name" type="text" autocomplete="name" aria-describedby="own-name-hint" value={value} onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}
