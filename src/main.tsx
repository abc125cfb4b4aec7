import { render } from 'preact';
import type { Course, CourseMeta } from '../course/schema/index.ts';
import { createTracker } from '#tracker';
import { Boot } from './app/boot.tsx';
import { chooseLocale } from './app/i18n/choose-locale.ts';
import { startText } from './app/i18n/start-text.ts';
import { loadCourseData } from './app/load-course-data.ts';
import { watchPolicy } from './app/policy-watch.ts';
import 'virtual:course-theme.css';
import './app/styles.css';

declare global {
  interface Window {
    /** On the first line of the app script (page-assets.ts): what the start page needs, so it shows before the lessons load. */
    __COURSE_META__?: CourseMeta;
    /** Set by course-data.js, written at build time from the validated course. */
    __COURSE__?: Course;
  }
}

function main(): void {
  watchPolicy(window); // first: the lessons and the LMS/LRS connection start below
  const root = document.getElementById('app');
  const meta = window.__COURSE_META__;
  if (!root || !meta) throw new Error('the page has no course metadata');
  const tracker = createTracker({
    courseId: meta.id,
    courseTitle: meta.title.nb,
    courseVersion: meta.version,
    objectiveIds: meta.objectives.map((o) => o.id),
    objectiveTitles: Object.fromEntries(meta.objectives.map((o) => [o.id, o.title])),
    languages: meta.languages,
    masteryScore: meta.masteryScore,
    trackReflectionText: meta.trackReflectionText,
    window,
  });
  // Connect to the LMS/LRS now; the lessons are fetched once the start page is on screen (Boot),
  // so they never compete with the first screen (issue 12: first screen ≤ 60 KB).
  const launched = tracker.start();
  // index.html holds the start page prerendered at build time (packaging/prerender-start.ts): render
  // over it, so Preact keeps its nodes (focus, no flash) and only corrects what differs (language,
  // saved state). Only the before-the-script notices go.
  for (const note of root.querySelectorAll(':scope > .boot-loading, :scope > .boot-stuck')) note.remove();
  // Only CSS shows the prerendered page (#app[hidden], boot.css); once the app runs it shows itself,
  // so a policy that blocks every style still leaves a usable, if plain, course.
  root.hidden = false;
  render(<Boot meta={meta} tracker={tracker} launched={launched} loadContent={() => loadCourseData(window)} win={window} />, root);
}

function run(): void {
  try {
    main();
  } catch (error) {
    console.error('[course] failed to start', error);
    const root = document.getElementById('app');
    // Nothing is known yet of the LMS's preference: the browser's languages decide, else bokmål.
    const words = startText(chooseLocale(navigator.languages.join(','), window.__COURSE_META__?.languages ?? ['nb']));
    if (root) root.textContent = `${words.startFailedTitle}. ${words.startFailedTodo}`;
  }
}

// The start page is prerendered into index.html: when this script arrives with the stylesheet, the
// browser paints that page first and the app takes over in the next task (issue 12: ready on the
// slow profile). A frame callback never comes in a hidden window (an LMS's background pop-up), so
// a timer starts the app there. Without the prerendered page (dev server) it starts at once.
if (document.querySelector('#app > main')) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
} else run();
