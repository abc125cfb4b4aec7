import type { TrackingEvent } from '../../state/events.ts';
import type { Summary } from '../../state/summary.ts';
import {
  assessmentActivity,
  decisionActivity,
  iri,
  lessonActivity,
  objectiveActivity,
  personalActivity,
  questionActivity,
  reflectionActivity,
  scenarioActivity,
} from './activities.ts';
import type { CourseFacts } from './course-facts.ts';
import { isoDuration } from './duration.ts';
import type { Draft } from './statement-factory.ts';
import type { Activity, Verb } from './types.ts';
import { CMI5, VERBS } from './vocabulary.ts';

export interface DraftOptions {
  facts: CourseFacts;
  /** The course (xAPI) or AU (cmi5) activity the learner launched. */
  root: Activity;
  summary: Summary;
  /** May reflection text leave the device (course opt-in)? */
  trackReflectionText: boolean;
  /**
   * Verb for a finished lesson or scenario. cmi5 uses "experienced" so no LMS mistakes a
   * lesson for the AU's cmi5 "completed"; plain xAPI uses "completed".
   */
  partDoneVerb: Verb;
  /** cmi5 §9.5.5.1: no progress value once the AU is completed in this registration. */
  sendProgress: boolean;
}

const pct = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const scaled = (percent: number) => Math.round(percent * 100) / 10000;

/**
 * The statements of one tracking event that are the same for xAPI and cmi5 ("cmi5 allowed"
 * statements, cmi5 §9.3 note: not subject to the defined-verb rules). The course-level
 * verdicts (completed/passed/failed of the root) are each adapter's own business.
 */
export function eventDrafts(event: TrackingEvent, o: DraftOptions): Draft[] {
  const { facts } = o;
  const ext = (name: string) => iri.extension(facts.courseId, name);
  const at = event.at;
  switch (event.type) {
    case 'page-viewed':
      if (!o.sendProgress) return [];
      return [
        {
          verb: VERBS.progressed,
          object: o.root,
          result: { extensions: { [CMI5.progress]: pct(o.summary.progress * 100) } },
          contextActivities: { other: [lessonActivity(facts, event.lessonId)] },
          extensions: { [ext('page')]: event.pageId },
          at,
        },
      ];
    case 'question-answered': {
      const inAssessment = event.context.kind === 'assessment';
      return [
        {
          verb: VERBS.answered,
          object: questionActivity(facts, event.question),
          result: {
            response: event.response.join('[,]'),
            success: event.correct,
            score: { scaled: event.correct ? 1 : 0, raw: event.correct ? 1 : 0, min: 0, max: 1 },
            duration: isoDuration(event.latencyMs),
          },
          contextActivities: {
            parent: [lessonActivity(facts, event.lessonId)],
            grouping: [o.root],
            ...(inAssessment ? { other: [assessmentActivity(facts)] } : {}),
          },
          ...(event.context.kind === 'assessment' ? { extensions: { [ext('attempt')]: event.context.attempt } } : {}),
          at,
        },
      ];
    }
    case 'scenario-decision':
      return [
        {
          verb: VERBS.answered,
          object: decisionActivity(facts, event.scenario, event.node),
          result: { response: event.choice.id, success: event.choice.rating === 'strong', duration: isoDuration(event.latencyMs), extensions: { [ext('rating')]: event.choice.rating } },
          contextActivities: { parent: [scenarioActivity(facts, event.scenario)], grouping: [o.root, lessonActivity(facts, event.lessonId)] },
          extensions: { [ext('step')]: event.step },
          at,
        },
      ];
    case 'scenario-ended':
      return [
        {
          verb: o.partDoneVerb,
          object: scenarioActivity(facts, event.scenario),
          result: { completion: true, extensions: { [ext('ending')]: event.endingId } },
          contextActivities: { parent: [lessonActivity(facts, event.lessonId)], grouping: [o.root] },
          at,
        },
      ];
    case 'reflection-written': {
      // DESIGN.md: reflections are personal; only *that* one was written, unless the course opts in.
      const text = o.trackReflectionText && event.text ? event.text : null;
      return [
        {
          verb: VERBS.answered,
          object: reflectionActivity(facts, event.reflectionId),
          result: { completion: true, ...(text ? { response: text } : {}) },
          contextActivities: { parent: [lessonActivity(facts, event.lessonId)], grouping: [o.root] },
          at,
        },
      ];
    }
    case 'personal-done':
      // Like a reflection: that it is done, never what the learner answered.
      return [
        {
          verb: o.partDoneVerb,
          object: personalActivity(facts, event.blockKind, event.blockId),
          result: { completion: true },
          contextActivities: { parent: [lessonActivity(facts, event.lessonId)], grouping: [o.root] },
          at,
        },
      ];
    case 'lesson-completed':
      return [
        {
          verb: o.partDoneVerb,
          object: lessonActivity(facts, event.lessonId),
          result: { completion: true },
          contextActivities: { parent: [o.root] },
          at,
        },
      ];
    case 'assessment-submitted': {
      const attempt = { [ext('attempt')]: event.attempt };
      const assessment = assessmentActivity(facts);
      const mastery = o.summary.mastery;
      return [
        {
          verb: VERBS.scored,
          object: assessment,
          result: { score: { scaled: scaled(event.result.score), raw: pct(event.result.score), min: 0, max: 100 }, success: event.passed },
          contextActivities: { parent: [o.root] },
          extensions: attempt,
          at,
        },
        // One result per expectation (DESIGN.md tracking model: activity per expectation).
        ...Object.entries(event.result.byObjective).map(([id, value]): Draft => ({
          verb: VERBS.scored,
          object: objectiveActivity(facts, id),
          result: { score: { scaled: scaled(value), raw: pct(value), min: 0, max: 100 }, success: value >= mastery },
          contextActivities: { parent: [o.root], other: [assessment] },
          extensions: attempt,
          at,
        })),
      ];
    }
    case 'course-completed':
      return [];
    default:
      return event satisfies never;
  }
}
