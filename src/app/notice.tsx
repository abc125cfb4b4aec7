import { useState } from 'preact/hooks';
import type { Locale } from '../../course/schema/index.ts';
import type { ErrorName } from '../errors/catalogue.ts';
import { errorMessage } from '../errors/learner-messages.ts';
import { useApp } from './context.ts';
import type { StartText } from './i18n/start-text.ts';

/** A catalogue message for the learner, shown once, dismissible. Text only: never HTML. */
export function Notice({ name }: { name: ErrorName }) {
  const { ui, locale } = useApp();
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const entry = errorMessage(name, locale);
  return (
    <div class="notice" role="status" data-notice={name}>
      <p><strong>{entry.what}</strong> {entry.todo}</p>
      <button type="button" class="link-button" onClick={() => setOpen(false)}>{ui.close}</button>
    </div>
  );
}

/** A launch the course cannot run: tell the learner what to do and the admin what is wrong. */
export function LaunchProblem({ detail, ui, locale }: { detail: string | null; ui: StartText; locale: Locale }) {
  const entry = errorMessage('LAUNCH_INVALID', locale);
  return (
    <main id="main" class="launch-problem" data-notice="LAUNCH_INVALID">
      <h1 tabIndex={-1}>{entry.what}</h1>
      <p>{entry.todo}</p>
      {detail && (
        <details open>
          <summary>{ui.adminDetail}</summary>
          <p><code>{detail}</code></p>
        </details>
      )}
    </main>
  );
}
