import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Course, CourseMeta, Locale } from '../../course/schema/index.ts';
import { savedLocale } from '../state/serialize.ts';
import type { LaunchInfo, Tracker } from '../tracking/tracker.ts';
import { App } from './app.tsx';
import { Ctx, makeContext } from './context.ts';
import { createController, type Controller } from './controller.ts';
import { browserLanguages, initialLocale } from './i18n/choose-locale.ts';
import { pick, uiText } from './i18n/ui-text.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { LaunchProblem } from './notice.tsx';
import { StartScreen } from './screens/start-screen.tsx';

export interface BootProps {
  meta: CourseMeta;
  tracker: Tracker;
  launched: Promise<LaunchInfo>;
  content: Promise<Course>;
  win: Window;
}

type Phase = { kind: 'starting'; launch: LaunchInfo | null } | { kind: 'ready'; controller: Controller; launch: LaunchInfo } | { kind: 'invalid'; launch: LaunchInfo } | { kind: 'failed' };

/**
 * Shows the start page at once, from the inline course metadata, while the LMS connection and
 * the lessons load in parallel; then hands over to the full app. A press on Start before then
 * is remembered, not lost.
 */
export function Boot({ meta, tracker, launched, content, win }: BootProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'starting', launch: null });
  const [pressed, setPressed] = useState<'start' | 'contents' | null>(null);
  useEffect(() => {
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
  useEffect(() => {
    win.document.documentElement.lang = locale;
    // Once the app runs it titles each screen itself (app.tsx, WCAG 2.4.2).
    if (!controller) win.document.title = pick(meta.title, locale);
  }, [locale, controller]);
  const context = useMemo(() => (controller ? makeContext(controller, locale, setLocale) : null), [controller, locale]);
  const ui = uiText(locale);

  if (phase.kind === 'invalid') return <LaunchProblem detail={phase.launch.adminDetail ?? null} ui={ui} />;
  if (phase.kind === 'failed') return <main id="main"><p>{ui.startFailed}</p></main>;
  if (context) {
    return (
      <Ctx.Provider value={context}>
        <App pressed={pressed} />
      </Ctx.Provider>
    );
  }
  return (
    <>
      <header class="topbar">
        <p class="course-name">{pick(meta.title, locale)}</p>
        <LanguageSwitch locale={locale} languages={meta.languages} onChange={setLocale} />
      </header>
      <main id="main" tabIndex={-1} data-screen="start">
        <StartScreen meta={meta} ui={ui} t={(v) => pick(v, locale)} resuming={!!launch?.saved} busy={pressed !== null} onStart={() => setPressed('start')} onContents={() => setPressed('contents')} />
      </main>
    </>
  );
}
