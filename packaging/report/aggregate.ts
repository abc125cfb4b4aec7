import type { Course, Question } from '../../course/schema/index.ts';
import { indexCourse } from '../../src/state/course-index.ts';
import { iri } from '../../src/tracking/xapi/activities.ts';
import type { Agent, Statement } from '../../src/tracking/xapi/types.ts';
import { VERBS } from '../../src/tracking/xapi/vocabulary.ts';
import { addItemScore, durationMs, emptyItemScores, type ItemScores } from './stats.ts';

/**
 * Streaming aggregation of the course's statements: each statement is folded into running
 * counts and dropped. What is kept grows with the number of LEARNERS (a few numbers each) and
 * of questions, never with the number of statements; an attempt's item answers are held only
 * until its score arrives. Verbs and activity IRIs come from src/tracking/xapi (VERBS, iri),
 * so the report follows the adapters when they change.
 */
export interface LearnerFacts {
  started: string | null;
  completed: string | null;
  passed: string | null;
  failed: string | null;
  bestScore: number | null;
  attempts: number;
  sessionMs: number;
  objectives: Map<string, number>;
}

export interface QuestionFacts {
  answers: number;
  correct: number;
  options: Map<string, number>;
  /** Ordering questions: how often each whole order was given. */
  orders: Map<string, number>;
  scores: ItemScores;
}

export interface Aggregate {
  statements: number;
  ignored: number;
  learners: Map<string, LearnerFacts>;
  questions: Map<string, QuestionFacts>;
  /** scenario id → node id → choice id → count */
  decisions: Map<string, Map<string, Map<string, number>>>;
  /** scenario id → ending id → count */
  endings: Map<string, Map<string, number>>;
}

export function actorKey(actor: Agent | undefined): string {
  if (!actor) return '';
  if (actor.account) return `account:${actor.account.homePage}|${actor.account.name}`;
  return actor.mbox ?? actor.mbox_sha1sum ?? actor.openid ?? '';
}

/** The empty aggregate and the helpers that fill it; shared by the xAPI and the Moodle (SCORM) readers. */
export function aggregateStore() {
  const agg: Aggregate = { statements: 0, ignored: 0, learners: new Map(), questions: new Map(), decisions: new Map(), endings: new Map() };
  const learner = (key: string): LearnerFacts => {
    let l = agg.learners.get(key);
    if (!l) {
      l = { started: null, completed: null, passed: null, failed: null, bestScore: null, attempts: 0, sessionMs: 0, objectives: new Map() };
      agg.learners.set(key, l);
    }
    return l;
  };
  const question = (id: string): QuestionFacts => {
    let q = agg.questions.get(id);
    if (!q) {
      q = { answers: 0, correct: 0, options: new Map(), orders: new Map(), scores: emptyItemScores() };
      agg.questions.set(id, q);
    }
    return q;
  };
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const child = <K, V>(map: Map<K, V>, key: K, make: () => V): V => {
    const v = map.get(key) ?? make();
    map.set(key, v);
    return v;
  };
  return { agg, learner, question, bump, child };
}

export const earliest = (a: string | null, b: string) => (a === null || b < a ? b : a);

