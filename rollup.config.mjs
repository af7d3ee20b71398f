// One config builds every package: core (ESM + CLI) and widget (ESM + the two script-tag IIFEs).
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify as esbuildMinify } from 'rollup-plugin-esbuild';
import { minify } from 'terser';
import { BUNDLE_INTRO, BUNDLE_OUTRO } from './packages/widget/src/host/bundle-guard.mjs';
import { pack, unpack } from './scripts/catalog-packing.mjs';

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

/**
 * npm builds keep one file per source module, so a bundler drops every module a host does not
 * import (with `sideEffects` in package.json): `scanText` alone leaves the URL tables out, and
 * `createRefundGuard` alone leaves every detector out.
 */
const moduleTree = (dir) => ({
  dir: `packages/${dir}/dist`,
  format: 'es',
  preserveModules: true,
  preserveModulesRoot: `packages/${dir}/src`,
  entryFileNames: '[name].js',
});

const coreSource = new URL('./packages/core/src/', import.meta.url).pathname;

/**
 * Terser over esbuild's minified script tag: its compression and its choice of names gzip about 2% smaller
 * (0.5 KB on refundguard.js, 1.7 KB on refundguard-chat.js). Safe options only: no pure_getters, since
 * reading a signal's `value` subscribes to it; ASCII output gzips smaller than raw Chinese text. Three passes, only
 * simple functions inlined and statements not joined into sequences gzip refundguard.js 55 B smaller (the chat file
 * within 4 B of the same).
 */
const terser = () => ({
  name: 'terser',
  renderChunk: async (code) =>
    (
      await minify(code, {
        ecma: 2020,
        compress: { passes: 3, inline: 1, sequences: false },
        format: { ascii_only: true, comments: false },
      })
    ).code,
});

const catalogs = new URL('./packages/core/src/content/catalogs/', import.meta.url).pathname;

/** The exports of a compiled module that imports nothing at run time (a catalog), as values. */
const exportsOf = (code) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

/** The module that zips a translated catalog's packed texts with English's keys. */
const CATALOG_TEXTS = '\0refundguard-catalog-texts';
const catalogTextsModule = [
  `const unpack = ${unpack};`,
  'export const zip = (english, packed) => {',
  '  const texts = unpack(packed);',
  '  return Object.fromEntries(Object.keys(english).map((key, i) => [key, texts[i]]));',
  '};',
].join('\n');

/**
 * In the script tags, each translated catalog is its texts in English's key order, packed (see `unpack`) and zipped
 * with English's keys as the file loads: written out again, its keys cost about 320 B gzip in refundguard.js. A
 * catalog whose keys differ from English's in any way (one missing, one more, another order) is left as written, so a
 * text never lands on the wrong key; so is one with a | in a text, which joins the packed texts.
 */
const catalogsAsValues = () => ({
  name: 'catalogs-as-values',
  resolveId: (id) => (id === CATALOG_TEXTS ? id : null),
  load: (id) => (id === CATALOG_TEXTS ? catalogTextsModule : null),
  async transform(code, id) {
    if (!id.startsWith(catalogs) || !/\/zh-Han[st]\.ts$/.test(id)) return null;
    const english = await exportsOf((await this.load({ id: `${catalogs}en.ts` })).code);
    const translated = await exportsOf(code);
    const zipped = Object.entries(translated).map(([name, table]) => {
      // zhHans → en, zhHantGuards → enGuards: the English table each translated one follows.
      const englishName = name.replace(/^zhHan[st]/, 'en');
      const keys = Object.keys(english[englishName] ?? {});
      const texts = Object.values(table);
      return keys.length > 0 &&
        JSON.stringify(Object.keys(table)) === JSON.stringify(keys) &&
        !texts.some((text) => text.includes('|'))
        ? `export const ${name} = /* @__PURE__ */ zip(${englishName}, ${JSON.stringify(pack(texts))});`
        : `export const ${name} = ${JSON.stringify(table)};`;
    });
    return [`import { en, enGuards } from './en.js';`, `import { zip } from '${CATALOG_TEXTS}';`, ...zipped].join('\n');
  },
});

/**
 * In the script tags, JSX becomes Preact's `h(type, props, ...children)` rather than the automatic runtime's
 * `jsx(type, { ...props, children })`: no `children:` key in every element and no jsx-runtime module, 44 B gzip off
 * refundguard.js. `h` and `Fragment` are imported into each .tsx module under names no source uses.
 */
const baseCompilerOptions = JSON.parse(
  readFileSync(new URL('./tsconfig.base.json', import.meta.url), 'utf8'),
).compilerOptions;
const classicJsx = () => ({
  name: 'classic-jsx',
  transform: (code, id) =>
    id.endsWith('.tsx') ? `import { h as __rgH, Fragment as __rgFragment } from 'preact';\n${code}` : null,
});

const buildFlags = new URL('./packages/widget/src/build-flags.ts', import.meta.url).pathname;

/** refundguard.js's build flags: its entry passes no integration, so the code that connects them is left out. */
const withoutIntegrations = () => ({
  name: 'without-integrations',
  load: (id) => (id === buildFlags ? 'export const WITH_INTEGRATIONS = false;' : null),
});

/**
 * A minified script-tag build: core compiled from source, Preact and signals bundled in, all of it inside one try.
 * `functionScope` puts the bundle in a function inside that try: in a bare block every function declaration
 * becomes `let f = function`, which costs refundguard.js 194 B gzip; refundguard-chat.js gzips 88 B smaller
 * without it.
 */
const scriptTag = (entry, file, { functionScope = false, integrations = true } = {}) => ({
  input: `packages/widget/src/host/${entry}`,
  // Core's package.json declares its modules free of side effects, as a host's bundler reads it; from
  // source, rollup would otherwise keep the detectors' module-level tables in the lean file.
  treeshake: { moduleSideEffects: (id) => !id.startsWith(coreSource) },
  output: {
    file: `packages/widget/dist/${file}`,
    format: 'iife',
    intro: functionScope ? `${BUNDLE_INTRO} (function () {` : BUNDLE_INTRO,
    outro: functionScope ? `})(); ${BUNDLE_OUTRO}` : BUNDLE_OUTRO,
  },
  plugins: [
    ...(integrations ? [] : [withoutIntegrations()]),
    coreFromSource,
    nodeResolve({ browser: true, exportConditions: ['browser', 'module', 'import'] }),
    classicJsx(),
    // Minified as one chunk, not module by module: a module-level minify drops the /* @__PURE__ */ marks that let
    // rollup leave out unused module-level values (core's frozen DEFAULT_CONFIG).
    // The tsconfig's automatic runtime is overridden for these builds only (see classicJsx).
    transpile({
      jsx: 'transform',
      jsxFactory: '__rgH',
      jsxFragment: '__rgFragment',
      tsconfigRaw: { compilerOptions: { ...baseCompilerOptions, jsx: 'react' } },
    }),
    catalogsAsValues(),
    esbuildMinify({ target, legalComments: 'none' }),
    terser(),
  ],
});

export default [
  {
    input: 'packages/core/src/index.ts',
    output: moduleTree('core'),
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
    input: ['packages/widget/src/index.ts', 'packages/widget/src/chat.ts'],
    output: moduleTree('widget'),
    external: isBareImport,
    plugins: [transpile()],
  },
  // refundguard.js for every shop page (reminders only), refundguard-chat.js for chat pages.
  scriptTag('script-tag.ts', 'refundguard.js', { functionScope: true, integrations: false }),
  scriptTag('script-tag-chat.ts', 'refundguard-chat.js'),
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
