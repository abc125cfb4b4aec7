import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Agent, Statement } from '../../src/tracking/xapi/types.ts';
import { checkCmi5, commitCmi5, type Cmi5Registration } from './cmi5-checks.ts';
import { statementWarnings } from './validate-statement.ts';
import { startStatementsLrs, type StatementsLrs } from './xapi-statements-process.ts';

export interface TestLrs {
  url: string;
  endpoint: string;
  /** While true, every LRS connection is cut (the browser sees a network error). */
  down: boolean;
  tinCanQuery(o?: { registration?: string; actor?: Agent; activityId?: string }): string;
  cmi5Launch(o?: { mode?: Cmi5Registration['mode']; masteryScore?: number; registration?: string; language?: string }): { query: string; registration: string; sessionId: string; returnUrl: string };
  /** Everything xapi-statements stored, in the order it was stored. */
  stored(): Promise<Statement[]>;
  warnings: string[];
  violations: string[];
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

const ACTOR: Agent = { objectType: 'Agent', name: 'Kari Nordmann', account: { homePage: 'https://lms.example', name: 'kari' } };
const LEARNER = ACTOR;

const agentKey = (json: string | null) => {
  try {
    const a = JSON.parse(json ?? '{}') as Agent;
    return a.account ? `${a.account.homePage}|${a.account.name}` : (a.mbox ?? a.mbox_sha1sum ?? a.openid ?? '');
  } catch {
    return '';
  }
};

function cors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
  res.setHeader('Access-Control-Expose-Headers', 'X-Experience-API-Version');
}

