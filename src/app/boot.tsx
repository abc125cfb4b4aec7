import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Course, CourseMeta, Locale } from '../../course/schema/index.ts';
import { savedLocale } from '../state/serialize.ts';
import type { LaunchInfo, Tracker } from '../tracking/tracker.ts';
import { App } from './app.tsx';
import { Ctx, makeContext } from './context.ts';
import { createController, type Controller } from './controller.ts';
import { useLearnerIdle } from './learner-idle.ts';
import { browserLanguages, initialLocale } from './i18n/choose-locale.ts';
import { hasWords } from './i18n/language-pack.ts';
import { loadLanguagePack } from './i18n/load-language-pack.ts';
import { startText } from './i18n/start-text.ts';
import { pick } from './i18n/ui-text.ts';
import { LaunchProblem } from './notice.tsx';
import { SiteHeader } from './site-header.tsx';

export interface BootProps {
  meta: CourseMeta;
  tracker: Tracker;
  launched: Promise<LaunchInfo>;
  /** Fetches the lessons; called once the start page has been painted. */
  loadContent: () => Promise<Course>;
  win: Window;
}

type Phase = { kind: 'starting'; launch: LaunchInfo | null } | { kind: 'ready'; controller: Controller; launch: LaunchInfo } | { kind: 'invalid'; launch: LaunchInfo } | { kind: 'failed'; launch: LaunchInfo | null };

/**
 * Shows the start page at once, from the course metadata on the script's first line and the
 * start page's words (start-text.ts), while the LMS connection starts; the lessons and the
 * learner's language pack (language-pack.ts) are fetched once it is painted; then they fill in the
 * same page (app.tsx), and a press on Start before then is carried out. A language switch shows
 * the new language once its pack is in (the old one stays until then); a pack that cannot be
 * fetched is said (LanguageNotice), and without any language's words the course cannot start.
 */
export function Boot({ meta, tracker, launched, loadContent, win }: BootProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'starting', launch: null });
  // Read once: App takes its first route (and a press on the prerendered Start link) from it.
  const [hash] = useState(() => win.location.hash);
  // Effects run after the first paint: the start page is on screen before the lessons are requested.
  useEffect(() => {
    const content = loadContent();
    content.catch(() => undefined); // handled below; this only keeps an early failure from being reported twice
    launched
      .then((launch) => {
        if (launch.notice === 'LAUNCH_INVALID') return setPhase({ kind: 'invalid', launch });
        setPhase({ kind: 'starting', launch });
        // A start that has failed already (its language's words could not be fetched) stays failed.
        return content.then((course) => setPhase((now) => (now.kind === 'failed' ? now : { kind: 'ready', controller: createController(course, tracker, launch, win), launch })));
      })
      .catch((error: unknown) => {
        console.error('[course] failed to start', error);
        setPhase({ kind: 'failed', launch: null });
      });
  }, []);

  // The lessons change the start page as they fill it in (the header's menu, what is left to do): it
  // waits while the learner is in the middle of something there (a press, an open list), which a
  // change under them would undo (learner-idle.ts). Once filled in, it stays.
  const [filledIn, setFilledIn] = useState(false);
  const idle = useLearnerIdle(win.document, !filledIn);

  const launch = phase.launch;
  // Before the controller exists: the same rule it uses (controller.ts), from the saved string.
  const guessed = initialLocale({ chosen: savedLocale(launch?.saved), launch: launch?.language ?? null, browser: browserLanguages(win) }, meta.languages);
  // The learner's pick on the start page while the lessons load; handed to the controller when ready.
  const [picked, setPicked] = useState<Locale | null>(null);
  const controller = phase.kind === 'ready' ? phase.controller : null;
  // The controller owns the language once it exists; Boot follows it (it builds the context from it).
  const [shown, setShown] = useState<Locale | null>(null);
  useEffect(() => {
    if (!controller) return;
    if (picked) controller.setLocale(picked);
    const follow = () => setShown(controller.get().locale);
    follow();
    return controller.subscribe(follow);
  }, [controller]);
  const locale = controller ? (shown ?? controller.get().locale) : (picked ?? guessed);
  // A pack that arrives re-renders (hasWords changes outside Preact's state); a failed one is said.
  const [, setWordsIn] = useState(0);
  const [packFailed, setPackFailed] = useState<Locale | null>(null);
  // The language the course opens in, known with the launch (the LMS's, the saved or ?lang= one, else the browser's): its pack then, beside the lessons.
  const launchKnown = launch !== null;
  useEffect(() => {
    if (!launchKnown || hasWords(locale)) return;
    let live = true;
    loadLanguagePack(locale, win).then(
      () => live && setWordsIn((n) => n + 1),
      (error: unknown) => {
        console.error('[course] language pack', error);
        // No words of that language: the course cannot run in it, and says so (start failed, reload).
        if (live && !hasWords(locale)) setPhase({ kind: 'failed', launch });
      },
    );
    return () => {
      live = false;
    };
  }, [locale, launchKnown]);
  // A switch's pack may arrive after the app has taken over: apply it to the controller there is then.
  const current = useRef(controller);
  current.current = controller;
  const setLocale = (next: Locale) => {
    const apply = () => {
      setPackFailed(null);
      const c = current.current;
      if (c) c.setLocale(next);
      else setPicked(next);
    };
    if (hasWords(next)) return apply();
    loadLanguagePack(next, win).then(apply, (error: unknown) => {
      console.error('[course] language pack', error);
      setPackFailed(next);
    });
  };
  const problem = packFailed ? { failed: packFailed, dismiss: () => setPackFailed(null) } : null;
  const wordsIn = hasWords(locale);
  const context = useMemo(() => (controller && wordsIn ? makeContext(controller, locale) : null), [controller, locale, wordsIn]);
  const lessonsShown = phase.kind === 'ready' && (idle || filledIn) && context !== null;
  // In the same task as the commit (before any next press), so the lessons are never taken away again.
  useLayoutEffect(() => {
    if (lessonsShown) setFilledIn(true);
  }, [lessonsShown]);
  // Before the lessons are in: before paint, so the first frame over the prerendered bokmål page that is in
  // the learner's language carries its lang attribute too (WCAG 3.1.1).
  useLayoutEffect(() => {
    if (lessonsShown) return;
    win.document.documentElement.lang = locale;
    win.document.title = pick(meta.title, locale);
  }, [locale, lessonsShown]);
  // With the lessons in: after paint, together with the screen's own title (app.tsx, WCAG 2.4.2).
  useEffect(() => {
    if (lessonsShown) win.document.documentElement.lang = locale;
  }, [locale, lessonsShown]);
  const ui = startText(locale);

  if (phase.kind === 'invalid') return <LaunchProblem detail={phase.launch.adminDetail ?? null} ui={ui} locale={locale} />;
  if (phase.kind === 'failed') {
    return (
      <>
        <SiteHeader meta={meta} locale={locale} />
        <main id="main" tabIndex={-1} data-screen="error">
          <div class="problem" role="alert">
            <h1>{ui.startFailedTitle}</h1>
            <p>{ui.startFailedTodo}</p>
            <button type="button" class="ds-button" data-variant="primary" data-action="reload" onClick={() => win.location.reload()}>{ui.reload}</button>
          </div>
        </main>
      </>
    );
  }
  // The same App before and after the lessons are in, so the page's nodes carry on (app.tsx).
  return (
    <Ctx.Provider value={lessonsShown ? context : null}>
      <App meta={meta} locale={locale} onLocale={setLocale} languageProblem={problem} resuming={!!launch?.saved} hash={hash} />
    </Ctx.Provider>
  );
}
