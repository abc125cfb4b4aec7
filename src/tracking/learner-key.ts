import type { Agent } from './xapi/types.ts';

/**
 * Who the learner is, as a key for what the course keeps on this device per learner
 * (reflection texts). Several people may share one browser profile (a shared PC at work), so
 * device data must never be keyed by the course alone.
 *
 * The key is a one-way hash of the identity the LMS/LRS gives: a storage key is readable by
 * anyone at the computer, and an e-mail address (xAPI mbox) or an employee number has no
 * business there. It is not a secret: it only has to tell learners apart and not show who they
 * are. The standard's family prefixes the input, so SCORM 1.2 and 2004 (one LMS user id) share
 * a key, as do xAPI and cmi5 (one actor).
 */
export type LearnerSource = 'scorm' | 'xapi';

/** The learner of the standalone web version and of the no-LMS fallback: whoever uses this browser. */
export const LOCAL_LEARNER = 'local';

/** 64 bits from two FNV-1a passes with different offsets; enough to tell the people at one computer apart. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * The key for an LMS learner id (SCORM cmi.core.student_id / cmi.learner_id) or an xAPI actor
 * (agentIdentity). An LMS that names no learner gets one shared anonymous key per standard:
 * never the local learner's, whose device data belongs to whoever uses the web version here.
 */
export function learnerKey(source: LearnerSource, identity: string | null | undefined): string {
  const id = (identity ?? '').trim();
  return id ? `${source}-${hash64(`${source}:${id}`)}` : `${source}-anonymous`;
}

/** The actor's one inverse functional identifier (xAPI 1.0.3 §2.4.2.1) as one string; the name is not part of who it is. */
export function agentIdentity(agent: Agent): string | null {
  if (agent.mbox) return `mbox:${agent.mbox}`;
  if (agent.mbox_sha1sum) return `mbox_sha1sum:${agent.mbox_sha1sum}`;
  if (agent.openid) return `openid:${agent.openid}`;
  if (agent.account) return `account:${agent.account.homePage}|${agent.account.name}`;
  return null;
}
