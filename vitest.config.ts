import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one plain "N passed, N failed" line at the end.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', setupFiles: ['test/support/register-packs.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          setupFiles: ['test/support/register-packs.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Chromium at a time: the machine has 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
