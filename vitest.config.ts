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

/**
 * Unit and component tests: core runs in plain Node (it must never need the DOM), the widget in happy-dom.
 * Property tests run thousands of cases; on a shared two-core machine they need more than the default 5 s.
 * Speed itself is measured by `pnpm bench`, never by a timeout.
 */
const testTimeout = 30_000;

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: { name: 'core', environment: 'node', include: ['packages/core/test/**/*.test.ts'], testTimeout },
      },
      {
        ...shared,
        test: {
          name: 'widget',
          environment: 'happy-dom',
          include: ['packages/widget/test/**/*.test.{ts,tsx}'],
          testTimeout,
        },
      },
      { ...shared, test: { name: 'tooling', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout } },
      {
        ...shared,
        // Each file starts its own redis-server processes; a slow shared machine needs room to start them.
        test: {
          name: 'worker',
          environment: 'node',
          include: ['packages/worker/test/**/*.test.ts'],
          testTimeout,
        },
      },
    ],
  },
});
