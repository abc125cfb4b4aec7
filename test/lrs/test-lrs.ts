import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import type { Agent, Statement } from '../../src/tracking/xapi/types.ts';
import { checkCmi5, commitCmi5, satisfied, type Cmi5Registration, type Cmi5Session } from './cmi5-checks.ts';
import { writeDoc, type StoredDoc } from './documents.ts';
import { statementWarnings } from './validate-statement.ts';
import { CMI5_EXT, vocabularyProblems } from './vocabulary-check.ts';
import { startStatementsLrs, type StatementsLrs } from './xapi-statements-process.ts';

export interface LrsRequest {
  method: string;
  path: string;
  stateId?: string;
  status?: number;
  ifMatch?: string;
  ifNoneMatch?: string;
}

export interface TestLrs {
  url: string;
  endpoint: string;
  /** While true, every LRS connection is cut (the browser sees a network error). */
  down: boolean;
  /** While true, every State write is refused (403), as an LRS with a broken State API would. */
  refuseState: boolean;
  tinCanQuery(o?: { registration?: string; actor?: Agent; activityId?: string }): string;
  /** A cmi5 launch as CATAPULT makes one: open sessions of the registration are abandoned; Review once satisfied. */
  cmi5Launch(o?: { mode?: Cmi5Session['mode']; masteryScore?: number; registration?: string; language?: string; returnURL?: string }): {
    query: string;
    registration: string;
    sessionId: string;
    returnUrl: string;
    mode: Cmi5Session['mode'];
  };
  /** Everything xapi-statements stored, in the order it was stored. */
  stored(): Promise<Statement[]>;
  /** The State document as the LRS holds it (null when absent). */
  stateDoc(o: { activityId: string; agent: Agent; registration: string | null; stateId: string }): string | null;
  /** xapi-validation problems and full-IRI vocabulary problems, per statement. */
  warnings: string[];
  /** Rules of the reference systems the course broke (cmi5 rule ids, ADL LRS). */
  violations: string[];
  requests: LrsRequest[];
  /** Session ids the LMS abandoned (a new launch while a session was open, cmi5 §9.3.6). */
  abandoned: string[];
  close(): Promise<void>;
}

/** As CATAPULT may send it: no objectType (optional in its launch API), so an AU that adds one breaks 8.1.3.0-3. */
const LEARNER: Agent = { name: 'Kari Nordmann', account: { homePage: 'https://lms.example', name: 'kari' } };
const AU_ID = 'https://lms.example/course/1/au/1';

const agentKey = (json: string | null) => {
  try {
    const a = JSON.parse(json ?? '{}') as Agent;
    return a.account ? `${a.account.homePage}|${a.account.name}` : (a.mbox ?? a.mbox_sha1sum ?? a.openid ?? '');
  } catch {
    return '';
  }
};

