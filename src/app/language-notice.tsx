import type { Locale } from '../../course/schema/locales.ts';
import { startText } from './i18n/start-text.ts';
import { LANGUAGE_NAMES } from './language-switch.tsx';

/**
 * A language's words could not be fetched (its pack, load-language-pack.ts): said in the
 * language still shown, as an alert, so a screen-reader user hears why nothing changed.
 */
export function LanguageNotice({ failed, locale, onClose }: { failed: Locale; locale: Locale; onClose: () => void }) {
  const words = startText(locale);
  return (
    <div class="notice warning" role="alert" data-notice="LANGUAGE_PACK_FAILED">
      <p>{words.packFailed(LANGUAGE_NAMES[failed])}</p>
      <button type="button" class="link-button" onClick={onClose}>{words.close}</button>
    </div>
  );
}
