import type { Statement } from '../../src/tracking/xapi/types.ts';

export interface LrsQuery {
  /** The LRS's xAPI endpoint, e.g. https://lrs.example/xapi/ */
  endpoint: string;
  /** Authorization header value, e.g. "Basic …". */
  auth: string;
  activity: string;
  since?: string;
  until?: string;
  registration?: string;
  /** Statements per page (the LRS may send fewer). */
  limit?: number;
  fetch?: typeof fetch;
  /** Waits before retry n (1-based); tests pass a quick one. */
  retryDelayMs?: (n: number) => number;
}

/** A page is tried this often in all when the connection drops or the LRS answers 429/5xx. */
const TRIES = 4;

export class LrsError extends Error {}

/**
 * The course's statements, one page at a time (xAPI 1.0.3 Communication §2.1.3 GET
 * statements): filtered by activity (with related_activities, so answers to its questions
 * count), oldest first, following the `more` IRL until it is empty. Only one page is in
 * memory at a time. `more` is relative to the LRS's host (§2.1.3 StatementResult).
 */
export async function* statementPages(q: LrsQuery): AsyncGenerator<Statement[]> {
  const get = q.fetch ?? fetch;
  const base = new URL(q.endpoint.endsWith('/') ? q.endpoint : `${q.endpoint}/`);
  const params = new URLSearchParams({ activity: q.activity, related_activities: 'true', ascending: 'true', limit: String(q.limit ?? 500), format: 'exact' });
  if (q.since) params.set('since', q.since);
  if (q.until) params.set('until', q.until);
  if (q.registration) params.set('registration', q.registration);
  let next: URL | null = new URL(`statements?${params.toString()}`, base);
  const delay = q.retryDelayMs ?? ((n: number) => 1000 * 2 ** (n - 1));
  while (next) {
    const url: URL = next;
    let res: Response | null = null;
    for (let n = 1; !res; n++) {
      try {
        const r = await get(url, { headers: { Authorization: q.auth, 'X-Experience-API-Version': '1.0.3', Accept: 'application/json' } });
        if ((r.status === 429 || r.status >= 500) && n < TRIES) await r.body?.cancel();
        else res = r;
      } catch (error) {
        // A dropped connection (busy LRS, proxy time-out): try the same page again, then give up.
        if (n >= TRIES) throw new LrsError(`The LRS could not be reached (${(error as Error).message}) for ${url.pathname} after ${TRIES} tries.`);
      }
      if (!res) await new Promise((ok) => setTimeout(ok, delay(n)));
    }
    if (!res.ok) throw new LrsError(`The LRS answered ${res.status} ${res.statusText} for ${url.pathname}: ${(await res.text()).slice(0, 300)}`);
    const page = (await res.json()) as { statements?: Statement[]; more?: string };
    if (!Array.isArray(page.statements)) throw new LrsError('The LRS answered without a statements list: is the endpoint the xAPI root (…/xapi/)?');
    yield page.statements;
    next = page.more ? new URL(page.more, base.origin) : null;
  }
}
