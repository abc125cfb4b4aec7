import type { Course, LocalizedText, Question, Scenario, SituationNode } from '../../course/schema/index.ts';
import { indexCourse } from '../../src/state/course-index.ts';
import type { TrackingEvent } from '../../src/state/events.ts';
import { completed as cmi5Completed, initialized as cmi5Initialized, judged as cmi5Judged, terminated as cmi5Terminated } from '../../src/tracking/cmi5/defined-statements.ts';
import { summarize } from '../../src/state/summary.ts';
import { initialState } from '../../src/state/state.ts';
import {
  assessmentActivity,
  courseActivity,
  decisionActivity,
  iri,
  lessonActivity,
  objectiveActivity,
  personalActivity,
  questionActivity,
  reflectionActivity,
  scenarioActivity,
} from '../../src/tracking/xapi/activities.ts';
import { courseFacts, type CourseFacts } from '../../src/tracking/xapi/course-facts.ts';
import { courseStatements } from '../../src/tracking/xapi/course-statements.ts';
import { eventDrafts } from '../../src/tracking/xapi/event-drafts.ts';
import type { Draft } from '../../src/tracking/xapi/statement-factory.ts';
import type { Activity, Verb } from '../../src/tracking/xapi/types.ts';
import { CMI5, VERBS } from '../../src/tracking/xapi/vocabulary.ts';

export type XapiTarget = 'xapi' | 'cmi5';

/** One kind of statement, described from a statement the course's own code builds. */
export interface StatementRow {
  when: string;
  verb: Verb;
  /** The object id, with the varying part as {placeholder}. */
  object: string;
  type: string | null;
  result: string[];
  extensions: string[];
  categories: string[];
}

/** One activity the course can send, with its id and readable name. */
export interface ActivityRow {
  id: string;
  type: string;
  name: Record<string, string>;
}

/** The course data as the player has it in the browser (window.__COURSE__). */
export function factsFor(course: Course): CourseFacts {
  const win = { __COURSE__: course, __COURSE_META__: course.meta } as unknown as Window;
  return courseFacts({
    courseId: course.meta.id,
    courseTitle: course.meta.title.nb,
    courseVersion: course.meta.version,
    objectiveIds: course.meta.objectives.map((o) => o.id),
    masteryScore: course.meta.masteryScore,
    trackReflectionText: course.meta.trackReflectionText,
    window: win,
  });
}

const ROOT_XAPI = '{kursets id, eller activity_id fra lanseringen}';
const ROOT_CMI5 = '{activityId fra lanseringen (AU-en)}';

function samples(course: Course) {
  const questions: { q: Question; lessonId: string; inAssessment: boolean }[] = [];
  const scenarios: { s: Scenario; lessonId: string }[] = [];
  const reflections: { id: string; lessonId: string; label: LocalizedText }[] = [];
  const personal: { id: string; lessonId: string; kind: 'self-assessment' | 'action-plan' }[] = [];
  for (const lesson of course.lessons) {
    for (const page of lesson.pages) {
      for (const b of page.blocks) {
        if (b.kind === 'question') questions.push({ q: b.question, lessonId: lesson.id, inAssessment: false });
        if (b.kind === 'assessment') for (const q of b.bank) questions.push({ q, lessonId: lesson.id, inAssessment: true });
        if (b.kind === 'scenario') scenarios.push({ s: b.scenario, lessonId: lesson.id });
        if (b.kind === 'reflection') reflections.push({ id: b.id, lessonId: lesson.id, label: b.planLabel ?? b.prompt });
        if (b.kind === 'self-assessment' || b.kind === 'action-plan') personal.push({ id: b.id, lessonId: lesson.id, kind: b.kind });
      }
    }
  }
  return { questions, scenarios, reflections, personal };
}

