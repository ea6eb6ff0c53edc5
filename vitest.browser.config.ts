import { defineConfig } from 'vitest/config';

/** Browser tests: a real headless Chromium (Debian's) against the production build, served locally. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
