import { render } from 'preact';
import type { Course } from '../course/schema/index.ts';
import { createTracker } from '#tracker';
import { App } from './app/app.tsx';
import { createController } from './app/controller.ts';
import { Ctx, makeContext } from './app/context.ts';
import { chooseLocale } from './app/i18n/choose-locale.ts';
import './app/styles.css';

declare global {
  interface Window {
    /** Set by course-data.js, written at build time from the validated course. */
    __COURSE__?: Course;
  }
}

async function main(): Promise<void> {
  const root = document.getElementById('app');
  const course = window.__COURSE__;
  if (!root || !course) throw new Error('course-data.js did not load');
  const { meta } = course;
  const tracker = createTracker({
    courseId: meta.id,
    courseTitle: meta.title.nb,
    courseVersion: meta.version,
    objectiveIds: meta.objectives.map((o) => o.id),
    masteryScore: meta.masteryScore,
    trackReflectionText: meta.trackReflectionText,
    window,
  });
  const controller = await createController(course, tracker, window);
  const locale = chooseLocale(controller.get().launch.language, meta.languages);
  document.documentElement.lang = locale;
  document.title = meta.title[locale] ?? meta.title.nb;
  root.textContent = '';
  render(
    <Ctx.Provider value={makeContext(controller, locale)}>
      <App />
    </Ctx.Provider>,
    root,
  );
}

main().catch((error: unknown) => {
  console.error('[course] failed to start', error);
  const root = document.getElementById('app');
  if (root) root.textContent = 'Kurset kunne ikke starte. Last inn siden på nytt, eller start kurset på nytt fra læringsplattformen.';
});