/** Every statement kind the target sends, built by the same code the player runs. */
export function statementRows(course: Course, target: XapiTarget): StatementRow[] {
  const facts = factsFor(course);
  const root: Activity = courseActivity(facts, target === 'xapi' ? ROOT_XAPI : ROOT_CMI5);
  const index = indexCourse(course);
  const summary = summarize(index, initialState());
  const { questions, scenarios, reflections, personal } = samples(course);
  const at = new Date(0);
  const lessonId = course.lessons[0]?.id ?? 'lesson';
  const lessonQ = questions.find((x) => !x.inAssessment);
  const bankQ = questions.find((x) => x.inAssessment);
  const scenario = scenarios[0];
  const situation = scenario?.s.nodes.find((n): n is SituationNode => n.kind === 'situation');
  const ending = scenario?.s.nodes.find((n) => n.kind === 'ending');
  const reflection = reflections[0];
  // Ids vary per thing; the sheet shows their place: …/question/{spørsmål-id} and so on (activities.ts iri).
  const names: Record<string, string> = { lesson: 'leksjon-id', question: 'spørsmål-id', scenario: 'scenario-id', decision: 'situasjon-id', reflection: 'refleksjon-id', objective: 'forventning-id' };
  const pattern = (id: string) => id.replace(/\/(lesson|question|scenario|decision|reflection|objective)\/[^/]+/g, (_m, kind: string) => `/${kind}/{${names[kind] ?? 'id'}}`);

  const events: [string, TrackingEvent][] = [['Deltakeren kommer til en ny side (fremdrift 0–100)', { type: 'page-viewed', lessonId, pageId: course.lessons[0]?.pages[0]?.id ?? 'page', at }]];
  if (lessonQ) events.push(['Svar på et spørsmål i en leksjon', { type: 'question-answered', lessonId: lessonQ.lessonId, question: lessonQ.q, response: [], correct: true, latencyMs: 1000, context: { kind: 'lesson' }, at }]);
  if (bankQ) events.push(['Svar på et spørsmål i den avsluttende testen', { type: 'question-answered', lessonId: bankQ.lessonId, question: bankQ.q, response: [], correct: true, latencyMs: 1000, context: { kind: 'assessment', attempt: 1 }, at }]);
  if (scenario && situation) {
    const choice = situation.choices[0];
    if (choice) events.push(['Valg i et scenario', { type: 'scenario-decision', scenario: scenario.s, lessonId: scenario.lessonId, node: situation, choice, step: 1, latencyMs: 1000, at }]);
    if (ending) events.push(['Et scenario er gjennomført', { type: 'scenario-ended', scenario: scenario.s, lessonId: scenario.lessonId, endingId: ending.id, at }]);
  }
  if (reflection) events.push(['En refleksjon er skrevet', { type: 'reflection-written', reflectionId: reflection.id, lessonId: reflection.lessonId, text: null, at }]);
  // Self-assessments and action plans: each has its own activity id (listed under Aktiviteter), so one row per block.
  for (const p of personal) events.push([p.kind === 'self-assessment' ? 'En egenvurdering er fylt ut (bare at den er gjort)' : 'En handlingsplan er skrevet (bare at den er gjort)', { type: 'personal-done', blockId: p.id, blockKind: p.kind, lessonId: p.lessonId, at }]);
  events.push(['En leksjon er fullført', { type: 'lesson-completed', lessonId, at }]);
  const byObjective = Object.fromEntries(course.meta.objectives.map((o) => [o.id, 100]));
  events.push(['Den avsluttende testen er levert: kursresultat og ett resultat per forventning', { type: 'assessment-submitted', attempt: 1, passed: true, result: { score: 100, byObjective, draw: [] }, at }]);

  const rows: StatementRow[] = [];
  const add = (when: string, d: Draft) => {
    if (rows.some((r) => r.when === when && r.verb.id === d.verb.id && r.object === pattern(d.object.id))) return;
    rows.push({
      when,
      verb: d.verb,
      object: pattern(d.object.id),
      type: d.object.definition?.type ?? null,
      result: Object.keys(d.result ?? {}).concat(Object.keys(d.result?.extensions ?? {}).map((k) => `extensions.${k}`)).filter((k) => k !== 'extensions'),
      extensions: [...Object.keys(d.extensions ?? {}), ...(target === 'cmi5' ? [CMI5.sessionId] : [])],
      categories: (d.contextActivities?.category ?? []).map((c) => c.id),
    });
  };
  const duration = 'PT1M';
  if (target === 'xapi') {
    add('Hver start av kurset', courseStatements.initialized(root, at));
  } else {
    add('Hver økt, først (cmi5 §9.3.2)', cmi5Initialized(root, at));
  }
  const partDoneVerb = target === 'cmi5' ? VERBS.experienced : VERBS.completed;
  for (const [when, event] of events) {
    for (const d of eventDrafts(event, { facts, root, summary, trackReflectionText: course.meta.trackReflectionText, partDoneVerb, sendProgress: true })) add(when, d);
  }
  if (target === 'xapi') {
    add('Alle obligatoriske leksjoner er gjort (én gang per registrering)', courseStatements.completed(root, duration, at));
    add(`Testen er bestått (≥ ${course.meta.masteryScore} %; én gang per registrering)`, courseStatements.judged(root, true, 100, duration, at));
    add('Testen er ikke bestått (aldri etter et bestått forsøk)', courseStatements.judged(root, false, 10, duration, at));
    add('Vinduet lukkes eller lastes på nytt uten «Avslutt»', courseStatements.suspended(root, duration, at));
    add('Samme side vises igjen (tilbake-knappen)', courseStatements.resumed(root, at));
    add('«Avslutt»', courseStatements.terminated(root, duration, at));
  } else {
    const ms = course.meta.masteryScore / 100;
    add('Alle obligatoriske leksjoner er gjort (én gang per registrering, §9.3.3)', cmi5Completed(root, duration, at));
    add('Testen er bestått mot LMS-ets masteryScore (§9.3.4)', cmi5Judged(root, true, 100, ms, duration, at));
    add('Testen er ikke bestått; sendes ved øktens slutt hvis ingen senere bestått i økten (§9.3.5)', cmi5Judged(root, false, 10, ms, duration, at));
    add('«Avslutt» (§9.3.8), etter at State-dokumentet er skrevet', cmi5Terminated(root, duration, at));
  }
  return rows;
}

