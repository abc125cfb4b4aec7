import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { loadSchemas } from './schema-source.ts';

/**
 * dist/check-package.mjs: the package checker as ONE file an LMS administrator runs with Node
 * alone (no npm install). esbuild bundles the checker; two modules are swapped for inline data:
 *  - schema-source.ts → the official XSDs (SCORM 1.2, SCORM 2004 4th ed., cmi5) and tincan.xsd;
 *  - xmllint-wasm → the same package, carried as text and base64. Its Node build starts a worker
 *    from a FILE next to it and reads xmllint.wasm from disk, so the bundle writes those three
 *    files to a fresh temp folder on first use (removed on exit) and loads them from there.
 */
const here = import.meta.dirname;
export const CHECK_PACKAGE_FILE = 'check-package.mjs';

async function xmllintModule(): Promise<string> {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('xmllint-wasm/package.json'));
  const files: Record<string, string> = {};
  for (const name of ['index-node.js', 'xmllint-node.js', 'xmllint.wasm']) files[name] = (await readFile(join(dir, name))).toString('base64');
  return `
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const FILES = ${JSON.stringify(files)};
let loaded = null;
function load() {
  if (loaded) return loaded;
  const dir = mkdtempSync(join(tmpdir(), 'check-package-xmllint-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const [name, b64] of Object.entries(FILES)) writeFileSync(join(dir, name), Buffer.from(b64, 'base64'));
  loaded = createRequire(join(dir, 'index-node.js'))('./index-node.js');
  return loaded;
}
export function validateXML(options) { return load().validateXML(options); }
`;
}

function inlinePlugin(schemas: string, xmllint: string): Plugin {
  return {
    name: 'check-package-inline',
    setup(b) {
      b.onResolve({ filter: /^xmllint-wasm$/ }, () => ({ path: 'xmllint-wasm', namespace: 'inline' }));
      b.onLoad({ filter: /.*/, namespace: 'inline' }, () => ({ contents: xmllint, loader: 'js' }));
      b.onLoad({ filter: /check-package[/\\]schema-source\.ts$/ }, () => ({ contents: `export async function loadSchemas() { return ${schemas}; }`, loader: 'js' }));
    },
  };
}

export async function bundleCheckPackage(distDir: string): Promise<string> {
  const outfile = join(distDir, CHECK_PACKAGE_FILE);
  await build({
    entryPoints: [join(here, 'cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: false,
    legalComments: 'inline',
    banner: { js: '#!/usr/bin/env node\n// God ledelse i staten – package checker for LMS administrators. Run: node check-package.mjs <package.zip>' },
    plugins: [inlinePlugin(JSON.stringify(await loadSchemas()), await xmllintModule())],
    logLevel: 'warning',
  });
  return outfile;
}