export function createAggregator(course: Course) {
  const courseId = course.meta.id;
  const index = indexCourse(course);
  const ext = (name: string) => iri.extension(courseId, name);
  const questionByIri = new Map<string, Question>([...index.questions.values()].map((q) => [iri.question(courseId, q.id), q]));
  const objectiveByIri = new Map(course.meta.objectives.map((o) => [iri.objective(courseId, o.id), o.id]));
  const scenarioByIri = new Map([...index.scenarios.values()].map((s) => [iri.scenario(courseId, s.id), s.id]));
  const decisionByIri = new Map<string, { scenario: string; node: string }>();
  for (const s of index.scenarios.values()) for (const n of s.nodes) if (n.kind === 'situation') decisionByIri.set(iri.decision(courseId, s.id, n.id), { scenario: s.id, node: n.id });
  const assessmentIri = iri.assessment(courseId);
  const inCourse = (id: string) => id === courseId || id.startsWith(`${courseId}/`);
  const ROOT_VERBS = new Set([VERBS.initialized.id, VERBS.completed.id, VERBS.passed.id, VERBS.failed.id, VERBS.terminated.id]);
  const PART_DONE = new Set([VERBS.completed.id, VERBS.experienced.id]);

  const { agg, learner, question, bump, child } = aggregateStore();
  const pendingItems = new Map<string, Map<string, boolean>>();
  const attemptScores = new Map<string, number>();

  function add(s: Statement): void {
    agg.statements += 1;
    const objectId = s.object.id;
    const verb = s.verb.id;
    const who = actorKey(s.actor);
    // Root activity: the course (xAPI) or the AU the LMS launched (cmi5), which may lie outside the course IRI.
    const isRoot = ROOT_VERBS.has(verb) && !objectId.startsWith(`${courseId}/`);
    if (!who || (!isRoot && !inCourse(objectId))) {
      agg.ignored += 1;
      return;
    }
    const l = learner(who);
    const at = s.timestamp;
    const attempt = s.context?.extensions?.[ext('attempt')];
    const attemptKey = `${who}|${s.context?.registration ?? ''}|${typeof attempt === 'number' ? attempt : ''}`;
    if (isRoot) {
      if (verb === VERBS.initialized.id) l.started = earliest(l.started, at);
      else if (verb === VERBS.completed.id) l.completed = earliest(l.completed, at);
      else if (verb === VERBS.passed.id) l.passed = earliest(l.passed, at);
      else if (verb === VERBS.failed.id) l.failed = earliest(l.failed, at);
      else if (verb === VERBS.terminated.id) l.sessionMs += durationMs(s.result?.duration) ?? 0;
      return;
    }
    const q = questionByIri.get(objectId);
    if (q && verb === VERBS.answered.id) {
      const facts = question(q.id);
      const correct = s.result?.success === true;
      const response = typeof s.result?.response === 'string' && s.result.response !== '' ? s.result.response.split('[,]') : [];
      facts.answers += 1;
      if (correct) facts.correct += 1;
      if (q.kind === 'ordering') bump(facts.orders, response.join(' → '));
      else for (const id of response) bump(facts.options, id);
      const inAssessment = s.context?.contextActivities?.other?.some((a) => a.id === assessmentIri) ?? false;
      if (inAssessment) {
        const score = attemptScores.get(attemptKey);
        if (score !== undefined) addItemScore(facts.scores, correct, score);
        else child(pendingItems, attemptKey, () => new Map<string, boolean>()).set(q.id, correct);
      }
      return;
    }
    const decision = decisionByIri.get(objectId);
    if (decision && verb === VERBS.answered.id && typeof s.result?.response === 'string') {
      bump(child(child(agg.decisions, decision.scenario, () => new Map<string, Map<string, number>>()), decision.node, () => new Map<string, number>()), s.result.response);
      return;
    }
    const scenario = scenarioByIri.get(objectId);
    const ending = s.result?.extensions?.[ext('ending')];
    if (scenario && PART_DONE.has(verb) && typeof ending === 'string') {
      bump(child(agg.endings, scenario, () => new Map<string, number>()), ending);
      return;
    }
    const raw = s.result?.score?.raw;
    if (verb === VERBS.scored.id && typeof raw === 'number') {
      if (objectId === assessmentIri) {
        l.attempts += 1;
        l.bestScore = Math.max(l.bestScore ?? 0, raw);
        attemptScores.set(attemptKey, raw);
        // Pair the attempt's held answers with its score, then let them go.
        for (const [qid, correct] of pendingItems.get(attemptKey) ?? []) addItemScore(question(qid).scores, correct, raw);
        pendingItems.delete(attemptKey);
        return;
      }
      const objective = objectiveByIri.get(objectId);
      if (objective) {
        l.objectives.set(objective, Math.max(l.objectives.get(objective) ?? 0, raw));
        return;
      }
    }
    // Pages, lessons, reflections: counted, not reported on.
  }

  return {
    add,
    /** Answers whose attempt never got a score (not submitted) are left out of discrimination. */
    result: (): Aggregate => agg,
  };
}
