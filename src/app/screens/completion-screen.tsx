import { lessonsBeforeTest } from '../../state/final-test-access.ts';
import { ResultTable } from '../blocks/result-table.tsx';
import { downloadPlan, findActionPlan, planEntries } from '../blocks/plan-text.ts';
import { useApp, useView } from '../context.ts';

/** The end: completion, score and result per expectation, what is left if anything, and what to do next. */
export function CompletionScreen({ onOpen, onContents }: { onOpen: (pageId: string) => void; onContents: () => void }) {
  const { ui, t } = useApp();
  const { index, summary, state, launch } = useView();
  const left = index.course.lessons.filter((l, i) => l.required && !summary.lessons[i]?.done);
  const testLesson = index.assessment ? index.lessonOf.get(index.assessment.id) : undefined;
  const testLocked = index.course.meta.finalTestAccess === 'after-lessons' && lessonsBeforeTest(index, summary).length > 0;
  const best = state.attempts.reduce<(typeof state.attempts)[number] | null>((b, a) => (!b || a.score > b.score ? a : b), null);
  const plan = findActionPlan(index);
  const completed = summary.completion === 'completed';
  // A certificate says the course is done; where there is a test, passing it is part of that.
  const certified = completed && (!index.assessment || summary.success === 'passed');
  const today = ui.formatDate(new Date());
  return (
    <div class="completion" data-completion={summary.completion}>
      <h1 tabIndex={-1}>{ui.completionTitle}</h1>
      <p class="lead">{completed ? ui.completed : ui.notCompleted(left.length)}</p>
      {best && <p data-result={summary.success}>{summary.success === 'passed' ? ui.passed(best.score) : ui.failed(best.score, index.mastery)}</p>}
      {best && <ResultTable result={best} />}
      {left.length > 0 && (
        <ul class="parts-left">
          {left.map((l) => {
            const target = l.pages.find((p) => !state.visited.includes(p.id)) ?? l.pages[0];
            if (l === testLesson && testLocked) return <li key={l.id} data-left={l.id}>{t(l.title)}: {ui.testLocked}</li>;
            const label = l === testLesson ? (state.attempts.length ? ui.retakeTest : ui.takeTest) : `${ui.goTo} ${t(l.title)}`;
            return <li key={l.id} data-left={l.id}><button type="button" class="link-button" onClick={() => target && onOpen(target.id)}>{label}</button></li>;
          })}
        </ul>
      )}
      <h2>{ui.nextSteps}</h2>
      <div class="button-row">
        {plan && <button type="button" class="button" data-action="download-plan" onClick={() => downloadPlan(plan, planEntries(plan, index, state.reflections, t), ui, t)}>{ui.downloadPlan}</button>}
        <button type="button" class="button secondary" data-action="review" onClick={onContents}>{ui.reviewCourse}</button>
        {certified && <button type="button" class="button secondary" data-action="print-certificate" onClick={() => window.print()}>{ui.printCertificate}</button>}
      </div>
      {certified && (
        <section class="certificate" data-certificate aria-labelledby="certificate-h">
          <h2 id="certificate-h">{ui.certificateTitle}</h2>
          {launch.learnerName && <p class="certificate-name">{launch.learnerName}</p>}
          <p>{ui.certificateText(t(index.course.meta.title), today)}</p>
          {summary.score !== null && <p>{ui.certificateScore(summary.score)}</p>}
        </section>
      )}
    </div>
  );
}
