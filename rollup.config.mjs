// One config builds every package: core (ESM + CLI) and widget (ESM + script-tag IIFE).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const target = 'es2020';

/** Transpile TypeScript/TSX with esbuild; JSX goes through Preact's automatic runtime. */
const transpile = (options = {}) =>
  esbuild({
    target,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    ...options,
  });

/** Packages imported by the ESM builds stay imports; the script tag bundles everything. */
/** The script tag compiles core from source so esbuild and tree-shaking see one program. */
const coreFromSource = {
  name: 'core-from-source',
  resolveId: (id) =>
    id === '@refundguard/core' ? new URL('./packages/core/src/index.ts', import.meta.url).pathname : null,
};

const isBareImport = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

export default [
  {
    input: 'packages/core/src/index.ts',
    output: { file: 'packages/core/dist/index.js', format: 'es' },
    external: isBareImport,
    plugins: [transpile()],
  },
  {
    input: 'packages/core/src/cli/main.ts',
    output: { file: 'packages/core/dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
    external: isBareImport,
    plugins: [transpile()],
  },
  {
    input: 'packages/widget/src/index.ts',
    output: { file: 'packages/widget/dist/index.js', format: 'es' },
    external: isBareImport,
    plugins: [transpile()],
  },
  {
    input: 'packages/widget/src/host/script-tag.ts',
    output: { file: 'packages/widget/dist/refundguard.js', format: 'iife' },
    plugins: [
      coreFromSource,
      nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import'] }),
      transpile({ minify: true }),
    ],
  },
  // The worker for Node: its library entry and the refundguard-worker program (dist/main.js).
  {
    input: { index: 'packages/worker/src/index.ts', main: 'packages/worker/src/main.ts' },
    output: {
      dir: 'packages/worker/dist',
      format: 'es',
      chunkFileNames: '[name].js',
      banner: (chunk) => (chunk.name === 'main' ? '#!/usr/bin/env node' : ''),
    },
    external: isBareImport,
    plugins: [transpile()],
  },
];