function sendDoc(res: ServerResponse, doc: string | undefined): void {
  if (doc === undefined) res.writeHead(404).end();
  else res.writeHead(200, { 'content-type': 'application/json' }).end(doc);
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The test LRS: Learning Locker's xapi-statements serves the Statements resource; this front
 * adds what it lacks — the State API, the agent profile, the cmi5 fetch URL and LMS.LaunchData —
 * validates every statement with xapi-validation, and refuses (403) what a strict cmi5 LMS
 * would. It also plays "network down".
 */
export async function startTestLrs(): Promise<TestLrs> {
  const upstream: StatementsLrs = await startStatementsLrs();
  const state = new Map<string, string>();
  const registrations = new Map<string, Cmi5Registration>();
  const fetchKeys = new Map<string, { token: string; used: boolean }>();
  const tokens = new Set<string>(['Basic dGluY2FuOnRlc3Q=']);
  const lrs = { down: false, warnings: [] as string[], violations: [] as string[], requests: [] as { method: string; path: string }[] };

  const stateKey = (q: URLSearchParams) => [q.get('activityId'), agentKey(q.get('agent')), q.get('registration') ?? '', q.get('stateId')].join('§');

  async function statements(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const text = await body(req);
    const parsed = JSON.parse(text || '[]') as Statement | Statement[];
    const list = Array.isArray(parsed) ? parsed : [parsed];
    for (const s of list) for (const w of statementWarnings(s)) lrs.warnings.push(`${s.verb.id} ${s.id}: ${w}`);
    for (const s of list) {
      const reg = registrations.get(s.context?.registration ?? '');
      const broken = reg ? checkCmi5(reg, s) : null;
      if (broken) {
        lrs.violations.push(`${s.verb.id.split('/').pop() ?? ''}: ${broken}`);
        return void res.writeHead(403, { 'content-type': 'text/plain' }).end(broken);
      }
      if (reg) commitCmi5(reg, s);
    }
    const up = await fetch(new URL(`statements${url.search}`, upstream.endpoint), {
      method: req.method ?? 'POST',
      headers: { Authorization: upstream.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
      body: text,
    });
    res.writeHead(up.status, { 'content-type': up.headers.get('content-type') ?? 'application/json' }).end(await up.text());
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    cors(res);
    if (url.pathname === '/return') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>LMS</title><h1 id="lms">Tilbake i LMS</h1>');
    if (lrs.down) return void req.socket.destroy();
    lrs.requests.push({ method, path: url.pathname });
    if (method === 'OPTIONS') return void res.writeHead(204).end();
    if (url.pathname.startsWith('/fetch/') && method === 'POST') {
      const entry = fetchKeys.get(url.pathname.slice(7));
      res.writeHead(200, { 'content-type': 'application/json' });
      if (!entry || entry.used) return void res.end(JSON.stringify({ 'error-code': '1', 'error-text': 'Already in use or expired' }));
      entry.used = true;
      return void res.end(JSON.stringify({ 'auth-token': entry.token }));
    }
    if (!url.pathname.startsWith('/xapi/')) return void res.writeHead(404).end();
    const auth = req.headers.authorization ?? '';
    if (!tokens.has(auth.replace(/^Basic /, 'Basic '))) return void res.writeHead(401).end('bad credentials');
    if (req.headers['x-experience-api-version'] !== '1.0.3') return void res.writeHead(400).end('X-Experience-API-Version 1.0.3 required');
    const path = url.pathname.slice('/xapi/'.length);
    const q = url.searchParams;
    if (path === 'statements') {
      if (method === 'GET') {
        const up = await fetch(new URL(`statements${url.search}`, upstream.endpoint), { headers: { Authorization: upstream.auth, 'X-Experience-API-Version': '1.0.3' } });
        return void res.writeHead(up.status, { 'content-type': 'application/json' }).end(await up.text());
      }
      return statements(req, res, url);
    }
    if (path === 'activities/state') {
      const key = stateKey(q);
      const reg = registrations.get(q.get('registration') ?? '');
      if (method === 'GET') {
        if (q.get('stateId') === 'LMS.LaunchData' && reg) reg.launchDataRead = true;
        const doc = state.get(key);
        return sendDoc(res, doc);
      }
      if (method === 'PUT' || method === 'POST') {
        // cmi5 §10: the AU MUST NOT modify LMS.LaunchData.
        if (q.get('stateId') === 'LMS.LaunchData') {
          lrs.violations.push('§10: the AU wrote LMS.LaunchData');
          return void res.writeHead(403).end();
        }
        state.set(key, await body(req));
        return void res.writeHead(204).end();
      }
    }
    if (path === 'agents/profile' && method === 'GET') {
      for (const reg of registrations.values()) reg.prefsRead = true;
      const doc = state.get(`profile§${agentKey(q.get('agent'))}§${q.get('profileId') ?? ''}`);
      return sendDoc(res, doc);
    }
    res.writeHead(404).end();
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
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
    cmi5Launch(o: { mode?: Cmi5Registration['mode']; masteryScore?: number; registration?: string; language?: string } = {}) {
      const registration = o.registration ?? randomUUID();
      const auId = 'https://lms.example/course/1/au/1';
      const sessionId = randomUUID();
      const reg = registrations.get(registration) ?? { auId, mode: 'Normal', launchDataRead: false, prefsRead: false, completed: false, passed: false, sessions: new Map() };
      reg.mode = o.mode ?? 'Normal';
      reg.launchDataRead = false;
      reg.prefsRead = false;
      reg.sessions.set(sessionId, { phase: 'launched', verdict: false });
      registrations.set(registration, reg);
      const returnUrl = `${url}/return`;
      const launchData = {
        launchMode: reg.mode,
        moveOn: 'CompletedAndPassed',
        masteryScore: o.masteryScore ?? 0.8,
        returnURL: returnUrl,
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://kurs.ledelse.example/god-ledelse-i-staten/au' }] },
          extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
        },
      };
      const agent = JSON.stringify(LEARNER);
      state.set([auId, agentKey(agent), registration, 'LMS.LaunchData'].join('§'), JSON.stringify(launchData));
      if (o.language) state.set(`profile§${agentKey(agent)}§cmi5LearnerPreferences`, JSON.stringify({ languagePreference: o.language, audioPreference: 'on' }));
      const key = randomUUID();
      const token = Buffer.from(`${registration}:${sessionId}`).toString('base64');
      fetchKeys.set(key, { token, used: false });
      tokens.add(`Basic ${token}`);
      const query = new URLSearchParams({ endpoint, fetch: `${url}/fetch/${key}`, actor: agent, registration, activityId: auId }).toString();
      return { query, registration, sessionId, returnUrl };
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
