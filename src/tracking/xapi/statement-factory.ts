import type { Activity, Agent, Context, ContextActivities, Extensions, Result, Statement, Verb } from './types.ts';
import { uuidV4 } from './uuid.ts';
import { LANG } from './vocabulary.ts';

/** A statement before actor, id and launch context are added. */
export interface Draft {
  verb: Verb;
  object: Activity;
  result?: Result;
  contextActivities?: ContextActivities;
  extensions?: Extensions;
  at: Date;
}

export interface StatementBase {
  actor: Agent;
  registration: string | null;
  /**
   * Context every statement starts from. cmi5 §10 (contextTemplate): the AU MUST use it as a
   * template and MUST NOT overwrite any value in it, so we only ever append to it.
   */
  template: Context;
  uuid?: () => string;
  /** The language the learner sees (RFC 5646 tag, issue 13); absent: bokmål. Changes when they switch. */
  language?: string;
}

/** Strip definitions from context activities: an id is all a context list needs. */
const ref = (a: Activity): Activity => ({ objectType: 'Activity', id: a.id });

function mergeActivities(template: ContextActivities | undefined, extra: ContextActivities | undefined): ContextActivities | undefined {
  if (!template && !extra) return undefined;
  const out: ContextActivities = { ...template };
  for (const key of ['parent', 'grouping', 'category', 'other'] as const) {
    const add = extra?.[key]?.map(ref) ?? [];
    const have = out[key] ?? [];
    const merged = [...have, ...add.filter((a) => !have.some((h) => h.id === a.id))];
    if (merged.length) out[key] = merged;
  }
  return out;
}

export function buildStatement(base: StatementBase, draft: Draft): Statement {
  const { template } = base;
  const contextActivities = mergeActivities(template.contextActivities, draft.contextActivities);
  const extensions = { ...draft.extensions, ...template.extensions };
  const context: Context = {
    ...template,
    ...(base.registration && !template.registration ? { registration: base.registration } : {}),
    ...(contextActivities ? { contextActivities } : {}),
    ...(Object.keys(extensions).length ? { extensions } : {}),
    // xAPI 1.0.3 §2.4.6 context.language: the language in which the experience took place.
    language: template.language ?? base.language ?? LANG,
  };
  return {
    id: (base.uuid ?? uuidV4)(),
    actor: base.actor,
    verb: draft.verb,
    object: draft.object,
    ...(draft.result ? { result: draft.result } : {}),
    context,
    timestamp: draft.at.toISOString(),
  };
}
