export * from './block.ts';
export * from './course.ts';
export * from './ids.ts';
export * from './lesson.ts';
export * from './question.ts';
export * from './rich-text.ts';
export * from './scenario.ts';
export * from './text.ts';
