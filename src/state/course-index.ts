import type { ActionPlanBlock, AssessmentBlock, Course, Lesson, Page, Question, ReflectionBlock, Scenario, SelfAssessmentBlock } from '../../course/schema/index.ts';

export interface PageRef {
  lesson: Lesson;
  page: Page;
  /** Position in the whole course, for next/previous. */
  index: number;
}

/** What must be done for a lesson to count as done. */
export interface LessonRequirements {
  pages: string[];
  questions: string[];
  scenarios: string[];
  assessment: string | null;
}

/** Look-ups the player and the state functions need, built once from the validated course. */
export interface CourseIndex {
  course: Course;
  pages: PageRef[];
  pageById: Map<string, PageRef>;
  questions: Map<string, Question>;
  scenarios: Map<string, Scenario>;
  reflections: Map<string, ReflectionBlock>;
  /** Self-assessments and action plans: device-only answers, like reflections (personal.ts). */
  personal: Map<string, SelfAssessmentBlock | ActionPlanBlock>;
  assessment: AssessmentBlock | null;
  requirements: Map<string, LessonRequirements>;
  /** The lesson each question, scenario, reflection and page belongs to. */
  lessonOf: Map<string, Lesson>;
  /** Percent needed to pass: the course's, unless the LMS overrides it at launch (cmi5 masteryScore). */
  mastery: number;
}

export function indexCourse(course: Course, masteryOverride: number | null = null): CourseIndex {
  const index: CourseIndex = {
    course,
    pages: [],
    pageById: new Map(),
    questions: new Map(),
    scenarios: new Map(),
    reflections: new Map(),
    personal: new Map(),
    assessment: null,
    requirements: new Map(),
    lessonOf: new Map(),
    mastery: masteryOverride ?? course.meta.masteryScore,
  };
  for (const lesson of course.lessons) {
    const req: LessonRequirements = { pages: [], questions: [], scenarios: [], assessment: null };
    index.requirements.set(lesson.id, req);
    for (const page of lesson.pages) {
      const ref = { lesson, page, index: index.pages.length };
      index.pages.push(ref);
      index.pageById.set(page.id, ref);
      index.lessonOf.set(page.id, lesson);
      req.pages.push(page.id);
      for (const block of page.blocks) {
        switch (block.kind) {
          case 'question':
            index.questions.set(block.question.id, block.question);
            index.lessonOf.set(block.question.id, lesson);
            req.questions.push(block.question.id);
            break;
          case 'scenario':
            index.scenarios.set(block.scenario.id, block.scenario);
            index.lessonOf.set(block.scenario.id, lesson);
            req.scenarios.push(block.scenario.id);
            break;
          case 'reflection':
            index.reflections.set(block.id, block);
            index.lessonOf.set(block.id, lesson);
            break;
          case 'assessment':
            index.assessment = block;
            index.lessonOf.set(block.id, lesson);
            req.assessment = block.id;
            for (const q of block.bank) {
              index.questions.set(q.id, q);
              index.lessonOf.set(q.id, lesson);
            }
            break;
          case 'action-plan':
          case 'self-assessment':
            index.personal.set(block.id, block);
            index.lessonOf.set(block.id, lesson);
            break;
          case 'text':
          case 'quote':
          case 'key-points':
          case 'accordion':
          case 'cards':
          case 'steps':
          case 'model-figure':
            break;
          default:
            block satisfies never;
        }
      }
    }
  }
  return index;
}

/** Where a lesson is taken up again: its first page not yet visited, else its first. */
export function resumePage(lesson: Lesson, visited: string[]): Page | undefined {
  return lesson.pages.find((p) => !visited.includes(p.id)) ?? lesson.pages[0];
}

/** Where an expectation is gone over again (a «Repeter» link): the first page of the lesson that teaches it. */
export function lessonStartOf(index: CourseIndex, objectiveId: string): Page | undefined {
  return index.course.lessons.find((l) => l.objective === objectiveId)?.pages[0];
}

/** Is this id one whose text stays on the device (a reflection, self-assessment or action plan)? */
export function isDeviceOnly(index: CourseIndex, id: string): boolean {
  return index.reflections.has(id) || index.personal.has(id);
}
