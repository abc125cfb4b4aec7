import { useApp, useView } from './context.ts';
import { isWebVersion } from './course-target.ts';

/**
 * After «Avslutt»: what happened (saved or not: never "saved" when it isn't) and what to do
 * next, with a way back in where the course itself can offer one (the web version).
 */
export function ExitedScreen() {
  const { ui } = useApp();
  // The status after the session closed: the final save's outcome, not the one before it.
  const { status: statusAtExit } = useView();
  // Never "saved" when it isn't: only a confirmed final save counts (a write still on its way does not).
  const saved = statusAtExit === 'saved' ? ui.exitSaved : statusAtExit === 'not-recorded' ? ui.exitSavedLocal : ui.exitNotSaved;
  return (
    <div class="exited" data-saved={statusAtExit}>
      <h1 tabIndex={-1}>{ui.exitedTitle}</h1>
      <p data-exit-saved={statusAtExit === 'saved'}>{saved}</p>
      <p>{isWebVersion ? ui.exitWhatNextWeb : ui.exitWhatNextLms}</p>
      {isWebVersion && (
        <div class="button-row">
          {/* A fresh load: the session has ended; reopening starts a new one at the start page. */}
          <button type="button" class="ds-button" data-variant="primary" data-action="reopen" onClick={() => window.location.replace(window.location.href.split('#')[0] ?? '')}>{ui.reopen}</button>
        </div>
      )}
    </div>
  );
}
