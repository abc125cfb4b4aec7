import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * End-to-end tests run against the BUILT packages. Build once before they start, with the
 * same command a user runs. E2E_REUSE_DIST=1 skips it when dist/ is already fresh (local loops).
 */
export default function setup(): void {
  if (process.env.E2E_REUSE_DIST === '1' && existsSync('dist/web/index.html')) return;
  execFileSync('npx', ['tsx', 'packaging/build.ts'], { stdio: 'inherit' });
}
