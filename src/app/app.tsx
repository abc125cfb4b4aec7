import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp, useView } from './context.ts';
import { catalogue } from '../errors/catalogue.ts';
import { httpUrl } from '../util/http-url.ts';
import { LaunchProblem, Notice } from './notice.tsx';
import { PageView } from './page-view.tsx';
import { SaveIndicator } from './save-indicator.tsx';
import { CompletionScreen } from './screens/completion-screen.tsx';
import { Contents } from './screens/contents.tsx';
import { StartScreen } from './screens/start-screen.tsx';

type Screen = 'start' | 'contents' | 'page' | 'completion';

export function App({ pressed = null }: { pressed?: 'start' | 'contents' | null }) {
  const { ui, t, controller } = useApp();
  const view = useView();
  const { index, state, summary, launch } = view;
  const [screen, setScreen] = useState<Screen>('start');
  const main = useRef<HTMLElement>(null);
  const focusKey = `${screen}:${state.location ?? ''}:${view.exited ? 'x' : ''}`;
  const first = useRef(true);

  // WCAG 2.4.3: after navigation, focus moves to the new view's heading.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, [focusKey]);

  const go = (pageId: string) => {
    controller.dispatch({ type: 'goto', pageId });
    setScreen('page');
  };
  const here = state.location ? index.pageById.get(state.location) : undefined;
  const start = () => go(here?.page.id ?? index.pages[0]?.page.id ?? '');
  const exit = async () => {
    // The tracker validated it already; checked again here, where the navigation happens.
    const url = httpUrl(await controller.exit(), window.location.href);
    if (url) window.location.assign(url);
  };
  const pct = Math.round(summary.progress * 100);
  // The learner pressed Start or Contents while the lessons were loading: carry it out now.
  useEffect(() => {
    if (pressed === 'start') start();
    else if (pressed === 'contents') setScreen('contents');
  }, []);
  if (launch.notice === 'LAUNCH_INVALID') return <LaunchProblem detail={launch.adminDetail ?? null} ui={ui} />;

  let content;
  if (view.exited) {
    content = (
      <div class="exited">
        <h1 tabIndex={-1}>{ui.exitedTitle}</h1>
        <p data-exit-saved={view.status === 'saved'}>{view.status === 'saved' ? ui.exitConfirmed : ui.exitNotConfirmed}</p>
      </div>
    );
  } else if (screen === 'contents') content = <Contents onOpen={go} />;
  else if (screen === 'completion') content = <CompletionScreen onOpen={go} />;
  else if (screen === 'page' && here) content = <PageView at={here} onGo={go} onFinish={() => setScreen('completion')} />;
  else content = <StartScreen meta={index.course.meta} ui={ui} t={t} resuming={state.location !== null} busy={false} onStart={start} onContents={() => setScreen('contents')} />;

  return (
    <>
      <a class="skip-link" href="#main">{ui.skipToContent}</a>
      <header class="topbar">
        <p class="course-name">{t(index.course.meta.title)}</p>
        <div class="topbar-meta">
          <div class="progress" role="group" aria-label={ui.progress(pct)}>
            <progress max={100} value={pct} aria-hidden="true" />
            <span class="progress-text">{ui.progress(pct)}</span>
          </div>
          <SaveIndicator />
        </div>
        {!view.exited && (
          <nav class="topnav" aria-label="Kursmeny">
            <button type="button" class="button ghost" data-action="contents" aria-pressed={screen === 'contents'} onClick={() => setScreen(screen === 'contents' && here ? 'page' : 'contents')}>
              {ui.openContents}
            </button>
            <button type="button" class="button ghost" data-action="exit" onClick={() => void exit()}>{ui.exit}</button>
          </nav>
        )}
      </header>
      {launch.mode !== 'normal' && <p class="mode-banner">{launch.mode === 'review' ? ui.reviewMode : ui.browseMode}</p>}
      {launch.notice && <Notice name={launch.notice} />}
      {view.status === 'failing' && (
        <div class="notice warning" role="alert" data-notice="SAVE_FAILING">
          <p><strong>{catalogue.SAVE_FAILING.what}</strong> {catalogue.SAVE_FAILING.todo}</p>
        </div>
      )}
      <main id="main" ref={main} tabIndex={-1} data-screen={view.exited ? 'exited' : screen} data-page={screen === 'page' ? state.location ?? undefined : undefined}>
        {content}
      </main>
    </>
  );
}
