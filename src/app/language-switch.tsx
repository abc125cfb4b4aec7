import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../course/schema/index.ts';
import { startText } from './i18n/start-text.ts';

/** Each language's name in that language: the switch shows them so, each with its own lang attribute. */
export const LANGUAGE_NAMES: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

export interface LanguageSwitchProps {
  locale: Locale;
  languages: readonly Locale[];
  onChange: (locale: Locale) => void;
}

/**
 * The language switch on every screen (issue 13): one small button (a globe and the code of
 * the language in use, named «Språk: NB Bokmål» for screen readers, so the visible code is
 * part of the name, WCAG 2.5.3) that fits a one-line header at 320 px, opening a list of the
 * course's languages. Each is named in its own
 * language with its own lang attribute (WCAG 3.1.2), so a screen reader says «Nynorsk» in
 * nynorsk; the one in use has aria-current. A disclosure of plain buttons: Tab/Enter/Space
 * work as everywhere, Escape closes it and returns focus to the button.
 * Switching changes only the words: the page, answers and progress stay (controller.setLocale).
 */
export function LanguageSwitch({ locale, languages, onChange }: LanguageSwitchProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const words = startText(locale);

  // Focus into the list, on the language in use, so tabbing starts from it. A layout effect: it
  // runs as the list is put in, before the browser paints or takes input, so a quick press on
  // another language (or a screen reader's virtual cursor) is never overtaken by this move.
  useLayoutEffect(() => {
    if (open) root.current?.querySelector<HTMLButtonElement>('[aria-current="true"]')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open]);

  if (languages.length < 2) return null;
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const choose = (next: Locale) => {
    close();
    if (next !== locale) onChange(next);
  };

  return (
    <div class="lang-switch" ref={root} data-lang-switch onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.preventDefault(); close(); } }}>
      <button type="button" ref={toggle} class="ds-button lang-switch-toggle" data-variant="tertiary" aria-expanded={open} aria-controls={open ? 'lang-switch-list' : undefined} data-action="language" onClick={() => setOpen(!open)}>
        <svg class="lang-switch-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9M12 3c-2.5 2.7-3.8 5.7-3.8 9s1.3 6.3 3.8 9" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
        <span class="visually-hidden">{words.language}: </span>
        <span class="lang-switch-current" lang={locale}>{locale.toUpperCase()}<span class="visually-hidden"> {LANGUAGE_NAMES[locale]}</span></span>
      </button>
      {open && (
        <ul id="lang-switch-list" class="lang-switch-list" aria-label={words.language}>
          {languages.map((l) => (
            <li key={l}>
              <button type="button" class="ds-button" data-variant="tertiary" lang={l} aria-current={l === locale ? 'true' : undefined} data-locale={l} onClick={() => choose(l)}>
                {LANGUAGE_NAMES[l]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
