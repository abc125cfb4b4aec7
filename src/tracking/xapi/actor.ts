import { bad, ok, type Parsed } from './parsed.ts';
import type { Agent } from './types.ts';

/** Old Tin Can (0.9/0.95) launchers send every property as a one-element array. */
function one(value: unknown): unknown {
  return Array.isArray(value) ? (value.length === 1 ? value[0] : undefined) : value;
}

const str = (value: unknown): string | undefined => {
  const v = one(value);
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
};

function absoluteIri(value: string): boolean {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(value) && new URL(value).protocol !== '';
  } catch {
    return false;
  }
}

/**
 * Reads the launch `actor` (Tin Can launch: JSON, the 1.0 object or the old array form
 * `{"name":["x"],"mbox":["mailto:x"]}`) into a 1.0 Agent with exactly one inverse
 * functional identifier (xAPI 1.0.3 §2.4.2.1). `param` names the launch parameter in problems.
 */
export function parseActor(raw: string | null, param = 'actor'): Parsed<Agent> {
  if (raw === null || raw.trim() === '') return bad(`Parameteren "${param}" mangler.`);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return bad(`Parameteren "${param}" er ikke gyldig JSON.`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad(`Parameteren "${param}" er ikke et JSON-objekt.`);
  const o = data as Record<string, unknown>;
  if (o.objectType !== undefined && one(o.objectType) !== 'Agent') return bad(`Parameteren "${param}" må være en Agent (objectType "Agent"), ikke "${String(one(o.objectType))}".`);
  const ifis: Agent[] = [];
  const mbox = str(o.mbox);
  if (mbox !== undefined) {
    if (!/^mailto:[^@\s]+@[^@\s]+$/.test(mbox)) return bad(`"${param}.mbox" må ha formen mailto:navn@domene.`);
    ifis.push({ mbox });
  }
  const sha = str(o.mbox_sha1sum);
  if (sha !== undefined) {
    if (!/^[0-9a-f]{40}$/i.test(sha)) return bad(`"${param}.mbox_sha1sum" må være 40 heksadesimale tegn.`);
    ifis.push({ mbox_sha1sum: sha });
  }
  const openid = str(o.openid);
  if (openid !== undefined) {
    if (!absoluteIri(openid)) return bad(`"${param}.openid" må være en absolutt URI.`);
    ifis.push({ openid });
  }
  const account = one(o.account);
  if (account !== undefined) {
    if (typeof account !== 'object' || account === null) return bad(`"${param}.account" må være et objekt.`);
    const a = account as Record<string, unknown>;
    // 0.95 used accountServiceHomePage / accountName.
    const homePage = str(a.homePage) ?? str(a.accountServiceHomePage);
    const name = str(a.name) ?? str(a.accountName);
    if (!homePage || !absoluteIri(homePage)) return bad(`"${param}.account.homePage" mangler eller er ikke en absolutt URL.`);
    if (!name) return bad(`"${param}.account.name" mangler.`);
    ifis.push({ account: { homePage, name } });
  }
  if (ifis.length === 0) return bad(`Parameteren "${param}" mangler identifikator (mbox, mbox_sha1sum, openid eller account).`);
  if (ifis.length > 1) return bad(`Parameteren "${param}" har mer enn én identifikator; xAPI tillater nøyaktig én.`);
  const name = str(o.name);
  return ok({ objectType: 'Agent', ...(name ? { name } : {}), ...ifis[0] });
}

export { absoluteIri };
