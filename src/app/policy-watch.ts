import { LOCALES } from '../../course/schema/locales.ts';
import { errorMessage } from '../errors/learner-messages.ts';
import { chooseLocale } from './i18n/choose-locale.ts';

/**
 * Where our script runs but a Content-Security-Policy blocks something else the course needs
 * (the lessons in course-data.js, the LRS connection, the stylesheet), the browser only tells
 * the console. Say it on the page, once, in plain words, with what was blocked for the
 * administrator; never leave the learner on a loading screen with no word. (When the policy
 * blocks our script itself, index.html's own message shows instead: see styles.css .boot-stuck.)
 * The notice sits outside #app, so the app's rendering never removes it.
 */

export function watchPolicy(win: Window): void {
  const doc = win.document;
  let shown: HTMLElement | null = null;
  doc.addEventListener('securitypolicyviolation', (event) => {
    const what = `${event.effectiveDirective || event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`;
    console.error(`[course] Content-Security-Policy: ${what}`);
    // The start page's inline critical CSS (index.html): a policy without its hash costs only speed,
    // the stylesheet brings the same rules (packaging/csp.ts). Nothing for the learner to hear of.
    if (event.effectiveDirective === 'style-src-elem' && event.blockedURI === 'inline') return;
    if (shown) return;
    // The page's lang is the learner's language once the course has chosen it (boot.tsx), bokmål before.
    const entry = errorMessage('POLICY_BLOCKED', chooseLocale(doc.documentElement.lang, LOCALES));
    const box = doc.createElement('div');
    box.className = 'policy-problem';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-notice', 'POLICY_BLOCKED');
    const text = doc.createElement('p');
    const strong = doc.createElement('strong');
    strong.textContent = entry.what;
    text.append(strong, ` ${entry.todo}`);
    const detail = doc.createElement('p');
    const code = doc.createElement('code');
    code.textContent = what;
    detail.append(code);
    box.append(text, detail);
    doc.body.prepend(box);
    shown = box;
  });
}
