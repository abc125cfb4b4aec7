import type { Plugin } from 'vite';
import { errorMessageAll } from '../../src/errors/learner-messages-all.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The marker in index.html where the message for a course whose script never ran goes. */
export const BOOT_STUCK_MARKER = '%SCRIPT_BLOCKED%';

/**
 * No script has run, so nothing has chosen the learner's language: the message stands in each
 * language, one paragraph each, bokmål (the page's lang) first and the others marked (WCAG 3.1.2).
 */
export function bootStuckHtml(): string {
  return errorMessageAll('SCRIPT_BLOCKED')
    .map(({ locale, message }) => `<p${locale === 'nb' ? '' : ` lang="${locale}"`}>${escapeHtml(`${message.what} ${message.todo}`)}</p>`)
    .join('');
}

/**
 * Puts the SCRIPT_BLOCKED message from the error catalogue into index.html. It has to be in the
 * page itself: it is for the case where no script of ours runs (a Content-Security-Policy that
 * blocks it), and styles.css reveals it after a delay unless the app has replaced it by then.
 */
export function bootMessage(): Plugin {
  return {
    name: 'boot-message',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(BOOT_STUCK_MARKER)) throw new Error(`index.html has no ${BOOT_STUCK_MARKER} marker`);
        return html.replace(BOOT_STUCK_MARKER, bootStuckHtml());
      },
    },
  };
}
