import { beforeAll, describe, expect, it } from 'vitest';
import type { Course } from '../../../course/schema/index.ts';
import { loadValidCourse } from '../../../packaging/validate-course.ts';
import { activityRows, statementRows } from '../../../packaging/xapi/statement-rows.ts';
import { xapiTrackingSheet } from '../../../packaging/xapi/tracking-sheet.ts';
import { CMI5_LAUNCH_PARAMS } from '../../../src/tracking/cmi5/cmi5-launch.ts';
import { TIN_CAN_LAUNCH_PARAMS } from '../../../src/tracking/xapi/launch-params.ts';
import { CMI5, VERBS } from '../../../src/tracking/xapi/vocabulary.ts';
import { vocabularyProblems } from '../../lrs/vocabulary-check.ts';

let course: Course;
beforeAll(async () => {
  course = await loadValidCourse(process.cwd());
});

describe('xAPI and cmi5 tracking sheets', () => {
  it.each(['xapi', 'cmi5'] as const)('%s: every statement kind, verb (nb, nn and en), activity and launch parameter is listed', (target) => {
    const sheet = xapiTrackingSheet(course, target);
    const rows = statementRows(course, target);
    const verbs = new Set(rows.map((r) => r.verb.id));
    // The statements the player makes for each event, and the course-level ones.
    for (const v of ['initialized', 'progressed', 'answered', 'scored', 'completed', 'passed', 'failed', 'terminated'] as const) expect(verbs).toContain(VERBS[v].id);
    expect(verbs.has(VERBS.suspended.id)).toBe(target === 'xapi');
    expect(verbs.has(VERBS.experienced.id)).toBe(target === 'cmi5');
    for (const r of rows) expect(sheet).toContain(`\`${r.verb.id}\` (${r.verb.display.nb} (nb) / ${r.verb.display.nn} (nn) / ${r.verb.display.en} (en))`);
    for (const a of activityRows(course)) expect(sheet).toContain(`\`${a.id}\``);
    for (const p of target === 'xapi' ? TIN_CAN_LAUNCH_PARAMS : CMI5_LAUNCH_PARAMS) expect(sheet).toContain(`| \`${p.name}\` |`);
    expect(sheet).toContain('stateId=bookmark');
    expect(sheet).toContain('If-Match');
    expect(sheet.includes(CMI5.sessionId)).toBe(target === 'cmi5');
  });

  it('the self-assessments and action plans the course has are listed with their own activity id and done statement', () => {
    const blocks = course.lessons.flatMap((l) => l.pages.flatMap((p) => p.blocks)).filter((b) => b.kind === 'self-assessment' || b.kind === 'action-plan');
    expect(blocks.length).toBeGreaterThan(0);
    for (const target of ['xapi', 'cmi5'] as const) {
      const sheet = xapiTrackingSheet(course, target);
      for (const b of blocks) expect(sheet).toContain(`\`${course.meta.id}/${b.kind}/${b.id}\``);
      expect(statementRows(course, target).filter((r) => /\/(self-assessment|action-plan)\//.test(r.object))).toHaveLength(blocks.length);
    }
  });

  it('every activity has a readable name: no id in place of words', () => {
    const rows = activityRows(course);
    expect(rows.length).toBeGreaterThan(20);
    for (const a of rows) {
      expect(vocabularyProblems({ id: 'x', actor: {}, verb: { id: VERBS.answered.id, display: VERBS.answered.display }, object: { objectType: 'Activity', id: a.id, definition: { type: a.type, name: a.name } }, timestamp: '' })).toEqual([]);
      expect(a.name.nb, a.id).toBeTruthy();
    }
  });
});
