import type { Activity, Agent, Context, ContextActivities, Statement } from '../xapi/types.ts';
import { CMI5 } from '../xapi/vocabulary.ts';

/** The session a statement is sent in now. */
export interface CurrentSession {
  sessionId: string;
  registration: string;
  actor: Agent;
  template: Context;
}

export type CarryOver = { keep: Statement } | { drop: Statement; why: string };

const isDefined = (s: Statement) => (s.context?.contextActivities?.category ?? []).some((c) => c.id === CMI5.categoryCmi5);

/** Template lists first, in order (CATAPULT matches them by position), then the statement's own. */
function withTemplate(own: ContextActivities | undefined, template: ContextActivities | undefined): ContextActivities | undefined {
  if (!own && !template) return undefined;
  const out: ContextActivities = { ...own };
  for (const key of ['parent', 'grouping', 'category', 'other'] as const) {
    const first: Activity[] = template?.[key] ?? [];
    const rest = (own?.[key] ?? []).filter((a) => !first.some((t) => t.id === a.id));
    if (first.length || rest.length) out[key] = [...first, ...rest];
  }
  return out;
}

/**
 * A statement left on the device by an earlier session of this registration (offline, then
 * the window closed). The token of the new session only admits statements with the new
 * session id (cmi5 §9.6.3.1; CATAPULT refuses others with 403, rule 10.2.1.0-6), and the old
 * session is over (abandoned by the LMS, §9.3.6), so:
 * - cmi5 "allowed" statements (answers, progress, results per expectation) move into the new
 *   session: its session id, registration, actor and context template; id and timestamp stay,
 *   so a copy the LRS already has is recognised (same id) and the time is when it happened;
 * - cmi5 defined statements (Initialized, Completed, Passed, Failed, Terminated) belong to
 *   their session and cannot be moved (§9.3: the session's own lifecycle); they are dropped
 *   on purpose, and the tracker re-judges Completed/Passed/Failed in the new session.
 */
export function carryOver(s: Statement, now: CurrentSession): CarryOver {
  const sessionId = s.context?.extensions?.[CMI5.sessionId];
  if (sessionId === now.sessionId) return { keep: s };
  if (isDefined(s)) return { drop: s, why: `cmi5 defined statement of ended session ${String(sessionId)}` };
  const contextActivities = withTemplate(s.context?.contextActivities, now.template.contextActivities);
  const context: Context = {
    ...s.context,
    ...now.template,
    registration: now.registration,
    ...(contextActivities ? { contextActivities } : {}),
    extensions: { ...s.context?.extensions, ...now.template.extensions, [CMI5.sessionId]: now.sessionId },
  };
  return { keep: { ...s, actor: now.actor, context } };
}