/** Every activity id the course can send, with its type and name, from the same builders. */
export function activityRows(course: Course): ActivityRow[] {
  const facts = factsFor(course);
  const out: ActivityRow[] = [];
  const push = (a: Activity) => out.push({ id: a.id, type: a.definition?.type ?? '', name: a.definition?.name ?? {} });
  for (const o of course.meta.objectives) push(objectiveActivity(facts, o.id));
  push(assessmentActivity(facts));
  const { questions, scenarios, reflections, personal } = samples(course);
  for (const l of course.lessons) push(lessonActivity(facts, l.id));
  for (const { q } of questions) push(questionActivity(facts, q));
  for (const { s } of scenarios) {
    push(scenarioActivity(facts, s));
    for (const n of s.nodes) if (n.kind === 'situation') push(decisionActivity(facts, s, n));
  }
  for (const r of reflections) push(reflectionActivity(facts, r.id));
  for (const p of personal) push(personalActivity(facts, p.kind, p.id));
  return out;
}

/** The course's own extension IRIs (event-drafts.ts), with what they hold. */
export function extensionRows(course: Course): { id: string; what: string }[] {
  const ext = (name: string) => iri.extension(course.meta.id, name);
  return [
    { id: ext('page'), what: 'Side-id-en deltakeren kom til (context, på progressed).' },
    { id: ext('attempt'), what: 'Forsøksnummer i den avsluttende testen (context, på answered og scored i testen).' },
    { id: ext('rating'), what: 'Hvor godt et scenariovalg er: strong, partly eller weak (result, på valg i scenario).' },
    { id: ext('step'), what: 'Steg nummer i scenarioet (context, på valg i scenario).' },
    { id: ext('ending'), what: 'Id-en til slutten deltakeren nådde (result, når et scenario er gjennomført).' },
    { id: CMI5.progress, what: 'Fremdrift i prosent, heltall 0–100 (result, på progressed; cmi5 §9.5.5.1).' },
    { id: CMI5.sessionId, what: 'cmi5: øktens id fra LMS.LaunchData (context, på alle utsagn; §9.6.3.1).' },
    { id: CMI5.masteryScore, what: 'cmi5: LMS-ets masteryScore, 0–1 (context, på Passed/Failed; §9.6.3.2).' },
  ];
}
