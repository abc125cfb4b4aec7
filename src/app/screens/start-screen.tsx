import { InlineIllustration } from '../blocks/illustration-view.tsx';
import { useState } from 'preact/hooks';
import type { CourseMeta, Lesson } from '../../../course/schema/index.ts';
import type { Summary } from '../../state/summary.ts';
import { ConfirmDialog } from '../confirm-dialog.tsx';
import { isWebVersion } from '../course-target.ts';
import type { StartText } from '../i18n/start-text.ts';
import type { UiText } from '../i18n/ui-text.ts';
import { formatRoute, START_HASH } from '../route.ts';
import { AgencyName } from '../site-header.tsx';

/** Known once the lessons have loaded: where the learner stands, to say what is left. */
export interface StartAfter {
  /** All the player's words: the learner's language pack is in by now. */
  ui: UiText;
  summary: Summary;
  lessons: Lesson[];
  onSummary: () => void;
  /** Web version only: wipe progress (not reflections) and begin again. */
  onRestart: () => void;
}

export interface StartScreenProps {
  meta: CourseMeta;
  /** The start page's words, in the app script for every language (start-text.ts); the rest come with `after`. */
  ui: StartText;
  t: <T>(value: { nb: T; nn?: T; en?: T }) => T;
  /** There is saved progress: offer to continue. */
  resuming: boolean;
  /** The lessons are still loading; a press is remembered and carried out when they arrive. */
  busy: boolean;
  onStart: () => void;
  onContents: () => void;
  after?: StartAfter;
}

/** Minutes still ahead: each lesson's minutes times the share of it not yet done. */
function minutesLeft(after: StartAfter): number {
  const left = after.lessons.reduce((sum, l, i) => sum + l.minutes * (1 - (after.summary.lessons[i]?.progress ?? 0)), 0);
  return Math.max(1, Math.round(left));
}

/** Title, duration, what you will learn; "continue" when there is progress; after completion, what now. */
export function StartScreen({ meta, ui, t, resuming, busy, onStart, onContents, after }: StartScreenProps) {
  const [asking, setAsking] = useState(false);
  const completed = after?.summary.completion === 'completed' ? after : null;
  return (
    <div class="start" data-start={completed ? 'completed' : resuming ? 'resuming' : 'new'}>
      <div class="start-hero">
        <div>
          <AgencyName t={t} class="start-agency" logo />
          <h1 tabIndex={-1}>{t(meta.title)}</h1>
          <p class="lead">{completed ? completed.ui.courseCompletedStart : t(meta.description)}</p>
          <ul class="facts">
            {!completed && <li class="duration">{resuming && after ? after.ui.minutesLeft(minutesLeft(after)) : ui.minutes(meta.minutes)}</li>}
            <li>{ui.expectationsCount(meta.objectives.length)}</li>
            <li>{ui.lessonsCount(meta.lessonCount)}</li>
          </ul>
          <div class="button-row">
            {/* One link in every state, so a keyboard learner's focus on «Fortsett» carries on when the
                lessons fill in the page and show that the course is completed (WCAG 2.4.3). A link, so a
                press works before any script has run (the page is prerendered into index.html): it sets
                START_HASH, which boot reads; once the app runs, the click is handled here. */}
            <a
              href={completed ? formatRoute({ screen: 'completion' }) : START_HASH}
              class="ds-button"
              data-variant="primary"
              data-action={completed ? 'summary' : 'start'}
              aria-busy={busy ? 'true' : undefined}
              onClick={(e) => {
                e.preventDefault();
                if (completed) completed.onSummary();
                else onStart();
              }}
            >
              {completed ? completed.ui.seeSummary : resuming ? ui.resume : ui.start}
            </a>
            {(completed || (resuming && !busy)) && <button type="button" class="ds-button" data-variant="secondary" data-action="contents" onClick={onContents}>{completed ? completed.ui.reviewCourse : ui.startOver}</button>}
            {isWebVersion && after && resuming && <button type="button" class="ds-button" data-variant="secondary" data-action="restart" onClick={() => setAsking(true)}>{after.ui.restart}</button>}
          </div>
        </div>
        {meta.cover && <div class="cover"><InlineIllustration illustration={meta.cover} label={meta.cover.alt && t(meta.cover.alt)} class="course-cover" /></div>}
      </div>
      <div class="start-body">
        <section class="ds-card" aria-labelledby="learn-h">
          <h2 id="learn-h">{ui.whatYouLearn}</h2>
          <ul class="outcomes">{meta.outcomes.map((o, i) => <li key={i}>{t(o)}</li>)}</ul>
        </section>
        <section class="ds-card" data-variant="tinted" aria-labelledby="about-h">
          <h2 id="about-h">{ui.aboutCourse}</h2>
          <p class="publisher">{t(meta.publisher)}</p>
          <p>{ui.aboutCourseText}</p>
          <p class="statement-link"><a href="#/tilgjengelighet">{ui.statementTitle}</a></p>
        </section>
      </div>
      {asking && after && (
        <ConfirmDialog
          id="restart"
          title={after.ui.restartTitle}
          body={after.ui.restartBody}
          confirm={after.ui.restartConfirm}
          cancel={after.ui.cancel}
          onConfirm={() => {
            setAsking(false);
            after.onRestart();
            requestAnimationFrame(() => document.querySelector<HTMLElement>('.start h1')?.focus());
          }}
          onCancel={() => setAsking(false)}
        />
      )}
    </div>
  );
}
