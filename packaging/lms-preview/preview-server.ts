import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import ts from 'typescript';
import { strictProfileScript } from './strict-profile-script.ts';

/**
 * The HTTP side of the LMS preview: the preview page, its client (TypeScript compiled on the
 * fly), scorm-again's browser builds, and the staged SCORM builds under /course/scorm12|2004/.
 */
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

export const stageDir = (root: string, v: string) => join(root, 'dist', '.stage', `scorm${v}`);

async function file(path: string): Promise<Buffer | null> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? readFile(path) : null;
}

export function createPreviewServer(root: string): Server {
  const here = join(root, 'packaging', 'lms-preview');
  return createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const send = (body: Buffer | string | null, type: string) => (body === null ? res.writeHead(404).end('not found') : res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body));
      if (path === '/') return send(await file(join(here, 'preview.html')), TYPES['.html'] ?? '');
      if (path === '/preview-client.js') {
        const source = await readFile(join(here, 'preview-client.ts'), 'utf8');
        const out = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
        return send(out.outputText, TYPES['.js'] ?? '');
      }
      if (path === '/strict-profile.js') return send(await strictProfileScript(root), TYPES['.js'] ?? '');
      const lib = /^\/scorm-again\/(scorm12|scorm2004)\.js$/.exec(path)?.[1];
      if (lib) return send(await file(join(root, 'node_modules', 'scorm-again', 'dist', `${lib}.js`)), TYPES['.js'] ?? '');
      const course = /^\/course\/scorm(12|2004)\/(.*)$/.exec(path);
      if (course) {
        const dir = stageDir(root, course[1] ?? '');
        const target = normalize(join(dir, course[2] || 'index.html'));
        if (!target.startsWith(dir)) return void res.writeHead(403).end();
        return send(await file(target), TYPES[extname(target)] ?? 'application/octet-stream');
      }
      send(null, '');
    })().catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
}
