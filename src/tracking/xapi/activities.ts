import type { LocalizedText, Question, Scenario, SituationNode } from '../../../course/schema/index.ts';
import { correctResponse } from '../../state/scoring.ts';
import type { CourseFacts } from './course-facts.ts';
import type { Activity, ActivityDefinition, InteractionComponent, LanguageMap } from './types.ts';
import { ACTIVITY_TYPES } from './vocabulary.ts';

/**
 * Stable activity IRIs under the course id: every tracked thing has an id written in the
 * content, so a re-ordered course still matches earlier LRS data (DESIGN.md).
 */
export const iri = {
  lesson: (courseId: string, id: string) => `${courseId}/lesson/${id}`,
  objective: (courseId: string, id: string) => `${courseId}/objective/${id}`,
  question: (courseId: string, id: string) => `${courseId}/question/${id}`,
  scenario: (courseId: string, id: string) => `${courseId}/scenario/${id}`,
  decision: (courseId: string, scenarioId: string, nodeId: string) => `${courseId}/scenario/${scenarioId}/decision/${nodeId}`,
  reflection: (courseId: string, id: string) => `${courseId}/reflection/${id}`,
  personal: (courseId: string, kind: 'self-assessment' | 'action-plan', id: string) => `${courseId}/${kind}/${id}`,
  assessment: (courseId: string) => `${courseId}/assessment`,
  extension: (courseId: string, name: string) => `${courseId}/extensions/${name}`,
};

/** Content text as an xAPI language map: every language the course wrote it in (nb always). */
export function langMap(text: LocalizedText): LanguageMap {
  const out: LanguageMap = { nb: text.nb };
  if (text.nn) out.nn = text.nn;
  if (text.en) out.en = text.en;
  return out;
}

/**
 * A name the course makes up around content text (e.g. "… – final assessment"): nb, nn and
 * en, so an LRS report in any of the course's languages reads well. The content inside is in
 * the same language when the course has it, else bokmål.
 */
function made(text: LocalizedText, nb: (t: string) => string, nn: (t: string) => string, en: (t: string) => string): LanguageMap {
  return { nb: nb(text.nb), nn: nn(text.nn ?? text.nb), en: en(text.en ?? text.nb) };
}

function activity(id: string, definition: ActivityDefinition): Activity {
  return { objectType: 'Activity', id, definition };
}

/** The course itself; `id` may be the activity id the LMS launched us with. */
export function courseActivity(facts: CourseFacts, id: string = facts.courseId): Activity {
  return activity(id, {
    type: ACTIVITY_TYPES.course,
    name: langMap(facts.title),
    ...(facts.description ? { description: langMap(facts.description) } : {}),
  });
}

export function lessonActivity(facts: CourseFacts, lessonId: string): Activity {
  const title = facts.lessonTitle(lessonId);
  return activity(iri.lesson(facts.courseId, lessonId), { type: ACTIVITY_TYPES.lesson, ...(title ? { name: langMap(title) } : {}) });
}

export function objectiveActivity(facts: CourseFacts, objectiveId: string): Activity {
  const o = facts.objective(objectiveId);
  return activity(iri.objective(facts.courseId, objectiveId), {
    type: ACTIVITY_TYPES.objective,
    ...(o ? { name: langMap(o.title), description: langMap(o.description) } : {}),
  });
}

export function assessmentActivity(facts: CourseFacts): Activity {
  return activity(iri.assessment(facts.courseId), {
    type: ACTIVITY_TYPES.assessment,
    name: made(facts.title, (t) => `${t} – avsluttende test`, (t) => `${t} – avsluttande test`, (t) => `${t} – final assessment`),
  });
}

/** xAPI 1.0.3 §2.4.4.1 interaction activities: choice / sequencing with components and pattern. */
export function questionActivity(facts: CourseFacts, q: Question): Activity {
  const base = { type: ACTIVITY_TYPES.question, name: langMap(q.prompt), description: langMap(q.prompt) };
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const choices: InteractionComponent[] = q.options.map((o) => ({ id: o.id, description: langMap(o.text) }));
      return activity(iri.question(facts.courseId, q.id), {
        ...base,
        interactionType: 'choice',
        correctResponsesPattern: [correctResponse(q).join('[,]')],
        choices,
      });
    }
    case 'ordering':
      return activity(iri.question(facts.courseId, q.id), {
        ...base,
        interactionType: 'sequencing',
        correctResponsesPattern: [correctResponse(q).join('[,]')],
        // xAPI 1.0.3 §2.4.4.1.1: sequencing lists its items as "choices" too.
        choices: q.items.map((i) => ({ id: i.id, description: langMap(i.text) })),
      });
    default:
      return q satisfies never;
  }
}

export function scenarioActivity(facts: CourseFacts, s: Scenario): Activity {
  return activity(iri.scenario(facts.courseId, s.id), { type: ACTIVITY_TYPES.simulation, name: langMap(s.title) });
}

/**
 * A decision in a scenario is a choice interaction. The "strong" choices are the correct
 * responses; each is its own pattern (a single-choice pattern names one choice).
 */
export function decisionActivity(facts: CourseFacts, s: Scenario, node: SituationNode): Activity {
  const strong = node.choices.filter((c) => c.rating === 'strong').map((c) => c.id);
  // Situations are numbered in the scenario's order: a name for people; the id stays the node's.
  const n = s.nodes.filter((x) => x.kind === 'situation').findIndex((x) => x.id === node.id) + 1;
  return activity(iri.decision(facts.courseId, s.id, node.id), {
    type: ACTIVITY_TYPES.question,
    name: made(s.title, (t) => `${t} – valg i situasjon ${n}`, (t) => `${t} – val i situasjon ${n}`, (t) => `${t} – choice in situation ${n}`),
    interactionType: 'choice',
    ...(strong.length ? { correctResponsesPattern: strong } : {}),
    choices: node.choices.map((c) => ({ id: c.id, description: langMap(c.text) })),
  });
}

export function reflectionActivity(facts: CourseFacts, reflectionId: string): Activity {
  const label = facts.reflection(reflectionId);
  return activity(iri.reflection(facts.courseId, reflectionId), {
    type: ACTIVITY_TYPES.question,
    interactionType: 'long-fill-in',
    ...(label ? { name: made(label, (t) => `Refleksjon: ${t}`, (t) => `Refleksjon: ${t}`, (t) => `Reflection: ${t}`) } : {}),
  });
}

/** A self-assessment or action plan: only that it is done is ever sent (DESIGN.md: personal answers stay on the device). */
export function personalActivity(facts: CourseFacts, kind: 'self-assessment' | 'action-plan', id: string): Activity {
  const title = facts.personal(id);
  const [nbWord, nnWord, enWord] = kind === 'self-assessment' ? ['Egenvurdering', 'Eigenvurdering', 'Self-assessment'] : ['Handlingsplan', 'Handlingsplan', 'Action plan'];
  const named = (word: string) => (t: string) => (t === word ? t : `${word}: ${t}`);
  return activity(iri.personal(facts.courseId, kind, id), {
    type: ACTIVITY_TYPES.question,
    interactionType: 'other',
    name: title ? made(title, named(nbWord), named(nnWord), named(enWord)) : { nb: nbWord, nn: nnWord, en: enWord },
  });
}
