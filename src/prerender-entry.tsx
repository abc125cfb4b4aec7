import { renderToString } from 'preact-render-to-string';
import type { CourseMeta } from '../course/schema/index.ts';
import { FirstStartPage } from './app/first-start-page.tsx';

const nothing = () => undefined;

/**
 * Build time only (packaging/prerender-start.ts builds this with Vite for Node, never into the
 * browser bundle): the start page as boot first renders it for a learner nothing is known of yet,
 * in bokmål (index.html's lang, every course has it), with nothing saved. Boot renders over it (main.tsx).
 */
export function prerenderStart(meta: CourseMeta): string {
  return renderToString(<FirstStartPage meta={meta} locale="nb" resuming={false} busy={false} onStart={nothing} onContents={nothing} onLocale={nothing} />);
}