function cors(res: ServerResponse): void {
  // As ADL's LRS (adl_lrs/settings.py CORS_*): the ETag must be readable by the course.
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified, X-Experience-API-Version');
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

type Session = { kind: 'tincan' } | { kind: 'cmi5'; reg: Cmi5Registration; session: Cmi5Session };

/**
 * The test LRS: Learning Locker's xapi-statements serves the Statements resource; this front
 * adds the State API and agent profile with ADL LRS concurrency rules (documents.ts), the cmi5
 * fetch URL and LMS.LaunchData with CATAPULT's session rules (cmi5-checks.ts), validates every
 * statement with xapi-validation and against full IRIs, and plays "network down".
 */
export async function startTestLrs(): Promise<TestLrs> {
  const upstream: StatementsLrs = await startStatementsLrs();
  const docs = new Map<string, StoredDoc>();
  const registrations = new Map<string, Cmi5Registration>();
  const fetchKeys = new Map<string, { token: string; session: Cmi5Session }>();
  const tokens = new Map<string, Session>([['Basic dGluY2FuOnRlc3Q=', { kind: 'tincan' }]]);
  const lrs = { down: false, refuseState: false, warnings: [] as string[], violations: [] as string[], requests: [] as LrsRequest[], abandoned: [] as string[] };

  const stateKey = (activityId: string | null, agent: string | null, registration: string | null, stateId: string | null) =>
    ['state', activityId, agentKey(agent), registration ?? '', stateId].join('§');

  async function statements(req: IncomingMessage, res: ServerResponse, url: URL, who: Session): Promise<number> {
    const text = await body(req);
    const parsed = JSON.parse(text || '[]') as Statement | Statement[];
    const list = Array.isArray(parsed) ? parsed : [parsed];
    for (const s of list) for (const w of [...statementWarnings(s), ...vocabularyProblems(s)]) lrs.warnings.push(`${s.verb.id} ${s.id}: ${w}`);
    if (who.kind === 'cmi5') {
      const batch: string[] = [];
      for (const s of list) {
        const broken = checkCmi5(who.reg, who.session, s, batch);
        if (broken) {
          lrs.violations.push(`${s.verb.id}: ${broken}`);
          res.writeHead(403, { 'content-type': 'text/plain' }).end(broken);
          return 403;
        }
        if ((s.context?.contextActivities?.category ?? []).some((c) => c.id === 'https://w3id.org/xapi/cmi5/context/categories/cmi5')) batch.push(s.verb.id);
      }
    }
    const up = await fetch(new URL(`statements${url.search}`, upstream.endpoint), {
      method: req.method ?? 'POST',
      headers: { Authorization: upstream.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
      body: text,
    });
    if (up.ok && who.kind === 'cmi5') for (const s of list) commitCmi5(who.reg, who.session, s);
    res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? 'application/json' }).end(await up.text());
    return up.status;
  }

  /** CATAPULT lrs.js proxied-lrs auth: the token belongs to one session (8.1.2.0-2). */
  function sessionOf(req: IncomingMessage): Session | string | null {
    const who = tokens.get(req.headers.authorization ?? '');
    if (!who) return null;
    if (who.kind === 'cmi5') {
      if (!who.session.fetched) return '8.1.2.0-2: token not yet fetched';
      if (who.session.phase === 'terminated') return '8.1.2.0-2: session terminated';
      if (who.session.phase === 'abandoned') return '8.1.2.0-2: session abandoned';
    }
    return who;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, r: LrsRequest): Promise<number> {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const reply = (status: number, text = '', type = 'text/plain') => {
      res.writeHead(status, { 'content-type': type }).end(text);
      return status;
    };
    if (method === 'OPTIONS') return reply(204);
    if (url.pathname.startsWith('/fetch/') && method === 'POST') {
      // cmi5 §8.2.3: the fetch URL answers once; then error-code 1 (CATAPULT spec.js).
      const entry = fetchKeys.get(url.pathname.slice(7));
      if (!entry || entry.session.fetched) return reply(200, JSON.stringify({ 'error-code': '1', 'error-text': 'Already in Use' }), 'application/json');
      entry.session.fetched = true;
      return reply(200, JSON.stringify({ 'auth-token': entry.token }), 'application/json');
    }
    if (!url.pathname.startsWith('/xapi/')) return reply(404);
    const who = sessionOf(req);
    if (who === null) return reply(401, 'bad credentials');
    if (typeof who === 'string') {
      // The AU kept talking with a token whose session is over (the reference player refuses it).
      if (!who.includes('abandoned')) lrs.violations.push(`${method} ${url.pathname.slice(6)}: ${who}`);
      return reply(403, who);
    }
    if (req.headers['x-experience-api-version'] !== '1.0.3') return reply(400, 'X-Experience-API-Version 1.0.3 required');
    const path = url.pathname.slice('/xapi/'.length);
    const q = url.searchParams;
    if (path === 'statements') {
      if (method === 'GET') {
        const up = await fetch(new URL(`statements${url.search}`, upstream.endpoint), { headers: { Authorization: upstream.auth, 'X-Experience-API-Version': '1.0.3' } });
        return reply(up.status, await up.text(), 'application/json');
      }
      return statements(req, res, url, who);
    }
    const preconditions = { ifMatch: req.headers['if-match'], ifNoneMatch: req.headers['if-none-match'] };
    if (path === 'activities/state') {
      const stateId = q.get('stateId');
      r.stateId = stateId ?? undefined;
      if (who.kind === 'cmi5') {
        // CATAPULT: state requests only for the launch actor and registration.
        if (!isDeepStrictEqual(JSON.parse(q.get('agent') ?? 'null'), who.reg.actor)) return reply(403, '8.1.3.0-3: agent is not the launch actor');
        if (q.get('registration') && q.get('registration') !== who.reg.id) return reply(403, '8.1.4.0-3: registration differs');
      }
      const key = stateKey(q.get('activityId'), q.get('agent'), q.get('registration'), stateId);
      if (method === 'GET') {
        if (stateId === 'LMS.LaunchData' && who.kind === 'cmi5') who.session.launchDataRead = true;
        const doc = docs.get(key);
        if (!doc) return reply(404);
        res.writeHead(200, { 'content-type': 'application/json', ETag: doc.etag }).end(doc.body);
        return 200;
      }
      if (method === 'PUT' || method === 'POST') {
        if (stateId === 'LMS.LaunchData') {
          lrs.violations.push('10.2.1.0-5: the AU wrote LMS.LaunchData');
          return reply(403, '10.2.1.0-5');
        }
        if (lrs.refuseState) return reply(403, 'State writes refused (test switch)');
        const out = writeDoc(docs, key, method, await body(req), preconditions);
        return out.status === 204 ? reply(204) : reply(out.status, out.reason);
      }
    }
    if (path === 'agents/profile') {
      const key = ['profile', agentKey(q.get('agent')), q.get('profileId')].join('§');
      if (method === 'GET') {
        // CATAPULT afterLRSRequest: the preferences count as read on 200 or 404.
        if (who.kind === 'cmi5' && q.get('profileId') === 'cmi5LearnerPreferences') who.session.prefsRead = true;
        const doc = docs.get(key);
        if (!doc) return reply(404);
        res.writeHead(200, { 'content-type': 'application/json', ETag: doc.etag }).end(doc.body);
        return 200;
      }
      if (method === 'PUT' || method === 'POST') {
        if (q.get('profileId') === 'cmi5LearnerPreferences') return reply(403, 'Rejected request to alter the learner preferences Agent Profile document');
        const out = writeDoc(docs, key, method, await body(req), preconditions);
        return out.status === 204 ? reply(204) : reply(out.status, out.reason);
      }
    }
    return reply(404);
  }

  const server = createServer((req, res) => {
    cors(res);
    if (lrs.down && !(req.url ?? '').startsWith('/return')) return void req.socket.destroy();
    if ((req.url ?? '').startsWith('/return')) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>LMS</title><h1 id="lms">Tilbake i LMS</h1>');
    const r: LrsRequest = {
      method: req.method ?? 'GET',
      path: new URL(req.url ?? '/', 'http://x').pathname,
      ...(typeof req.headers['if-match'] === 'string' ? { ifMatch: req.headers['if-match'] } : {}),
      ...(typeof req.headers['if-none-match'] === 'string' ? { ifNoneMatch: req.headers['if-none-match'] } : {}),
    };
    lrs.requests.push(r);
    handle(req, res, r).then(
      (status) => (r.status = status),
      (error: unknown) => {
        r.status = 500;
        if (!res.headersSent) res.writeHead(500).end(String(error));
      },
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const endpoint = `${url}/xapi/`;

  return Object.assign(lrs, {
    url,
    endpoint,
    tinCanQuery(o: { registration?: string; actor?: Agent; activityId?: string } = {}) {
      return new URLSearchParams({
        endpoint,
        auth: 'Basic dGluY2FuOnRlc3Q=',
        actor: JSON.stringify(o.actor ?? { name: ['Kari Nordmann'], mbox: ['mailto:kari@example.no'] }),
        registration: o.registration ?? randomUUID(),
        ...(o.activityId ? { activity_id: o.activityId } : {}),
      }).toString();
    },
    cmi5Launch(o: { mode?: Cmi5Session['mode']; masteryScore?: number; registration?: string; language?: string; returnURL?: string } = {}) {
      const registration = o.registration ?? randomUUID();
      const reg: Cmi5Registration = registrations.get(registration) ?? { id: registration, auId: AU_ID, actor: LEARNER, moveOn: 'CompletedAndPassed', completed: false, passed: false, sessions: new Map() };
      registrations.set(registration, reg);
      // CATAPULT courses.js launch: open sessions of the registration are abandoned (§9.3.6).
      for (const s of reg.sessions.values()) {
        if (s.phase === 'launched' || s.phase === 'initialized') {
          s.phase = 'abandoned';
          lrs.abandoned.push(s.id);
        }
      }
      // CATAPULT: launchMode Review once the AU is satisfied, else Normal.
      const mode = o.mode ?? (satisfied(reg) ? 'Review' : 'Normal');
      const sessionId = randomUUID();
      const masteryScore = o.masteryScore ?? 0.8;
      const contextTemplate = {
        contextActivities: { grouping: [{ objectType: 'Activity' as const, id: 'https://kurs.ledelse.example/god-ledelse-i-staten/au' }] },
        extensions: { [CMI5_EXT.sessionId]: sessionId },
      };
      const session: Cmi5Session = { id: sessionId, mode, masteryScore, contextTemplate, fetched: false, launchDataRead: false, prefsRead: false, phase: 'launched', verdict: null, completed: false };
      reg.sessions.set(sessionId, session);
      const returnUrl = o.returnURL ?? `${url}/return`;
      const launchData = { launchMode: mode, moveOn: reg.moveOn, masteryScore, returnURL: returnUrl, contextTemplate };
      const agent = JSON.stringify(LEARNER);
      const launchKey = stateKey(AU_ID, agent, registration, 'LMS.LaunchData');
      writeDoc(docs, launchKey, 'PUT', JSON.stringify(launchData), { ifMatch: docs.get(launchKey) ? '*' : undefined, ifNoneMatch: undefined });
      if (o.language) {
        const key = ['profile', agentKey(agent), 'cmi5LearnerPreferences'].join('§');
        writeDoc(docs, key, 'PUT', JSON.stringify({ languagePreference: o.language, audioPreference: 'on' }), { ifMatch: docs.get(key) ? '*' : undefined, ifNoneMatch: undefined });
      }
      const key = randomUUID();
      const token = Buffer.from(`:${randomUUID()}`).toString('base64');
      fetchKeys.set(key, { token, session });
      tokens.set(`Basic ${token}`, { kind: 'cmi5', reg, session });
      const query = new URLSearchParams({ endpoint, fetch: `${url}/fetch/${key}`, actor: agent, registration, activityId: AU_ID }).toString();
      return { query, registration, sessionId, returnUrl, mode };
    },
    stateDoc(o: { activityId: string; agent: Agent; registration: string | null; stateId: string }) {
      return docs.get(stateKey(o.activityId, JSON.stringify(o.agent), o.registration, o.stateId))?.body ?? null;
    },
    async stored() {
      const out: Statement[] = [];
      let next: string | null = `statements?limit=1000`;
      while (next) {
        const res = await fetch(new URL(next, upstream.endpoint), { headers: { Authorization: upstream.auth, 'X-Experience-API-Version': '1.0.3' } });
        const page = (await res.json()) as { statements: Statement[]; more: string };
        out.push(...page.statements);
        next = page.more ? page.more.replace(/^\/?xAPI\//, '') : null;
      }
      // The LRS lists newest first; oldest first reads like the learner's session.
      return out.reverse();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await upstream.stop();
    },
  });
}
