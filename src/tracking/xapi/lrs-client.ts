import type { Agent, Statement } from './types.ts';

/**
 * A lean fetch-based xAPI client: the few resources the course uses, nothing more. (The
 * @xapi/xapi client pulls axios, ~13 KB gzip, and cannot send `keepalive` requests, which
 * a page being closed needs.) Every request goes to the endpoint the launch named, only.
 */
export interface LrsConfig {
  endpoint: string;
  auth: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

export interface StateRef {
  activityId: string;
  agent: Agent;
  registration: string | null;
  stateId: string;
}

/** How a write went, in the terms the outbox acts on. */
export type Outcome =
  | { kind: 'ok' }
  /** Network error, timeout, 5xx, 429, 401: try again later. */
  | { kind: 'retry'; reason: string; network: boolean }
  /** Any other 4xx: the LRS will never accept this body. 409 and 412 are reported here too. */
  | { kind: 'reject'; status: number; reason: string };

const VERSION = '1.0.3';

function headers(cfg: LrsConfig, json: boolean): Record<string, string> {
  return { 'X-Experience-API-Version': VERSION, Authorization: cfg.auth, ...(json ? { 'Content-Type': 'application/json' } : {}) };
}

export function resourceUrl(cfg: LrsConfig, path: string, query: Record<string, string | null> = {}): string {
  const url = new URL(path, cfg.endpoint);
  for (const [k, v] of Object.entries(query)) if (v !== null) url.searchParams.set(k, v);
  return url.href;
}

export function stateQuery(ref: StateRef): Record<string, string | null> {
  return { activityId: ref.activityId, agent: JSON.stringify(ref.agent), registration: ref.registration, stateId: ref.stateId };
}

/** fetch with a timeout (AbortController). keepalive requests outlive the page, so no timer. */
async function send(cfg: LrsConfig, url: string, init: RequestInit): Promise<Response> {
  if (init.keepalive) return cfg.fetch(url, init);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), cfg.timeoutMs);
  try {
    return await cfg.fetch(url, { ...init, signal: abort.signal });
  } finally {
    clearTimeout(timer);
  }
}

async function outcomeOf(request: () => Promise<Response>): Promise<Outcome> {
  let res: Response;
  try {
    res = await request();
  } catch (error) {
    const timeout = error instanceof Error && error.name === 'AbortError';
    return { kind: 'retry', reason: timeout ? 'timeout' : `network error (${String(error)})`, network: true };
  }
  if (res.ok) return { kind: 'ok' };
  const detail = await res.text().then((t) => t.slice(0, 300), () => '');
  return failure(res.status, `HTTP ${res.status} ${detail}`.trim());
}

/**
 * An HTTP failure as the outbox acts on it: 5xx, 429, 408 and 401 (credentials expired or not
 * yet valid: never the statement's fault, keep it queued) are retried; any other is refused.
 */
export function failure(status: number, reason: string): Outcome {
  return status >= 500 || status === 429 || status === 408 || status === 401 ? { kind: 'retry', reason, network: false } : { kind: 'reject', status, reason };
}

/** xAPI 1.0.3 Part Three §2.1: POST an array of statements. */
export function postStatements(cfg: LrsConfig, statements: readonly Statement[], keepalive = false): Promise<Outcome> {
  const body = JSON.stringify(statements);
  return outcomeOf(() => send(cfg, resourceUrl(cfg, 'statements'), { method: 'POST', headers: headers(cfg, true), body, keepalive, credentials: 'omit' }));
}

/**
 * How a State write guards against lost updates (xAPI 1.0.3 Part Three §2.2, RFC 7232):
 * `If-None-Match: *` creates a document that must not exist yet; `If-Match: <etag>` replaces
 * exactly the version we read. ADL's LRS refuses a PUT over an existing document without
 * either (409, lrs/utils/etag.py) and a precondition that does not hold (412).
 */
export type Precondition = { ifNoneMatch: '*' } | { ifMatch: string };

/** xAPI 1.0.3 Part Three §2.3: PUT replaces the document. The response's ETag, when the LRS sends one. */
export async function putState(cfg: LrsConfig, ref: StateRef, body: string, pre: Precondition, keepalive = false): Promise<Outcome & { etag?: string | null }> {
  let etag: string | null = null;
  const out = await outcomeOf(async () => {
    const res = await send(cfg, resourceUrl(cfg, 'activities/state', stateQuery(ref)), {
      method: 'PUT',
      headers: { ...headers(cfg, true), ...('ifMatch' in pre ? { 'If-Match': pre.ifMatch } : { 'If-None-Match': pre.ifNoneMatch }) },
      body,
      keepalive,
      credentials: 'omit',
    });
    etag = res.headers.get('ETag');
    return res;
  });
  return out.kind === 'ok' ? { ...out, etag } : out;
}

/** `etag` is null when the LRS sent none or CORS hides it (Access-Control-Expose-Headers). */
export type ReadResult = { kind: 'found'; body: string; etag: string | null } | { kind: 'absent' } | { kind: 'error'; reason: string; status: number | null };

async function read(cfg: LrsConfig, url: string): Promise<ReadResult> {
  try {
    const res = await send(cfg, url, { method: 'GET', headers: headers(cfg, false), credentials: 'omit' });
    if (res.status === 404) return { kind: 'absent' };
    if (!res.ok) return { kind: 'error', reason: `HTTP ${res.status}`, status: res.status };
    return { kind: 'found', body: await res.text(), etag: res.headers.get('ETag') };
  } catch (error) {
    return { kind: 'error', reason: String(error), status: null };
  }
}

export function getState(cfg: LrsConfig, ref: StateRef): Promise<ReadResult> {
  return read(cfg, resourceUrl(cfg, 'activities/state', stateQuery(ref)));
}

/** xAPI 1.0.3 Part Three §2.6 Agent Profile Resource. */
export function getAgentProfile(cfg: LrsConfig, agent: Agent, profileId: string): Promise<ReadResult> {
  return read(cfg, resourceUrl(cfg, 'agents/profile', { agent: JSON.stringify(agent), profileId }));
}
