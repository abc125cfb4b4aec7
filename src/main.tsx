import { render } from 'preact';
import type { Course, CourseMeta } from '../course/schema/index.ts';
import { createTracker } from '#tracker';
import { Boot } from './app/boot.tsx';
import { loadCourseData } from './app/load-course-data.ts';
import { watchPolicy } from './app/policy-watch.ts';
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
  // Connect to the LMS/LRS and fetch the lessons at the same time; the start page needs neither.
  const launched = tracker.start();
  const content = loadCourseData(window);
  content.catch(() => undefined); // handled in Boot; this only keeps an early failure from being reported twice
  root.textContent = '';
  render(<Boot meta={meta} tracker={tracker} launched={launched} content={content} win={window} />, root);
}

try {
  main();
} catch (error) {
  console.error('[course] failed to start', error);
  const root = document.getElementById('app');
  if (root) root.textContent = 'Kurset kunne ikke starte. Last inn siden på nytt, eller start kurset på nytt fra læringsplattformen.';
}
