import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import ts from 'typescript';

/**
 * `npm run preview:lms [-- --build] [-- --port 8080]`: a simulated LMS (scorm-again) with the
 * staged SCORM builds in an iframe, at http://localhost:<port>/?v=12 or ?v=2004. Builds the
 * two SCORM targets first when they are missing (or with --build). Local use only.
 */
const root = resolve(import.meta.dirname, '../..');
const here = import.meta.dirname;
const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1]) || 8080;
const stage = (v: string) => join(root, 'dist', '.stage', `scorm${v}`);

if (args.includes('--build') || !existsSync(join(stage('12'), 'index.html')) || !existsSync(join(stage('2004'), 'index.html'))) {
  execFileSync('npx', ['tsx', join(root, 'packaging', 'build.ts'), 'scorm12', 'scorm2004'], { stdio: 'inherit', cwd: root });
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

async function file(path: string): Promise<Buffer | null> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? readFile(path) : null;
}

const server = createServer((req, res) => {
  void (async () => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (body: Buffer | string | null, type: string) => (body === null ? res.writeHead(404).end('not found') : res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body));
    if (path === '/') return send(await file(join(here, 'preview.html')), TYPES['.html'] ?? '');
    if (path === '/preview-client.js') {
      const source = await readFile(join(here, 'preview-client.ts'), 'utf8');
      const out = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
      return send(out.outputText, TYPES['.js'] ?? '');
    }
    const lib = /^\/scorm-again\/(scorm12|scorm2004)\.js$/.exec(path)?.[1];
    if (lib) return send(await file(join(root, 'node_modules', 'scorm-again', 'dist', `${lib}.js`)), TYPES['.js'] ?? '');
    const course = /^\/course\/scorm(12|2004)\/(.*)$/.exec(path);
    if (course) {
      const dir = stage(course[1] ?? '');
      const target = normalize(join(dir, course[2] || 'index.html'));
      if (!target.startsWith(dir)) return void res.writeHead(403).end();
      return send(await file(target), TYPES[extname(target)] ?? 'application/octet-stream');
    }
    send(null, '');
  })().catch((error: unknown) => res.writeHead(500).end(String(error)));
});

server.listen(port, () => {
  console.log(`LMS preview: http://localhost:${port}/?v=12  (SCORM 1.2)`);
  console.log(`             http://localhost:${port}/?v=2004 (SCORM 2004 4th ed.)`);
});
