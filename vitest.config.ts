import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const shared = {
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: {
    alias: {
      '@refundguard/core': fromRoot('./packages/core/src/index.ts'),
      '@refundguard/widget/chat': fromRoot('./packages/widget/src/chat.ts'),
      '@refundguard/widget': fromRoot('./packages/widget/src/index.ts'),
    },
  },
} as const;

/** Unit and component tests: core runs in plain Node (it must never need the DOM), the widget in happy-dom. */
export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { name: 'core', environment: 'node', include: ['packages/core/test/**/*.test.ts'] } },
      {
        ...shared,
        test: { name: 'widget', environment: 'happy-dom', include: ['packages/widget/test/**/*.test.{ts,tsx}'] },
      },
      { ...shared, test: { name: 'tooling', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      {
        ...shared,
        // Each file starts its own redis-server processes; a slow shared machine needs room to start them.
        test: {
          name: 'worker',
          environment: 'node',
          include: ['packages/worker/test/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
