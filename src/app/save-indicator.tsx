import { useApp, useView } from './context.ts';

/** A small, polite status: is everything saved? Announced only when it matters (failing/offline). */
export function SaveIndicator() {
  const { ui } = useApp();
  const { status } = useView();
  const urgent = status === 'failing' || status === 'offline';
  return (
    <p class={`save-status ${status}`} data-save-status={status} role={urgent ? 'alert' : undefined}>
      <span class="dot" aria-hidden="true" />
      {ui.status[status]}
    </p>
  );
}
