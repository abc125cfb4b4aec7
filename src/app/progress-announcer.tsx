import { useEffect, useRef, useState } from 'preact/hooks';
import type { Summary } from '../state/summary.ts';
import { useApp, useView } from './context.ts';

/**
 * WCAG 4.1.3: progress that changes without a focus move is said aloud. Only milestones (a
 * lesson done, the course done), not every percent: a message per page would drown the heading.
 */
export function ProgressAnnouncer() {
  const { ui, t } = useApp();
  const { summary, index } = useView();
  const before = useRef<Summary>(summary);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const prev = before.current;
    before.current = summary;
    if (prev === summary) return;
    const pct = Math.round(summary.progress * 100);
    const newlyDone = summary.lessons.findIndex((l, i) => l.done && !prev.lessons[i]?.done);
    const lesson = index.course.lessons[newlyDone];
    const parts: string[] = [];
    if (lesson) parts.push(ui.lessonDoneAnnounced(t(lesson.title), pct));
    if (summary.completion === 'completed' && prev.completion !== 'completed') parts.push(ui.courseDoneAnnounced);
    if (parts.length) setMessage(parts.join(' '));
  }, [summary]);
  return <p class="visually-hidden" role="status" data-announcer="progress">{message}</p>;
}
