import { useLayoutEffect } from 'preact/hooks';

/**
 * What names a focusable element across a render that replaces it: its action, its id or its
 * link target. The same control in the app keeps the same name (data-action="language", …).
 */
export function focusKey(el: Element | null): string | null {
  if (!el || el === el.ownerDocument.body) return null;
  const action = el.getAttribute('data-action');
  if (action) return `[data-action="${CSS.escape(action)}"]`;
  if (el.id) return `#${CSS.escape(el.id)}`;
  const href = el.getAttribute('href');
  if (el.tagName === 'A' && href) return `a[href="${CSS.escape(href)}"]`;
  return null;
}

/**
 * WCAG 2.4.3 (focus order) and 2.4.7: the app takes over the prerendered start page and then
 * hands over to the full app, and both replace the page's nodes. A keyboard learner who has
 * tabbed to a control meanwhile would be left on <body>. Call in the component whose render
 * replaces them: what had focus before the render gets it back, as the same control, after it.
 */
export function useFocusKept(doc: Document): void {
  // Read during render: the commit has not yet replaced anything.
  const before = doc.activeElement;
  useLayoutEffect(() => {
    if (!before || before.isConnected || doc.activeElement !== doc.body) return;
    const key = focusKey(before);
    const same = key ? doc.querySelector(key) : null;
    if (same instanceof HTMLElement) same.focus({ preventScroll: true });
  });
}
