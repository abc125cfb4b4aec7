import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests run against the BUILT packages. Build once before they start, exactly as
 * `npm run build` does: NODE_ENV=production, because vitest sets NODE_ENV=test and a build
 * that inherited it would bundle preact's debug code and this machine's paths (build.ts forces
 * production too; this keeps the child's environment honest as well).
 * E2E_REUSE_DIST=1 skips the build when dist/ is already there (local loops).
 */
export default function setup(): void {
  if (process.env.E2E_REUSE_DIST === '1' && existsSync('dist/web/index.html')) return;
  execFileSync('npx', ['tsx', 'packaging/build.ts'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
