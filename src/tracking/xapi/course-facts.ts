import type { Course, LocalizedText } from '../../../course/schema/index.ts';
import type { TrackerContext } from '../tracker.ts';

/**
 * What the statement builders need to name things. Lesson and objective titles come from the
 * course data the player loads (window.__COURSE_META__ inline, window.__COURSE__ after);
 * without it the activities still carry their stable ids and types, only without names.
 */
export interface CourseFacts {
  courseId: string;
  title: LocalizedText;
  description: LocalizedText | null;
  lessonTitle(id: string): LocalizedText | null;
  objective(id: string): { title: LocalizedText; description: LocalizedText } | null;
  /** A reflection's label (its plan label, else its prompt), for a readable activity name. */
  reflection(id: string): LocalizedText | null;
  /** A self-assessment's or action plan's title, for a readable activity name. */
  personal(id: string): LocalizedText | null;
}

/** The inline metadata is there from the start; the lessons arrive a moment later. */
function metaOf(win: Window): Course['meta'] | null {
  const meta: unknown = (win as Window & { __COURSE_META__?: unknown }).__COURSE_META__;
  return typeof meta === 'object' && meta !== null ? (meta as Course['meta']) : (courseOf(win)?.meta ?? null);
}

function courseOf(win: Window): Course | null {
  const data: unknown = (win as Window & { __COURSE__?: unknown }).__COURSE__;
  if (typeof data !== 'object' || data === null) return null;
  const { meta, lessons } = data as Partial<Course>;
  return meta && Array.isArray(lessons) ? (data as Course) : null;
}

export function courseFacts(context: TrackerContext): CourseFacts {
  // Read on use, not at creation: the player loads the course data after the tracker starts.
  const course = () => courseOf(context.window);
  return {
    courseId: context.courseId,
    get title() {
      return metaOf(context.window)?.title ?? { nb: context.courseTitle };
    },
    get description() {
      return metaOf(context.window)?.description ?? null;
    },
    lessonTitle: (id) => course()?.lessons.find((l) => l.id === id)?.title ?? null,
    objective(id) {
      const o = metaOf(context.window)?.objectives.find((x) => x.id === id);
      return o ? { title: o.title, description: o.description } : null;
    },
    reflection(id) {
      for (const lesson of course()?.lessons ?? []) {
        for (const page of lesson.pages) {
          for (const block of page.blocks) if (block.kind === 'reflection' && block.id === id) return block.planLabel ?? block.prompt;
        }
      }
      return null;
    },
    personal(id) {
      for (const lesson of course()?.lessons ?? []) {
        for (const page of lesson.pages) {
          for (const block of page.blocks) if ((block.kind === 'self-assessment' || block.kind === 'action-plan') && block.id === id) return block.title;
        }
      }
      return null;
    },
  };
}
