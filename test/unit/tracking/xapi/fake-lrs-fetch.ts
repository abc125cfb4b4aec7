import type { Statement } from '../../../../src/tracking/xapi/types.ts';
import { writeDoc, type StoredDoc } from '../../../lrs/documents.ts';

export interface Call {
  method: string;
  url: string;
  body: string | null;
  keepalive: boolean;
  headers: Record<string, string>;
}

export type Reply = number | 'network' | 'hang' | ((call: Call) => number | 'network' | 'hang');

/**
 * A scripted LRS behind fetch: each request takes the next reply from the script (then
 * `fallback`). Statements answered 2xx are "stored" once per id, so tests can count them.
 * A State request the script lets through (2xx) meets the ADL LRS's document rules
 * (test/lrs/documents.ts: ETag on GET, 409 without ETag headers, 412 on a mismatch).
 */
export function fakeLrsFetch(script: Reply[] = [], fallback: Reply = 200) {
  const calls: Call[] = [];
  const stored = new Map<string, Statement>();
  const docs = new Map<string, StoredDoc>();
  const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const call: Call = {
      method: init.method ?? 'GET',
      url: input instanceof Request ? input.url : input.toString(),
      body: typeof init.body === 'string' ? init.body : null,
      keepalive: init.keepalive === true,
      headers: (init.headers ?? {}) as Record<string, string>,
    };
    calls.push(call);
    const next = script.length ? script.shift() : fallback;
    const reply = typeof next === 'function' ? next(call) : (next ?? 200);
    if (reply === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    if (reply === 'hang') {
      return new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    if (reply < 300 && new URL(call.url).pathname.endsWith('/activities/state')) {
      const u = new URL(call.url);
      const key = ['activityId', 'agent', 'registration', 'stateId'].map((k) => u.searchParams.get(k)).join('§');
      if (call.method === 'GET') {
        const doc = docs.get(key);
        return Promise.resolve(doc ? new Response(doc.body, { status: 200, headers: { ETag: doc.etag } }) : new Response('', { status: 404 }));
      }
      const out = writeDoc(docs, key, call.method === 'POST' ? 'POST' : 'PUT', call.body ?? '', { ifMatch: call.headers['If-Match'], ifNoneMatch: call.headers['If-None-Match'] });
      return Promise.resolve(new Response(out.status === 204 ? null : out.reason, { status: out.status }));
    }
    if (reply < 300 && call.method === 'POST' && call.url.endsWith('/statements') && call.body) {
      for (const s of JSON.parse(call.body) as Statement[]) if (!stored.has(s.id)) stored.set(s.id, s);
    }
    return Promise.resolve(new Response(reply === 204 ? null : '[]', { status: reply }));
  };
  return { fetch: fetchFn, calls, stored, docs };
}

let n = 0;
export function statement(id?: string, padding = 0): Statement {
  n += 1;
  return {
    id: id ?? `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`,
    actor: { objectType: 'Agent', mbox: 'mailto:kari@example.no' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { nb: 'gjennomgikk' } },
    object: { objectType: 'Activity', id: 'https://kurs.example/a', ...(padding ? { definition: { description: { nb: 'x'.repeat(padding) } } } : {}) },
    timestamp: '2026-01-05T10:00:00.000Z',
  };
}
