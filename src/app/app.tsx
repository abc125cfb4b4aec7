import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CourseMeta, Locale } from '../../course/schema/index.ts';
import { Ctx, useCourseView, type AppContext } from './context.ts';
import type { CourseView } from './controller.ts';
import { errorMessage } from '../errors/learner-messages.ts';
import { httpUrl } from '../util/http-url.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { documentTitle } from './document-title.ts';
import { ExitedScreen } from './exited-screen.tsx';
import { LanguageNotice } from './language-notice.tsx';
import { startText } from './i18n/start-text.ts';
import { pick } from './i18n/ui-text.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { LaunchProblem, Notice } from './notice.tsx';
import { PageView } from './page-view.tsx';
import { ProgressAnnouncer } from './progress-announcer.tsx';
import { formatRoute, parseRoute, pushRoute, replaceRoute, START_HASH, type Route } from './route.ts';
import { SaveIndicator } from './save-indicator.tsx';
import { AgencyName, ContentsIcon, ExitIcon, SiteHeader } from './site-header.tsx';
import { CompletionScreen } from './screens/completion-screen.tsx';
import { Contents } from './screens/contents.tsx';
import { StartScreen } from './screens/start-screen.tsx';
import { StatementScreen } from './screens/statement-screen.tsx';

export interface AppProps {
  /** The course metadata (on the app script's first line): all the page needs before the lessons are in. */
  meta: CourseMeta;
  locale: Locale;
  onLocale: (locale: Locale) => void;
  /** A language whose pack could not be fetched (boot.tsx), for the notice; null if none. */
  languageProblem: { failed: Locale; dismiss: () => void } | null;
  /** Before the lessons are in: there is saved progress (known once the LMS/LRS has answered). */
  resuming: boolean;
  /** The URL's hash when the player started: the screen a link or the browser's history asked for. */
  hash: string;
}

/**
 * The course's page on every screen: header, status strip, notices, <main>, footer. It is on
 * screen before the lessons are in (context null): then <main> holds the start page from the
 * metadata alone, and the build prerenders exactly that into index.html (src/prerender-entry.tsx).
 * The lessons fill in the same elements rather than replacing them, so nothing the learner is in
 * the middle of is lost when they arrive: a press on Start (UI Events: a click goes to the common
 * ancestor of press and release, so new nodes in between swallowed it), an open language list,
 * focus (WCAG 2.4.3). What they still move (the menu's buttons beside the language switch) waits
 * until the learner is between actions (boot.tsx, learner-idle.ts). A press before then is
 * remembered and carried out when they arrive.
 */
