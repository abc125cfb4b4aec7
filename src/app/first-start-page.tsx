import type { ComponentChildren } from 'preact';
import type { CourseMeta, Locale } from '../../course/schema/index.ts';
import { theme } from 'virtual:course-theme';
import { startText } from './i18n/start-text.ts';
import { pick } from './i18n/ui-text.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { StartScreen } from './screens/start-screen.tsx';
import { SiteHeader } from './site-header.tsx';

export interface FirstStartPageProps {
  meta: CourseMeta;
  locale: Locale;
  /** There is saved progress (known once the LMS/LRS has answered). */
  resuming: boolean;
  /** Start or Contents was pressed; carried out when the lessons arrive. */
  busy: boolean;
  onStart: () => void;
  onContents: () => void;
  onLocale: (locale: Locale) => void;
  /** A notice above the start page (a language pack that could not be fetched). */
  notice?: ComponentChildren;
}

/**
 * The start page before the lessons are in, from the course metadata alone. The build renders it
 * into every target's index.html (packaging/prerender-start.ts: bokmål, nothing saved), and boot
 * renders over that markup with the learner's language and saved state, so the page is on screen
 * before any script has run (issue 12: ready on the slow profile) and the same nodes carry on.
 */
export function FirstStartPage({ meta, locale, resuming, busy, onStart, onContents, onLocale, notice }: FirstStartPageProps) {
  const ui = startText(locale);
  return (
    <>
      <SiteHeader title={pick(meta.title, locale)} agency={pick(theme.agency, locale)}>
        <LanguageSwitch locale={locale} languages={meta.languages} onChange={onLocale} />
      </SiteHeader>
      {/* The app's status strip takes this place when the lessons are in: reserved now, so nothing shifts. */}
      <div class="statusbar" aria-hidden="true" />
      <main id="main" tabIndex={-1} data-screen="start">
        {notice}
        <StartScreen meta={meta} ui={ui} t={(v) => pick(v, locale)} resuming={resuming} busy={busy} onStart={onStart} onContents={onContents} />
      </main>
    </>
  );
}
