import type { Locale } from '../../../course/schema/index.ts';
import type { TrackingEvent } from '../../state/events.ts';
import { correctResponse } from '../../state/scoring.ts';

/**
 * What one answer or decision looks like before it is written in a SCORM version's own
 * vocabulary (scorm12-values.ts / scorm2004-values.ts). Ids (documented in the tracking sheet):
 *
 *   question (lesson or assessment)   <questionId>                 choice | sequencing
 *   scenario decision                 <scenarioId>--<situationId>  choice
 *   reflection (only with trackReflectionText)  <reflectionId>     fill-in (1.2) / long-fill-in (2004)
 *
 * A decision is identified by the situation it was taken in, not by its step number: the same
 * step can be a different situation on another path, the situation id is stable. Interactions
 * are journaled (a new record per answer, SCORM 1.2 allows no other), so a retried question
 * appears again with the same id and a later timestamp.
 */
export type InteractionKind = 'choice' | 'sequencing' | 'fill-in';
export type InteractionResult = 'correct' | 'incorrect' | 'neutral';

export interface InteractionRecord {
  id: string;
  kind: InteractionKind;
  /** Option / item / choice ids in the learner's order; for fill-in, the text as one element. */
  response: string[];
  /** Correct patterns, each a full response (several = any of them is correct); may be empty. */
  correct: string[][];
  /** Every id the response can contain, in the author's order (SCORM 1.2 maps them to 0–9a–z). */
  universe: string[];
  result: InteractionResult;
  latencyMs: number | null;
  at: Date;
  objective: string | null;
  /** Plain text for SCORM 2004 cmi.interactions.n.description, in `lang`; absent for 1.2, which has none. */
  description?: string;
  /** The language of `description`: the one the learner saw (issue 13). Absent in older journals: bokmål. */
  lang?: Locale;
}

/** The data model's strings are single-line; reflections and prompts may contain newlines. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The description of an answer for SCORM 2004 cmi.interactions.n.description, in `lang`
 * (describeInteraction, below). SCORM 1.2 has no description, so its package leaves them out.
 */
export type Describe = (event: TrackingEvent, locale: Locale) => { description: string; lang: Locale };

const ratingResult = { strong: 'correct', partly: 'neutral', weak: 'incorrect' } as const satisfies Record<string, InteractionResult>;

export function interactionFor(event: TrackingEvent, trackReflectionText: boolean, locale: Locale = 'nb', describe?: Describe): InteractionRecord | null {
  const record = undescribed(event, trackReflectionText);
  return record && describe ? { ...record, ...describe(event, locale) } : record;
}

function undescribed(event: TrackingEvent, trackReflectionText: boolean): InteractionRecord | null {
  switch (event.type) {
    case 'question-answered': {
      const q = event.question;
      const universe = q.kind === 'ordering' ? q.items.map((i) => i.id) : q.options.map((o) => o.id);
      return {
        id: q.id,
        kind: q.kind === 'ordering' ? 'sequencing' : 'choice',
        response: [...event.response],
        correct: [correctResponse(q)],
        universe,
        result: event.correct ? 'correct' : 'incorrect',
        latencyMs: event.latencyMs,
        at: event.at,
        objective: q.objective ?? null,
      };
    }
    case 'scenario-decision': {
      const { scenario, node, choice } = event;
      return {
        id: `${scenario.id}--${node.id}`,
        kind: 'choice',
        response: [choice.id],
        correct: node.choices.filter((c) => c.rating === 'strong').map((c) => [c.id]),
        universe: node.choices.map((c) => c.id),
        result: ratingResult[choice.rating],
        latencyMs: event.latencyMs,
        at: event.at,
        objective: scenario.objective ?? null,
      };
    }
    case 'reflection-written':
      if (!trackReflectionText || event.text === null || event.text.trim() === '') return null;
      return {
        id: event.reflectionId,
        kind: 'fill-in',
        response: [oneLine(event.text)],
        correct: [],
        universe: [],
        result: 'neutral',
        latencyMs: null,
        at: event.at,
        objective: null,
      };
    // Like a reflection without the opt-in: that it is done is in suspend_data, its content stays on the device.
    case 'personal-done':
    case 'page-viewed':
    case 'scenario-ended':
    case 'lesson-completed':
    case 'assessment-submitted':
    case 'course-completed':
      return null;
    default:
      return event satisfies never;
  }
}

/** The few words the course adds around content text in a description, per language. */
const WORDS: Record<Locale, { attempt: (n: number) => string; decision: (scenario: string, step: number, choice: string) => string; reflection: string }> = {
  nb: { attempt: (n) => `Avsluttende test, forsøk ${n}: `, decision: (s, n, c) => `${s}, beslutning ${n}: ${c}`, reflection: 'Refleksjon' },
  nn: { attempt: (n) => `Avsluttande test, forsøk ${n}: `, decision: (s, n, c) => `${s}, avgjerd ${n}: ${c}`, reflection: 'Refleksjon' },
  en: { attempt: (n) => `Final assessment, attempt ${n}: `, decision: (s, n, c) => `${s}, decision ${n}: ${c}`, reflection: 'Reflection' },
};

/** The text in `locale` when the content has it, else bokmål, with the language actually used. */
function inLocale(text: { nb: string } & Partial<Record<Locale, string>>, locale: Locale): { text: string; lang: Locale } {
  const value = text[locale];
  return value === undefined ? { text: text.nb, lang: 'nb' } : { text: value, lang: locale };
}

/**
 * SCORM 2004 cmi.interactions.n.description (RTE 4.2.9.1, SPM 250): the question (with the
 * assessment attempt), the scenario and the choice, or "Reflection", in the learner's language
 * where the content has it (issue 13). Only the 2004 dialect uses it, so only its package has it.
 */
export const describeInteraction: Describe = (event, locale) => {
  switch (event.type) {
    case 'question-answered': {
      const prompt = inLocale(event.question.prompt, locale);
      const prefix = event.context.kind === 'assessment' ? WORDS[prompt.lang].attempt(event.context.attempt) : '';
      return { description: oneLine(prefix + prompt.text), lang: prompt.lang };
    }
    case 'scenario-decision': {
      const { scenario, choice } = event;
      const title = inLocale(scenario.title, locale);
      const chosen = inLocale(choice.text, title.lang);
      // One language per description: the scenario's title and the choice in the same one.
      const lang = chosen.lang === title.lang ? title.lang : 'nb';
      return { description: oneLine(WORDS[lang].decision(lang === 'nb' ? scenario.title.nb : title.text, event.step, lang === 'nb' ? choice.text.nb : chosen.text)), lang };
    }
    default:
      // A reflection: the only other event that makes an interaction.
      return { description: WORDS[locale].reflection, lang: locale };
  }
};

/** Cuts a string to `max` characters (SCORM SPM limits) without splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}