export function App({ meta, locale, onLocale, languageProblem, resuming, hash }: AppProps) {
  const ctx = useContext(Ctx);
  const view = useCourseView(ctx?.controller ?? null);
  const course = ctx && view ? { ...ctx, view } : null;
  const t = <T,>(value: { nb: T } & Partial<Record<Locale, T>>) => pick(value, locale);
  const words = course?.ui ?? startText(locale);
  const [route, setRoute] = useState<Route>(() => parseRoute(hash));
  // A press on Start or Contents before the lessons are in; on the prerendered Start link before this script ran, it left its hash (route.ts START_HASH).
  const [pressed, setPressed] = useState<'start' | 'contents' | null>(() => (hash === START_HASH ? 'start' : null));
  const [asking, setAsking] = useState<'exit' | null>(null);
  const main = useRef<HTMLElement>(null);
  const exited = course?.view.exited ?? false;
  const focusKey = `${formatRoute(route)}:${exited ? 'x' : ''}`;
  const first = useRef(true);
  const ready = useRef(false);
  ready.current = course !== null;

  // WCAG 2.4.3: after navigation (Back and Forward too), focus moves to the new view's heading.
  // A layout effect: in the same task as the render that replaced the view, so there is no frame
  // with focus on <body> (the pressed control may be gone) and no key press can land there.
  // Before the lessons are in, the start page stays whatever the URL says: nothing to move to.
  useLayoutEffect(() => {
    if (first.current || !ready.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, [focusKey]);

  // Back/Forward and links with a hash (a shared link, "#/tilgjengelighet") change the route.
  useEffect(() => {
    const follow = () => {
      // The prerendered Start link, pressed before the lessons are in: remembered; the URL goes back to the start page's.
      if (!ready.current && window.location.hash === START_HASH) {
        replaceRoute(window, { screen: 'start' });
        setPressed('start');
      }
      setRoute((now) => (formatRoute(now) === formatRoute(parseRoute(window.location.hash)) ? now : parseRoute(window.location.hash)));
    };
    window.addEventListener('hashchange', follow);
    // The hash may have changed between the first render (which read it) and this effect (after paint): catch up.
    follow();
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const here = course && route.screen === 'page' ? course.view.index.pageById.get(route.pageId) : undefined;
  // The page in the URL is the page the learner is on: record the visit (a link or Back may have brought them).
  useEffect(() => {
    if (!course || exited) return;
    if (route.screen === 'page' && !here) {
      setRoute({ screen: 'start' });
      replaceRoute(window, { screen: 'start' });
    } else if (here) course.controller.dispatch({ type: 'goto', pageId: here.page.id });
  }, [here, exited, course === null]);

  const navigate = (next: Route) => {
    pushRoute(window, next);
    setRoute(next);
  };
  const go = (pageId: string) => navigate({ screen: 'page', pageId });
  const bookmark = course?.view.state.location ? course.view.index.pageById.get(course.view.state.location) : undefined;
  const start = () => course && go(bookmark?.page.id ?? course.view.index.pages[0]?.page.id ?? '');
  const exit = async () => {
    setAsking(null);
    if (!course) return;
    // The tracker validated it already; checked again here, where the navigation happens.
    const url = httpUrl(await course.controller.exit(), window.location.href);
    if (url) window.location.assign(url);
  };
  // The learner pressed Start or Contents while the lessons were loading: carry it out now they are in.
  useEffect(() => {
    if (!course || !pressed) return;
    setPressed(null);
    if (pressed === 'start') start();
    else navigate({ screen: 'contents' });
  }, [course === null]);

  useEffect(() => {
    if (!course) return;
    document.title = documentTitle({
      course: t(meta.title),
      route,
      page: here && t(here.page.title),
      lesson: here && t(here.lesson.title),
      exited: exited ? course.ui.exitedTitle : undefined,
      screenName: { start: undefined, contents: course.ui.contents, completion: course.ui.completionTitle, statement: course.ui.statementTitle, page: undefined }[route.screen],
    });
  }, [route, here, exited, locale, course === null]);

  if (course?.view.launch.notice === 'LAUNCH_INVALID') return <LaunchProblem detail={course.view.launch.adminDetail ?? null} ui={course.ui} locale={locale} />;

  const toContents = () => navigate({ screen: 'contents' });
  let content;
  if (!course) content = <StartScreen meta={meta} ui={words} t={t} resuming={resuming} busy={pressed !== null} onStart={() => setPressed('start')} onContents={() => setPressed('contents')} />;
  else if (exited) content = <ExitedScreen />;
  else if (route.screen === 'contents') content = <Contents onOpen={go} />;
  else if (route.screen === 'completion') content = <CompletionScreen onOpen={go} onContents={toContents} />;
  else if (route.screen === 'statement') content = <StatementScreen />;
  else if (here) content = <PageView at={here} onGo={go} onFinish={() => navigate({ screen: 'completion' })} />;
  else {
    const { ui, view: { index, state, summary } } = course;
    content = <StartScreen meta={meta} ui={ui} t={t} resuming={state.location !== null} busy={false} onStart={start} onContents={toContents} after={{ ui, summary, lessons: index.course.lessons, onSummary: () => navigate({ screen: 'completion' }), onRestart: () => course.controller.dispatch({ type: 'reset' }) }} />;
  }
  const screenName = !course ? 'start' : exited ? 'exited' : here ? 'page' : route.screen === 'page' ? 'start' : route.screen;
  const languageSwitch = <LanguageSwitch locale={locale} languages={meta.languages} onChange={onLocale} />;

  // Before the lessons are in, the same elements in the same places, with the course's own parts left out (null): Preact keeps each node.
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>{words.skipToContent}</a>
      <SiteHeader meta={meta} locale={locale}>
        {!exited && (
          <nav class="topnav" aria-label={words.menuLabel}>
            {course && (
              <button type="button" class="ds-button" data-variant="tertiary" data-action="contents" aria-pressed={route.screen === 'contents'} onClick={() => (route.screen === 'contents' && bookmark ? go(bookmark.page.id) : toContents())}>
                <ContentsIcon /><span class="label">{course.ui.openContents}</span>
              </button>
            )}
            {/* Issue 13: one compact control, so the bar stays one line at 320 px. */}
            {languageSwitch}
            {course && (
              <button type="button" class="ds-button" data-variant="tertiary" data-action="exit" onClick={() => setAsking('exit')}>
                <ExitIcon /><span class="label">{course.ui.exit}</span>
              </button>
            )}
          </nav>
        )}
        {exited && <div class="topnav">{languageSwitch}</div>}
      </SiteHeader>
      {/* Reserved before the lessons are in, so nothing shifts when its parts come. */}
      <div class="statusbar" aria-hidden={course ? undefined : 'true'}>
        {course && <CourseStatus course={course} />}
      </div>
      {course && <ProgressAnnouncer />}
      {course && course.view.launch.mode !== 'normal' && <p class="mode-banner">{course.view.launch.mode === 'review' ? course.ui.reviewMode : course.ui.browseMode}</p>}
      {course?.view.launch.notice && <Notice name={course.view.launch.notice} />}
      {languageProblem && <LanguageNotice failed={languageProblem.failed} locale={locale} onClose={languageProblem.dismiss} />}
      {course?.view.status === 'failing' && <SaveFailing locale={locale} />}
      <main id="main" ref={main} tabIndex={-1} data-screen={screenName} data-page={screenName === 'page' ? here?.page.id : undefined}>
        {content}
      </main>
      <footer class="site-footer">
        <AgencyName t={t} />
        <a href="#/tilgjengelighet" data-action="statement" aria-current={course && route.screen === 'statement' ? 'page' : undefined}>{words.statementTitle}</a>
      </footer>
      {asking === 'exit' && course && (
        <ConfirmDialog
          id="exit"
          title={course.ui.exitTitle}
          body={course.ui.exitBody}
          confirm={course.ui.exitConfirm}
          cancel={course.ui.cancel}
          onConfirm={() => void exit()}
          onCancel={() => setAsking(null)}
        />
      )}
    </>
  );
}

/** The status strip once the lessons are in: progress, the final test's status, saving. */
function CourseStatus({ course }: { course: AppContext & { view: CourseView } }) {
  const { ui, view: { index, summary } } = course;
  const pct = Math.round(summary.progress * 100);
  return (
    <>
      <div class="progress" role="group" aria-label={ui.progress(pct)}>
        <progress max={100} value={pct} aria-hidden="true" />
        <span class="progress-text">{ui.progress(pct)}</span>
      </div>
      {index.assessment && <p class={`test-status ${summary.success}`} data-test-status={summary.success}>{ui.testStatus[summary.success]}</p>}
      <SaveIndicator />
    </>
  );
}

/** Saving keeps failing (the tracker's status): said above every screen, with what to do. */
function SaveFailing({ locale }: { locale: Locale }) {
  const saveFailing = errorMessage('SAVE_FAILING', locale);
  return (
    <div class="notice warning" role="alert" data-notice="SAVE_FAILING">
      <p><strong>{saveFailing.what}</strong> {saveFailing.todo}</p>
    </div>
  );
}
