import type { AssessmentBlock, Block } from './block.ts';
import type { Lesson, Page } from './lesson.ts';
import type { Question } from './question.ts';
import type { Scenario } from './scenario.ts';

/** Where a tracked thing sits, for error paths: "pages[1].blocks[3]". */
export interface Located<T> {
  lesson: Lesson;
  page: Page;
  path: string;
  item: T;
}

export interface CourseItems {
  questions: Located<Question>[];
  scenarios: Located<Scenario>[];
  reflections: Located<Extract<Block, { kind: 'reflection' }>>[];
  actionPlans: Located<Extract<Block, { kind: 'action-plan' }>>[];
  selfAssessments: Located<Extract<Block, { kind: 'self-assessment' }>>[];
  assessments: Located<AssessmentBlock>[];
}

/** Every tracked item of the lessons, found by one exhaustive walk over the block kinds. */
export function collectItems(lessons: readonly Lesson[]): CourseItems {
  const items: CourseItems = { questions: [], scenarios: [], reflections: [], actionPlans: [], selfAssessments: [], assessments: [] };
  for (const lesson of lessons) {
    lesson.pages.forEach((page, p) => {
      page.blocks.forEach((block, b) => {
        const path = `pages[${p}].blocks[${b}]`;
        const at = { lesson, page };
        switch (block.kind) {
          case 'question':
            items.questions.push({ ...at, path: `${path}.question`, item: block.question });
            break;
          case 'scenario':
            items.scenarios.push({ ...at, path: `${path}.scenario`, item: block.scenario });
            break;
          case 'reflection':
            items.reflections.push({ ...at, path, item: block });
            break;
          case 'action-plan':
            items.actionPlans.push({ ...at, path, item: block });
            break;
          case 'self-assessment':
            items.selfAssessments.push({ ...at, path, item: block });
            break;
          case 'assessment':
            items.assessments.push({ ...at, path, item: block });
            block.bank.forEach((q, i) => items.questions.push({ ...at, path: `${path}.bank[${i}]`, item: q }));
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
      });
    });
  }
  return items;
}
