import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

export interface StatementsLrs {
  /** e.g. http://127.0.0.1:1234/xAPI/ */
  endpoint: string;
  /** Any Basic credentials pass with AUTH_REPO=test. */
  auth: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  await new Promise<void>((ok) => server.close(() => ok()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

/**
 * Learning Locker's xapi-statements (npm) as a child process, in memory: MODELS_REPO=memory,
 * STORAGE_REPO=local (attachments in a temp dir), AUTH_REPO=test (any credentials),
 * EVENTS_REPO=test (no Redis). Its engines say node 6–8, but the server runs on Node 20.
 */
export async function startStatementsLrs(): Promise<StatementsLrs> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), 'xapi-statements-'));
  const main = createRequire(import.meta.url).resolve('xapi-statements/dist/index.js');
  const child = fork(main, [], {
    cwd: dir,
    silent: true,
    env: {
      PATH: process.env.PATH,
      EXPRESS_PORT: String(port),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'local',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      FS_LOCAL_STORAGE_DIR: join(dir, 'storage'),
      EXPRESS_MORGAN_DIRECTORY: join(dir, 'logs'),
      WINSTON_CONSOLE_LEVEL: 'error',
      // Statement side effects (voiding, activity updates) finish before the response.
      SERVICE_AWAIT_UPDATES: 'true',
    },
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`xapi-statements did not start in 20 s:\n${output}`)), 20_000);
    child.on('message', (m) => {
      if (m === 'ready') {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`xapi-statements exited (${String(code)}):\n${output}`));
    });
  });
  return {
    endpoint: `http://127.0.0.1:${port}/xAPI/`,
    auth: `Basic ${Buffer.from('test:test').toString('base64')}`,
    async stop() {
      child.removeAllListeners('exit');
      const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
