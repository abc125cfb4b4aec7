import { renderToString } from 'preact-render-to-string';
import type { CourseMeta } from '../course/schema/index.ts';
import { App } from './app/app.tsx';

const nothing = () => undefined;

/**
 * Build time only (packaging/prerender-start.ts builds this with Vite for Node, never into the
 * browser bundle): the page as boot first renders it (app.tsx before the lessons are in) for a
 * learner nothing is known of yet, in bokmål (index.html's lang, every course has it), with
 * nothing saved. Boot renders over it (main.tsx), so the same nodes carry on.
 */
export function prerenderStart(meta: CourseMeta): string {
  return renderToString(<App meta={meta} locale="nb" onLocale={nothing} languageProblem={null} resuming={false} hash="" />);
}
