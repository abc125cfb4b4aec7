import type { Statement } from '../../../../src/tracking/xapi/types.ts';
import { writeDoc, type StoredDoc } from '../../../lrs/documents.ts';

export interface LmsOptions {
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  returnURL?: string;
  languagePreference?: string;
  launchData?: unknown;
  /** Reply to the fetch URL. */
  fetchReply?: unknown;
  sessionId?: string;
  /** Every LMS request fails at the network level (offline). */
  offline?: () => boolean;
}

/**
 * A cmi5 LMS behind fetch for unit tests: fetch URL, LMS.LaunchData, learner preferences,
 * the AU's own state (ADL LRS ETag rules, test/lrs/documents.ts), statements. Like CATAPULT
 * it refuses (403) statements of another session (10.2.1.0-6) and every request after
 * Terminated (8.1.2.0-2). Records the order of everything the AU did, and what it refused.
 */
export function fakeCmi5Lms(o: LmsOptions = {}) {
  const log: string[] = [];
  const statements: Statement[] = [];
  const docs = new Map<string, StoredDoc>();
  const sessionId = o.sessionId ?? 'session-1';
  let terminated = false;
  let initialized = false;
  let fetched = false;
  const state = {
    get: (id: string) => docs.get(id)?.body,
    set: (id: string, body: string) => void docs.set(id, { body, etag: `"${id}-${body.length}"` }),
    entries: () => [...docs.entries()].map(([k, v]): [string, string] => [k, v.body]),
  };
  const launchData = o.launchData ?? {
    launchMode: o.launchMode ?? 'Normal',
    moveOn: 'CompletedAndPassed',
    ...(o.masteryScore === undefined ? {} : { masteryScore: o.masteryScore }),
    ...(o.returnURL ? { returnURL: o.returnURL } : {}),
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://publisher.example/au' }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
    },
  };
  const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const method = init.method ?? 'GET';
    if (o.offline?.()) return Promise.reject(new TypeError('Failed to fetch'));
    const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
    if (url.pathname === '/fetch') {
      log.push('fetch');
      // §8.2.3: the fetch URL answers once; then error 1.
      const first = !fetched;
      fetched = true;
      return json(o.fetchReply ?? (first ? { 'auth-token': 'dG9rZW4=' } : { 'error-code': '1', 'error-text': 'Already in Use' }));
    }
    const headers = (init.headers ?? {}) as Record<string, string>;
    if (headers.Authorization !== 'Basic dG9rZW4=') return Promise.resolve(new Response('no', { status: 401 }));
    if (terminated) {
      log.push(`refused ${method} ${url.pathname} (8.1.2.0-2: session terminated)`);
      return Promise.resolve(new Response('8.1.2.0-2', { status: 403 }));
    }
    if (url.pathname === '/lrs/activities/state') {
      const id = url.searchParams.get('stateId') ?? '';
      log.push(`${method} state ${id}`);
      if (id === 'LMS.LaunchData') return json(launchData);
      if (method === 'PUT') {
        const out = writeDoc(docs, id, 'PUT', typeof init.body === 'string' ? init.body : '', { ifMatch: headers['If-Match'], ifNoneMatch: headers['If-None-Match'] });
        if (out.status !== 204) log.push(`refused PUT state ${id} (${out.status})`);
        return Promise.resolve(new Response(out.status === 204 ? null : out.reason, { status: out.status }));
      }
      const doc = docs.get(id);
      return doc ? Promise.resolve(new Response(doc.body, { status: 200, headers: { ETag: doc.etag } })) : Promise.resolve(new Response('', { status: 404 }));
    }
    if (url.pathname === '/lrs/agents/profile') {
      log.push('GET preferences');
      return o.languagePreference ? json({ languagePreference: o.languagePreference, audioPreference: 'on' }) : Promise.resolve(new Response('', { status: 404 }));
    }
    if (url.pathname === '/lrs/statements' && method === 'POST') {
      const list = JSON.parse(typeof init.body === 'string' ? init.body : '[]') as Statement[];
      const other = list.find((s) => s.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] !== sessionId);
      if (other) {
        log.push(`refused statement ${other.verb.id.split('/').pop() ?? ''} (10.2.1.0-6: session id differs)`);
        return Promise.resolve(new Response('10.2.1.0-6', { status: 403 }));
      }
      if (!initialized && list[0]?.verb.id !== 'http://adlnet.gov/expapi/verbs/initialized') {
        log.push(`refused statement ${list[0]?.verb.id.split('/').pop() ?? ''} (9.3.0.0-4: Initialized must be first)`);
        return Promise.resolve(new Response('9.3.0.0-4', { status: 403 }));
      }
      initialized = true;
      for (const s of list) log.push(`statement ${s.verb.id.split('/').pop() ?? ''}`);
      statements.push(...list);
      if (list.some((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/terminated')) terminated = true;
      return json(list.map((s) => s.id));
    }
    return Promise.resolve(new Response('not found', { status: 404 }));
  };
  return { fetch: fetchFn, log, statements, state };
}

export const cmi5Search = (over: Record<string, string> = {}) =>
  `?${new URLSearchParams({
    endpoint: 'https://lms.example/lrs',
    fetch: 'https://lms.example/fetch',
    actor: JSON.stringify({ objectType: 'Agent', name: 'Kari Nordmann', account: { homePage: 'https://lms.example', name: 'kari' } }),
    registration: '6b1b9a59-4a63-4c6f-9d5e-0a1b2c3d4e5f',
    activityId: 'https://lms.example/au/1',
    ...over,
  }).toString()}`;
