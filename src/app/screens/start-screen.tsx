import type { CourseMeta } from '../../../course/schema/index.ts';
import type { UiText } from '../i18n/ui-text.ts';

export interface StartScreenProps {
  meta: CourseMeta;
  ui: UiText;
  t: <T>(value: { nb: T; nn?: T; en?: T }) => T;
  /** There is saved progress: offer to continue. */
  resuming: boolean;
  /** The lessons are still loading; a press is remembered and carried out when they arrive. */
  busy: boolean;
  onStart: () => void;
  onContents: () => void;
}

/** Title, duration, what you will learn, and "continue where you left off" when there is progress. */
export function StartScreen({ meta, ui, t, resuming, busy, onStart, onContents }: StartScreenProps) {
  return (
    <div class="start">
      <h1 tabIndex={-1}>{t(meta.title)}</h1>
      <p class="lead">{t(meta.description)}</p>
      <p class="duration">{ui.minutes(meta.minutes)}</p>
      <div class="button-row">
        <button type="button" class="button primary" data-action="start" aria-busy={busy ? 'true' : undefined} onClick={onStart}>
          {resuming ? ui.resume : ui.start}
        </button>
        {resuming && !busy && <button type="button" class="button secondary" data-action="contents" onClick={onContents}>{ui.startOver}</button>}
      </div>
      <h2>{ui.whatYouLearn}</h2>
      <ul class="outcomes">{meta.outcomes.map((o, i) => <li key={i}>{t(o)}</li>)}</ul>
      <p class="publisher">{t(meta.publisher)}</p>
    </div>
  );
}
