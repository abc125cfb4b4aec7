import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createPreviewServer, stageDir } from './preview-server.ts';

/**
 * `npm run preview:lms [-- --build] [-- --port 8080]`: a simulated LMS (scorm-again) with the
 * staged SCORM builds in an iframe, at http://localhost:<port>/?v=12 or ?v=2004. Builds the
 * two SCORM targets first when they are missing (or with --build). Local use only.
 */
const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 8080;

if (args.includes('--build') || !['12', '2004'].every((v) => existsSync(join(stageDir(root, v), 'index.html')))) {
  execFileSync('npx', ['tsx', join(root, 'packaging', 'build.ts'), 'scorm12', 'scorm2004'], { stdio: 'inherit', cwd: root });
}

createPreviewServer(root).listen(port, () => {
  console.log(`LMS preview: http://localhost:${port}/?v=12   (SCORM 1.2)`);
  console.log(`             http://localhost:${port}/?v=2004 (SCORM 2004 4th ed.)`);
});
