import { resumePage } from '../../state/course-index.ts';
import { useApp, useView } from '../context.ts';

/** Table of contents with progress per lesson. */
export function Contents({ onOpen }: { onOpen: (pageId: string) => void }) {
  const { ui, t } = useApp();
  const { index, summary, state } = useView();
  return (
    <nav class="contents" aria-labelledby="contents-h">
      <h1 id="contents-h" tabIndex={-1}>{ui.contents}</h1>
      <ol class="lesson-list">
        {index.course.lessons.map((lesson, i) => {
          const s = summary.lessons[i];
          const pct = Math.round((s?.progress ?? 0) * 100);
          const resumeAt = resumePage(lesson, state.visited);
          const statusText = s?.done ? ui.lessonDone : pct > 0 ? ui.lessonProgress(pct) : ui.lessonNotStarted;
          return (
            <li key={lesson.id} class={`ds-card${s?.done ? ' done' : ''}`} data-variant={s?.done ? 'tinted' : undefined} data-lesson={lesson.id}>
              <p class="lesson-number">{ui.lessonNumber(i + 1)}</p>
              <button type="button" class="lesson-link" onClick={() => resumeAt && onOpen(resumeAt.id)}>
                <span class="lesson-title">{t(lesson.title)}</span>
                <span class="lesson-meta">{ui.minutes(lesson.minutes)} · {statusText}</span>
              </button>
              {lesson.summary && <p class="lesson-summary">{t(lesson.summary)}</p>}
              <progress max={100} value={pct} aria-label={`${t(lesson.title)}: ${statusText}`} />
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
