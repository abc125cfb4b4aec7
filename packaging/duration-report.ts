import { lessonDuration, type Course } from '../course/schema/index.ts';

/** The computed duration per lesson and in total, for the build log (formula: course/schema/duration.ts). */
export function durationReport(course: Course): string {
  const rows = course.lessons.map((l) => {
    const d = lessonDuration(l);
    return `    ${l.id.padEnd(26)} ${String(l.minutes).padStart(3)} min  (${d.words} words, ${d.questions} questions, ${d.decisions} decisions, ${Math.round(d.allowanceSeconds / 60)} min writing)`;
  });
  return [`  Duration, computed from the content: ${course.meta.minutes} minutes`, ...rows].join('\n');
}
