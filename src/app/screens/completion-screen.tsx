import { useState } from 'preact/hooks';
import { resumePage } from '../../state/course-index.ts';
import { lessonsBeforeTest } from '../../state/final-test-access.ts';
import { loadOwnName, saveOwnName } from '../../state/own-name-store.ts';
import { fromDay } from '../../util/calendar-day.ts';
import { ResultRows } from '../blocks/result-rows.tsx';
import { downloadPlan, findActionPlan, planEntries } from '../blocks/plan-text.ts';
import { useApp, useView } from '../context.ts';
import { isWebVersion } from '../course-target.ts';
import { AgencyName, Logo } from '../site-header.tsx';
import { certificateName } from './certificate-name.ts';
import { OwnNameField } from './own-name-field.tsx';

/**
 * The end: completion, score and result per expectation, what is left if anything, the action
 * plan to download and the certificate of completion. «Skriv ut kursbevis» prints the
 * certificate alone on one page with print CSS (styles/print.css): no PDF library. The name on
 * it is the LMS's or LRS's; in the web version, what the learner types (OwnNameField).
 */
export function CompletionScreen({ onOpen, onContents }: { onOpen: (pageId: string) => void; onContents: () => void }) {
  const { ui, t } = useApp();
  const { index, summary, state, launch } = useView();
  const left = index.course.lessons.filter((l, i) => l.required && !summary.lessons[i]?.done);
  const testLesson = index.assessment ? index.lessonOf.get(index.assessment.id) : undefined;
  const testLocked = index.course.meta.finalTestAccess === 'after-lessons' && lessonsBeforeTest(index, summary).length > 0;
  const best = state.attempts.reduce<(typeof state.attempts)[number] | null>((b, a) => (!b || a.score > b.score ? a : b), null);
  const plan = findActionPlan(index);
  const planFilled = plan ? state.reflections[plan.id] !== undefined : false;
  const completed = summary.completion === 'completed';
  // A certificate says the course is done; where there is a test, passing it is part of that.
  const { certified } = summary;
  // The day it was earned (state.ts); today only for a certificate earned before that was kept.
  const earnedOn = ui.formatDate((state.certifiedOn && fromDay(state.certifiedOn)) || new Date());
  const courseId = index.course.meta.id;
  // The web version has no LMS/LRS to name the learner: the learner may type a name (kept on this device only).
  const [ownName, setOwnName] = useState(() => (isWebVersion ? loadOwnName(window, courseId) : ''));
  const name = isWebVersion ? ownName.trim() || null : certificateName(launch.learnerName);
  return (
    <div class="completion" data-completion={summary.completion}>
      <h1 tabIndex={-1}>{ui.completionTitle}</h1>
      <p class="lead">{completed ? ui.completed : ui.notCompleted(left.length)}</p>
      {left.length > 0 && (
        <ul class="parts-left">
          {left.map((l) => {
            const target = resumePage(l, state.visited);
            if (l === testLesson && testLocked) return <li key={l.id} data-left={l.id}>{t(l.title)}: {ui.testLocked}</li>;
            const label = l === testLesson ? (state.attempts.length ? ui.retakeTest : ui.takeTest) : `${ui.goTo} ${t(l.title)}`;
            return <li key={l.id} data-left={l.id}><button type="button" class="link-button" onClick={() => target && onOpen(target.id)}>{label}</button></li>;
          })}
        </ul>
      )}
      {best && (
        <section class="ds-card" aria-labelledby="result-h">
          <h2 id="result-h">{ui.yourResult}</h2>
          <p data-result={summary.success}>{summary.success === 'passed' ? ui.passed(best.score) : ui.failed(best.score, index.mastery)}</p>
          <ResultRows result={best} />
        </section>
      )}
      {/* At 48rem and up the plan and what comes next sit beside the certificate, which is a preview of what prints (print.css). */}
      <div class="completion-grid">
        <div>
          {plan && (
            <section class="ds-card" data-variant="tinted" aria-labelledby="plan-h">
              <h2 id="plan-h">{ui.yourPlan}</h2>
              <p>{planFilled ? ui.planIntro : ui.noPlanYet}</p>
              <button type="button" class="ds-button" data-variant="primary" data-action="download-plan" onClick={() => downloadPlan(plan, planEntries(plan, index, state.reflections, t), ui, t)}>{ui.downloadPlan}</button>
            </section>
          )}
          <h2>{ui.nextSteps}</h2>
          <div class="button-row">
            {certified && <button type="button" class="ds-button" data-variant="primary" data-action="print-certificate" onClick={() => window.print()}>{ui.printCertificate}</button>}
            <button type="button" class="ds-button" data-variant="secondary" data-action="review" onClick={onContents}>{ui.reviewCourse}</button>
          </div>
          {certified && <p class="hint">{ui.certificateHint}</p>}
        </div>
        {certified && (
          <div>
            {isWebVersion && <OwnNameField value={ownName} onInput={(v) => { setOwnName(v); saveOwnName(window, courseId, v); }} />}
            <section class="certificate" data-certificate aria-labelledby="certificate-h">
              <Logo />
              <h2 id="certificate-h">{ui.certificateTitle}</h2>
              <p>{ui.certificateConfirms}</p>
              <p class="certificate-name" data-learner={name ? 'known' : 'unknown'}>{name ?? ui.certificateLearnerUnknown}</p>
              <p>{ui.certificateText(t(index.course.meta.title), earnedOn)}</p>
              {summary.score !== null && <p>{ui.certificateScore(summary.score)}</p>}
              <AgencyName t={t} class="certificate-agency" />
            </section>
          </div>
        )}
      </div>
    </div>
  );
}
