import { useLayoutEffect, useRef } from 'preact/hooks';

export interface ConfirmDialogProps {
  id: string;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question before something that cannot be taken back (leaving the course, starting
 * over). The native <dialog>: focus moves in, Esc cancels, the page behind is inert (WCAG 2.1.2,
 * 2.4.3). Focus starts on "cancel", the safe choice, and returns to the opener when it closes.
 */
export function ConfirmDialog({ id, title, body, confirm, cancel, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  const opener = useRef(document.activeElement);
  // A layout effect: the dialog opens and takes focus as it is put in, before the browser paints
  // or takes input, so no other focus move can come between the opener and the dialog, and the
  // focus it returns to is the opener's (as language-switch.tsx).
  useLayoutEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    safe.current?.focus();
    return () => {
      d?.close();
      // Back to the button that opened it, once the page is no longer inert (if it is still there).
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);
  return (
    <dialog ref={dialog} class="confirm" data-dialog={id} aria-labelledby={`${id}-h`} aria-describedby={`${id}-b`} onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id={`${id}-h`}>{title}</h2>
      <p id={`${id}-b`}>{body}</p>
      <div class="button-row">
        <button type="button" class="ds-button" data-variant="primary" data-action={`${id}-confirm`} onClick={onConfirm}>{confirm}</button>
        <button type="button" class="ds-button" data-variant="secondary" data-action={`${id}-cancel`} ref={safe} onClick={onCancel}>{cancel}</button>
      </div>
    </dialog>
  );
}
