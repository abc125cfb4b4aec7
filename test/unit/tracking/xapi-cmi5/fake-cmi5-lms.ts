import type { Statement } from '../../../../src/tracking/xapi/types.ts';

export interface LmsOptions {
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  returnURL?: string;
  languagePreference?: string;
  launchData?: unknown;
  /** Reply to the fetch URL. */
  fetchReply?: unknown;
}

/**
 * A cmi5 LMS behind fetch for unit tests: fetch URL, LMS.LaunchData, learner preferences,
 * the AU's own state, statements. Records the order of everything the AU did.
 */
export function fakeCmi5Lms(o: LmsOptions = {}) {
  const log: string[] = [];
  const statements: Statement[] = [];
  const state = new Map<string, string>();
  const launchData = o.launchData ?? {
    launchMode: o.launchMode ?? 'Normal',
    moveOn: 'CompletedAndPassed',
    ...(o.masteryScore === undefined ? {} : { masteryScore: o.masteryScore }),
    ...(o.returnURL ? { returnURL: o.returnURL } : {}),
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://publisher.example/au' }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'session-1' },
    },
  };
  const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const method = init.method ?? 'GET';
    const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
    if (url.pathname === '/fetch') {
      log.push('fetch');
      return json(o.fetchReply ?? { 'auth-token': 'dG9rZW4=' });
    }
    const auth = (init.headers as Record<string, string> | undefined)?.Authorization;
    if (auth !== 'Basic dG9rZW4=') return Promise.resolve(new Response('no', { status: 401 }));
    if (url.pathname === '/lrs/activities/state') {
      const id = url.searchParams.get('stateId') ?? '';
      log.push(`${method} state ${id}`);
      if (id === 'LMS.LaunchData') return json(launchData);
      if (method === 'PUT') {
        state.set(id, typeof init.body === 'string' ? init.body : '');
        return Promise.resolve(new Response(null, { status: 204 }));
      }
      const doc = state.get(id);
      return doc ? Promise.resolve(new Response(doc, { status: 200 })) : Promise.resolve(new Response('', { status: 404 }));
    }
    if (url.pathname === '/lrs/agents/profile') {
      log.push('GET preferences');
      return o.languagePreference ? json({ languagePreference: o.languagePreference, audioPreference: 'on' }) : Promise.resolve(new Response('', { status: 404 }));
    }
    if (url.pathname === '/lrs/statements' && method === 'POST') {
      const list = JSON.parse(typeof init.body === 'string' ? init.body : '[]') as Statement[];
      for (const s of list) log.push(`statement ${s.verb.id.split('/').pop() ?? ''}`);
      statements.push(...list);
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
