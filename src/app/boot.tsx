import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Course, CourseMeta, Locale } from '../../course/schema/index.ts';
import { savedLocale } from '../state/serialize.ts';
import type { LaunchInfo, Tracker } from '../tracking/tracker.ts';
import { App } from './app.tsx';
import { Ctx, makeContext } from './context.ts';
import { createController, type Controller } from './controller.ts';
import { FirstStartPage } from './first-start-page.tsx';
import { replaceRoute, START_HASH } from './route.ts';
import { browserLanguages, initialLocale } from './i18n/choose-locale.ts';
import { pick, uiText } from './i18n/ui-text.ts';
import { LaunchProblem } from './notice.tsx';
import { SiteHeader } from './site-header.tsx';
import { theme } from 'virtual:course-theme';

export interface BootProps {
  meta: CourseMeta;
  tracker: Tracker;
  launched: Promise<LaunchInfo>;
  /** Fetches the lessons; called once the start page has been painted. */
  loadContent: () => Promise<Course>;
  win: Window;
}

type Phase = { kind: 'starting'; launch: LaunchInfo | null } | { kind: 'ready'; controller: Controller; launch: LaunchInfo } | { kind: 'invalid'; launch: LaunchInfo } | { kind: 'failed' };

/**
 * Shows the start page at once, from the course metadata on the script's first line, while the
 * LMS connection starts; the lessons are fetched once it is painted; then hands over to the full app. A press on Start before then
 * is remembered, not lost.
 */
export function Boot({ meta, tracker, launched, loadContent, win }: BootProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'starting', launch: null });
  // A press on the prerendered Start link before this script ran left its hash (route.ts START_HASH).
  const [pressed, setPressed] = useState<'start' | 'contents' | null>(() => (win.location.hash === START_HASH ? 'start' : null));
  // Effects run after the first paint: the start page is on screen before the lessons are requested.
  useEffect(() => {
    const content = loadContent();
    content.catch(() => undefined); // handled below; this only keeps an early failure from being reported twice
    launched
      .then((launch) => {
        if (launch.notice === 'LAUNCH_INVALID') return setPhase({ kind: 'invalid', launch });
        setPhase({ kind: 'starting', launch });
        return content.then((course) => setPhase({ kind: 'ready', controller: createController(course, tracker, launch, win), launch }));
      })
      .catch((error: unknown) => {
        console.error('[course] failed to start', error);
        setPhase({ kind: 'failed' });
      });
  }, []);

  const ready = phase.kind === 'ready';
  useEffect(() => {
    if (ready) return;
    // The press (before, or between the first render and now) is remembered; the URL goes back to the start page's.
    const follow = () => {
      if (win.location.hash !== START_HASH) return;
      replaceRoute(win, { screen: 'start' });
      setPressed('start');
    };
    follow();
    win.addEventListener('hashchange', follow);
    return () => win.removeEventListener('hashchange', follow);
  }, [ready]);

  const launch = phase.kind === 'failed' ? null : phase.launch;
  // Before the controller exists: the same rule it uses (controller.ts), from the saved string.
  const guessed = initialLocale({ chosen: savedLocale(launch?.saved), launch: launch?.language ?? null, browser: browserLanguages(win) }, meta.languages);
  // The learner's pick on the start page while the lessons load; handed to the controller when ready.
  const [picked, setPicked] = useState<Locale | null>(null);
  const [shown, setShown] = useState<Locale | null>(null);
  const controller = phase.kind === 'ready' ? phase.controller : null;
  useEffect(() => {
    if (!controller) return;
    if (picked) controller.setLocale(picked);
    setShown(controller.get().locale);
  }, [controller]);
  const locale = controller ? (shown ?? controller.get().locale) : (picked ?? guessed);
  const setLocale = (next: Locale) => {
    if (controller) {
      controller.setLocale(next);
      setShown(controller.get().locale);
    } else setPicked(next);
  };
  // Before the app: before paint, so the first frame over the prerendered bokmål page that is in
  // the learner's language carries its lang attribute too (WCAG 3.1.1).
  useLayoutEffect(() => {
    if (controller) return;
    win.document.documentElement.lang = locale;
    win.document.title = pick(meta.title, locale);
  }, [locale, controller]);
  // In the app: after paint, together with the screen's own title (app.tsx, WCAG 2.4.2).
  useEffect(() => {
    if (controller) win.document.documentElement.lang = locale;
  }, [locale, controller]);
  const context = useMemo(() => (controller ? makeContext(controller, locale, setLocale) : null), [controller, locale]);
  const ui = uiText(locale);

  if (phase.kind === 'invalid') return <LaunchProblem detail={phase.launch.adminDetail ?? null} ui={ui} locale={locale} />;
  if (phase.kind === 'failed') {
    return (
      <>
        <SiteHeader title={pick(meta.title, locale)} agency={pick(theme.agency, locale)} />
        <main id="main" tabIndex={-1} data-screen="error">
          <div class="problem" role="alert">
            <h1>{ui.startFailedTitle}</h1>
            <p>{ui.startFailed}</p>
            <button type="button" class="ds-button" data-variant="primary" data-action="reload" onClick={() => win.location.reload()}>{ui.reload}</button>
          </div>
        </main>
      </>
    );
  }
  if (context) {
    return (
      <Ctx.Provider value={context}>
        <App pressed={pressed} />
      </Ctx.Provider>
    );
  }
  return <FirstStartPage meta={meta} locale={locale} resuming={!!launch?.saved} busy={pressed !== null} onStart={() => setPressed('start')} onContents={() => setPressed('contents')} onLocale={setLocale} />;
}
