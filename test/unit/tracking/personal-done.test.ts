import { describe, expect, it } from 'vitest';
import type { TrackingEvent } from '../../../src/state/events.ts';
import { interactionFor } from '../../../src/tracking/scorm/scorm-interactions.ts';
import { courseActivity } from '../../../src/tracking/xapi/activities.ts';
import { courseFacts } from '../../../src/tracking/xapi/course-facts.ts';
import { eventDrafts } from '../../../src/tracking/xapi/event-drafts.ts';
import { buildStatement } from '../../../src/tracking/xapi/statement-factory.ts';
import { VERBS } from '../../../src/tracking/xapi/vocabulary.ts';
import { statementWarnings } from '../../lrs/validate-statement.ts';
import { fixtureCourse } from './xapi/fixture-course.ts';
import { fakeWindow, snapshotOf, trackerContext } from './xapi/helpers.ts';

/** A self-assessment or action plan is personal: trackers learn only that it is done (issue 10). */
const at = new Date('2026-01-05T10:00:00.000Z');
const events: TrackingEvent[] = [
  { type: 'personal-done', blockId: 'egenvurdering-start', blockKind: 'self-assessment', lessonId: 'l', at },
  { type: 'personal-done', blockId: 'handlingsplan', blockKind: 'action-plan', lessonId: 'l', at },
];

describe('personal-done: only "done", never the content', () => {
  it('SCORM: no interaction (the saved state lists it, like a reflection without the opt-in)', () => {
    for (const e of events) for (const optIn of [false, true]) expect(interactionFor(e, optIn)).toBeNull();
  });

  it('xAPI/cmi5: one clean statement that the part is done, with no response', () => {
    const facts = courseFacts(trackerContext(fixtureCourse, fakeWindow({ course: fixtureCourse })));
    const options = { facts, root: courseActivity(facts), summary: snapshotOf(fixtureCourse, {}).summary, trackReflectionText: true, partDoneVerb: VERBS.completed, sendProgress: true };
    for (const e of events) {
      const drafts = eventDrafts(e, options);
      expect(drafts).toHaveLength(1);
      const s = buildStatement({ actor: { objectType: 'Agent', mbox: 'mailto:kari@example.no' }, registration: '6b1b9a59-4a63-4c6f-9d5e-0a1b2c3d4e5f', template: {} }, drafts[0] as NonNullable<(typeof drafts)[0]>);
      expect(statementWarnings(s)).toEqual([]);
      expect(s.verb.id).toBe(VERBS.completed.id);
      expect(s.result).toEqual({ completion: true });
      expect(s.object.id).toMatch(/\/(self-assessment|action-plan)\/(egenvurdering-start|handlingsplan)$/);
    }
  });
});
