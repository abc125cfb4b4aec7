import { useApp, useView } from '../context.ts';

/** Title, duration, what you will learn, and "continue where you left off" when there is progress. */
export function StartScreen({ onStart, onContents }: { onStart: () => void; onContents: () => void }) {
  const { ui, t } = useApp();
  const { index, state } = useView();
  const { meta } = index.course;
  const resuming = state.location !== null;
  return (
    <div class="start">
      <h1 tabIndex={-1}>{t(meta.title)}</h1>
      <p class="lead">{t(meta.description)}</p>
      <p class="duration">{ui.minutes(meta.minutes)}</p>
      <div class="button-row">
        <button type="button" class="button primary" data-action="start" onClick={onStart}>{resuming ? ui.resume : ui.start}</button>
        {resuming && <button type="button" class="button secondary" data-action="contents" onClick={onContents}>{ui.startOver}</button>}
      </div>
      <h2>{ui.whatYouLearn}</h2>
      <ul class="outcomes">{meta.outcomes.map((o, i) => <li key={i}>{t(o)}</li>)}</ul>
      <p class="publisher">{t(meta.publisher)}</p>
    </div>
  );
}
