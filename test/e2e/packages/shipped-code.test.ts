import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../packaging/list-files.ts';
import { shippedCodeProblems } from '../support/shipped-code.ts';

const root = resolve(import.meta.dirname, '../../..');
const dist = join(root, 'dist');
const machinePaths = [root, homedir()];
const text = (data: Uint8Array) => new TextDecoder().decode(data);

/**
 * The packages the e2e tests run are the ones that ship: built in production mode, whoever
 * started the build (vitest sets NODE_ENV=test). Every file of every zip and of dist/web.
 */
describe('the built packages hold production code only', () => {
  it('dist/web: no debug code, source maps or paths of the build machine', async () => {
    const files = await listFiles(join(dist, 'web'));
    expect(files).toContain('index.html');
    const problems: string[] = [];
    for (const f of files) problems.push(...shippedCodeProblems(`web/${f}`, text(new Uint8Array(await readFile(join(dist, 'web', f)))), machinePaths));
    expect(problems).toEqual([]);
  });

  it('every zip: no debug code, source maps or paths of the build machine', async () => {
    const zips = (await readdir(dist)).filter((f) => f.endsWith('.zip'));
    expect(zips.sort()).toEqual(['scorm12', 'scorm2004', 'xapi', 'cmi5'].map((t) => `god-ledelse-i-staten-${t}.zip`).sort());
    const problems: string[] = [];
    for (const zip of zips) {
      const entries = unzipSync(new Uint8Array(await readFile(join(dist, zip))));
      expect(Object.keys(entries)).toContain('index.html');
      for (const [name, data] of Object.entries(entries)) problems.push(...shippedCodeProblems(`${zip}/${name}`, text(data), machinePaths));
    }
    expect(problems).toEqual([]);
  });
});

/**
 * House rule: build-time tools stay at build time. zod (content schemas) and svgo (pictures)
 * once slipped into the app script through one value import (27 KB gzip): no app script may
 * carry their code.
 */
describe('the app scripts carry no build-time library', () => {
  it('dist/web and every zip: no zod or svgo in the JavaScript', async () => {
    const scripts: { name: string; code: string }[] = [];
    for (const f of await listFiles(join(dist, 'web'))) if (f.endsWith('.js')) scripts.push({ name: `web/${f}`, code: text(new Uint8Array(await readFile(join(dist, 'web', f)))) });
    for (const zip of (await readdir(dist)).filter((f) => f.endsWith('.zip'))) {
      for (const [name, data] of Object.entries(unzipSync(new Uint8Array(await readFile(join(dist, zip)))))) if (name.endsWith('.js')) scripts.push({ name: `${zip}/${name}`, code: text(data) });
    }
    expect(scripts.length).toBeGreaterThan(4);
    const found = scripts.filter((s) => /\$ZodType|ZodError|svgo/.test(s.code)).map((s) => s.name);
    expect(found).toEqual([]);
  });
});
