import { defineConfig } from 'vitest/config';

/**
 * Browser tests: a real headless Chromium (Debian's) against the production build, served locally.
 * One preview server and one Chromium for the whole stage (test/browser/global-setup.ts); spec files
 * run one after another in one worker process (`isolate: false`: playwright-core and the helpers are
 * loaded once), each test in a fresh browser context.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    fileParallelism: false,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
