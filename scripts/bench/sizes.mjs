// gzip -9 sizes for the performance report, all built in the same run: the script-tag build as
// shipped, core with only scanText imported, the queue snippet, and Preact + @preact/signals alone
// (the floor under any Preact widget).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SCAN_ONLY, SCRIPT_TAG_TARGET } from '../budgets.mjs';
import { bundleMinified as bundle } from '../bundle.mjs';
import { repoRoot } from '../eval/corpus.mjs';

/** The queue snippet: the one line of examples/shop/rg-snippet.js that is code (its comment is not shipped). */
export function queueSnippet() {
  return readFileSync(join(repoRoot, 'examples/shop/rg-snippet.js'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('//'))
    .join('\n');
}

/**
 * Every size row: label, what it is, raw bytes, gzip -9 bytes and, where issue targets exist, the target.
 * Expects `pnpm build` to have written packages/widget/dist/refundguard.js.
 */
export async function measureSizes() {
  const pieces = [
    {
      label: 'refundguard.js',
      what: 'packages/widget/dist/refundguard.js as built (minified IIFE, all three locales)',
      code: readFileSync(join(repoRoot, 'packages/widget/dist/refundguard.js'), 'utf8'),
      target: SCRIPT_TAG_TARGET,
    },
    {
      label: 'core, scanText only',
      what: "esbuild bundle of `export { scanText } from '@refundguard/core'` (minified ESM)",
      code: await bundle(SCAN_ONLY.contents),
      target: SCAN_ONLY.budget,
    },
    {
      label: 'queue snippet',
      what: 'the one line from examples/shop/rg-snippet.js',
      code: queueSnippet(),
    },
    {
      label: 'Preact + @preact/signals (floor)',
      what: 'esbuild bundle of an entry using render/h and signal/effect (minified ESM)',
      code: await bundle(
        "import { h, render } from 'preact';\nimport { effect, signal } from '@preact/signals';\n" +
          "const count = signal(0);\neffect(() => render(h('p', null, count.value), document.body));\n" +
          'count.value++;\n',
        'js',
      ),
    },
  ];
  return pieces.map(({ code, ...piece }) => ({
    ...piece,
    bytes: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
  }));
}
