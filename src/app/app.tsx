import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useApp, useView } from './context.ts';
import { errorMessage } from '../errors/learner-messages.ts';
import { httpUrl } from '../util/http-url.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { documentTitle } from './document-title.ts';
import { ExitedScreen } from './exited-screen.tsx';
import { LanguageNotice } from './language-notice.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { LaunchProblem, Notice } from './notice.tsx';
import { PageView } from './page-view.tsx';
import { ProgressAnnouncer } from './progress-announcer.tsx';
import { formatRoute, parseRoute, pushRoute, replaceRoute, type Route } from './route.ts';
import { SaveIndicator } from './save-indicator.tsx';
import { ContentsIcon, ExitIcon, SiteHeader } from './site-header.tsx';
import { theme } from 'virtual:course-theme';
import { CompletionScreen } from './screens/completion-screen.tsx';
import { Contents } from './screens/contents.tsx';
import { StartScreen } from './screens/start-screen.tsx';
import { StatementScreen } from './screens/statement-screen.tsx';

export function App({ pressed = null }: { pressed?: 'start' | 'contents' | null }) {
  const { ui, t, controller, locale, languages, setLocale, languageProblem } = useApp();
  const view = useView();
  const { index, state, summary, launch } = view;
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  const [asking, setAsking] = useState<'exit' | null>(null);
  const main = useRef<HTMLElement>(null);
  const focusKey = `${formatRoute(route)}:${view.exited ? 'x' : ''}`;
  const first = useRef(true);

  // WCAG 2.4.3: after navigation (Back and Forward too), focus moves to the new view's heading.
  // A layout effect: in the same task as the render that replaced the view, so there is no frame
  // with focus on <body> (the pressed control may be gone) and no key press can land there.
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, [focusKey]);

  // Back/Forward and links with a hash (a shared link, "#/tilgjengelighet") change the route.
  useEffect(() => {
    const follow = () => setRoute((now) => (formatRoute(now) === formatRoute(parseRoute(window.location.hash)) ? now : parseRoute(window.location.hash)));
    window.addEventListener('hashchange', follow);
    // The hash may have changed between the first render (which read it) and this effect (after paint): catch up.
    follow();
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const here = route.screen === 'page' ? index.pageById.get(route.pageId) : undefined;
  // The page in the URL is the page the learner is on: record the visit (a link or Back may have brought them).
  useEffect(() => {
    if (view.exited) return;
    if (route.screen === 'page' && !here) {
      setRoute({ screen: 'start' });
      replaceRoute(window, { screen: 'start' });
    } else if (here) controller.dispatch({ type: 'goto', pageId: here.page.id });
  }, [here, view.exited]);

  const navigate = (next: Route) => {
    pushRoute(window, next);
    setRoute(next);
  };
  const go = (pageId: string) => navigate({ screen: 'page', pageId });
  const bookmark = state.location ? index.pageById.get(state.location) : undefined;
  const start = () => go(bookmark?.page.id ?? index.pages[0]?.page.id ?? '');
  const exit = async () => {
    setAsking(null);
    // The tracker validated it already; checked again here, where the navigation happens.
    const url = httpUrl(await controller.exit(), window.location.href);
    if (url) window.location.assign(url);
  };
  const pct = Math.round(summary.progress * 100);
  // The learner pressed Start or Contents while the lessons were loading: carry it out now.
  useEffect(() => {
    if (pressed === 'start') start();
    else if (pressed === 'contents') navigate({ screen: 'contents' });
  }, []);

  useEffect(() => {
    document.title = documentTitle({
      course: t(index.course.meta.title),
      route,
      page: here && t(here.page.title),
      lesson: here && t(here.lesson.title),
      exited: view.exited ? ui.exitedTitle : undefined,
      screenName: { start: undefined, contents: ui.contents, completion: ui.completionTitle, statement: ui.statementTitle, page: undefined }[route.screen],
    });
  }, [route, here, view.exited, locale]);

  if (launch.notice === 'LAUNCH_INVALID') return <LaunchProblem detail={launch.adminDetail ?? null} ui={ui} locale={locale} />;

  const saveFailing = errorMessage('SAVE_FAILING', locale);
  let content;
  if (view.exited) content = <ExitedScreen />;
  else if (route.screen === 'contents') content = <Contents onOpen={go} />;
  else if (route.screen === 'completion') content = <CompletionScreen onOpen={go} onContents={() => navigate({ screen: 'contents' })} />;
  else if (route.screen === 'statement') content = <StatementScreen />;
  else if (here) content = <PageView at={here} onGo={go} onFinish={() => navigate({ screen: 'completion' })} />;
  else content = <StartScreen meta={index.course.meta} ui={ui} t={t} resuming={state.location !== null} busy={false} onStart={start} onContents={() => navigate({ screen: 'contents' })} after={{ ui, summary, lessons: index.course.lessons, onSummary: () => navigate({ screen: 'completion' }), onRestart: () => controller.dispatch({ type: 'reset' }) }} />;
  const screenName = view.exited ? 'exited' : here ? 'page' : route.screen === 'page' ? 'start' : route.screen;

  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>{ui.skipToContent}</a>
      <SiteHeader title={t(index.course.meta.title)} agency={t(theme.agency)}>
        {!view.exited && (
          <nav class="topnav" aria-label={ui.menuLabel}>
            <button type="button" class="ds-button" data-variant="tertiary" data-action="contents" aria-pressed={route.screen === 'contents'} onClick={() => (route.screen === 'contents' && bookmark ? go(bookmark.page.id) : navigate({ screen: 'contents' }))}>
              <ContentsIcon /><span class="label">{ui.openContents}</span>
            </button>
            {/* Issue 13: one compact control, so the bar stays one line at 320 px. */}
            <LanguageSwitch locale={locale} languages={languages} onChange={setLocale} />
            <button type="button" class="ds-button" data-variant="tertiary" data-action="exit" onClick={() => setAsking('exit')}>
              <ExitIcon /><span class="label">{ui.exit}</span>
            </button>
          </nav>
        )}
        {view.exited && <div class="topnav"><LanguageSwitch locale={locale} languages={languages} onChange={setLocale} /></div>}
      </SiteHeader>
      <div class="statusbar">
        <div class="progress" role="group" aria-label={ui.progress(pct)}>
          <progress max={100} value={pct} aria-hidden="true" />
          <span class="progress-text">{ui.progress(pct)}</span>
        </div>
        {index.assessment && <p class={`test-status ${summary.success}`} data-test-status={summary.success}>{ui.testStatus[summary.success]}</p>}
        <SaveIndicator />
      </div>
      <ProgressAnnouncer />
      {launch.mode !== 'normal' && <p class="mode-banner">{launch.mode === 'review' ? ui.reviewMode : ui.browseMode}</p>}
      {launch.notice && <Notice name={launch.notice} />}
      {languageProblem && <LanguageNotice failed={languageProblem.failed} locale={locale} onClose={languageProblem.dismiss} />}
      {view.status === 'failing' && (
        <div class="notice warning" role="alert" data-notice="SAVE_FAILING">
          <p><strong>{saveFailing.what}</strong> {saveFailing.todo}</p>
        </div>
      )}
      <main id="main" ref={main} tabIndex={-1} data-screen={screenName} data-page={screenName === 'page' ? here?.page.id : undefined}>
        {content}
      </main>
      <footer class="site-footer">
        <p>{t(theme.agency)}</p>
        <a href="#/tilgjengelighet" data-action="statement" aria-current={route.screen === 'statement' ? 'page' : undefined}>{ui.statementTitle}</a>
      </footer>
      {asking === 'exit' && (
        <ConfirmDialog
          id="exit"
          title={ui.exitTitle}
          body={ui.exitBody}
          confirm={ui.exitConfirm}
          cancel={ui.cancel}
          onConfirm={() => void exit()}
          onCancel={() => setAsking(null)}
        />
      )}
    </>
  );
}
