import type { PageRef } from '../state/course-index.ts';
import { BlockView } from './blocks/block-view.tsx';
import { IllustrationView } from './blocks/illustration-view.tsx';
import { useApp, useView } from './context.ts';

/** One page of a lesson, with previous/next. */
export function PageView({ at, onGo, onFinish }: { at: PageRef; onGo: (pageId: string) => void; onFinish: () => void }) {
  const { ui, t } = useApp();
  const { index } = useView();
  const prev = index.pages[at.index - 1];
  const next = index.pages[at.index + 1];
  const inLesson = at.lesson.pages.indexOf(at.page);
  return (
    <article class="page" aria-labelledby="page-h">
      {/* The lesson's name is part of the heading: a screen reader landing on it hears where it is. */}
      <h1 id="page-h" tabIndex={-1}>
        {t(at.page.title) !== t(at.lesson.title) && <span class="heading-lesson">{t(at.lesson.title)}<span class="visually-hidden">:</span> </span>}
        <span class="heading-page">{t(at.page.title)}</span>
      </h1>
      <p class="eyebrow">{ui.pageOf(inLesson + 1, at.lesson.pages.length)} · {ui.minutes(at.lesson.minutes)}</p>
      {inLesson === 0 && <IllustrationView illustration={at.lesson.cover} class="lesson-cover" />}
      {at.page.blocks.map((block, i) => <BlockView key={`${at.page.id}-${i}`} block={block} />)}
      <nav class="pager" aria-label={`${t(at.lesson.title)}: ${ui.pageOf(inLesson + 1, at.lesson.pages.length)}`}>
        {prev ? <button type="button" class="button secondary" data-action="prev" onClick={() => onGo(prev.page.id)}>← {ui.previous}</button> : <span />}
        <span class="page-count" aria-hidden="true">{ui.pageOf(inLesson + 1, at.lesson.pages.length)}</span>
        {next ? <button type="button" class="button" data-action="next" onClick={() => onGo(next.page.id)}>{ui.next} →</button> : <button type="button" class="button" data-action="next" onClick={onFinish}>{ui.finish} →</button>}
      </nav>
    </article>
  );
}
