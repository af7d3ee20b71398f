import { defineConfig } from 'vitest/config';

/**
 * Browser tests against the built examples: playwright-core drives Debian's Chromium, and the tests written over
 * tests/browser/support/engines.ts run again in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
 */
export default defineConfig({
  test: {
    name: 'browser',
    // tests/examples: each example run with its README command, and the getting-started snippets.
    include: ['tests/browser/**/*.test.ts', 'tests/examples/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
  },
});
