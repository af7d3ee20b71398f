import { defineConfig } from 'vitest/config';

/** Browser tests: playwright-core drives Debian's Chromium against the built examples. */
export default defineConfig({
  test: {
    name: 'browser',
    // tests/examples: each example run with its README command, and the getting-started snippets.
    include: ['tests/browser/**/*.test.ts', 'tests/examples/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
  },
});
