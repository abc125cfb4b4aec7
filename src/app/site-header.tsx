import type { ComponentChildren } from 'preact';
import { theme } from 'virtual:course-theme';
import type { CourseMeta, Locale } from '../../course/schema/index.ts';
import { pick } from './i18n/ui-text.ts';

/** The theme's logo (course/themes/<name>/logo.svg, checked at build time: no script, style or external reference). */
export function Logo() {
  // Decorative: the agency's name is always written beside it.
  return <span class="logo" aria-hidden="true" dangerouslySetInnerHTML={{ __html: theme.logo }} />;
}

/**
 * The theme's agency on a line of its own (header, start page, footer, certificate), in the
 * learner's language; nothing when the theme names none (the standard theme: "agency": "").
 */
export function AgencyName({ t, class: cls, logo = false }: { t: (text: typeof theme.agency) => string; class?: string; logo?: boolean }) {
  const name = t(theme.agency);
  return name ? <p class={cls}>{logo && <Logo />}{name}</p> : null;
}

/**
 * The bar at the top: logo, course and agency name, and the menu (children). One line at every
 * width (styles/layout.css); the same markup before and after the lessons load, so nothing moves.
 * On a phone the course's short title shows instead of the whole one, which stays the text a
 * screen reader reads (the short one is hidden from it).
 */
export function SiteHeader({ meta, locale, children }: { meta: CourseMeta; locale: Locale; children?: ComponentChildren }) {
  const title = pick(meta.title, locale);
  const short = meta.shortTitle && pick(meta.shortTitle, locale);
  return (
    <header class="topbar">
      <div class="brand">
        <Logo />
        <div class="brand-text">
          <p class="course-name">
            <span class="name-full">{title}</span>
            {short && short !== title && <span class="name-short" aria-hidden="true">{short}</span>}
          </p>
          <AgencyName t={(text) => pick(text, locale)} class="agency-name" />
        </div>
      </div>
      {children}
    </header>
  );
}

/** Icons for the menu buttons under 40rem, where the words are visually hidden (they stay the accessible names). */
export function ContentsIcon() {
  return <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 6h13M8 12h13M8 18h13M3 6h.01M3 12h.01M3 18h.01" /></svg>;
}
export function ExitIcon() {
  return <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9" /></svg>;
}
