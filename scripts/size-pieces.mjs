// What `pnpm size` and the performance report measure: both script tags as built, what npm users'
// bundles of the published packages hold, and the pieces under every file that are not our code
// (Preact + @preact/signals, the three catalogs), so our own bytes are visible.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHAT_SCRIPT, LEAN_SCRIPT, SCAN_ONLY } from './budgets.mjs';
import { bundleMinified } from './bundle.mjs';
import { repoRoot } from './paths.mjs';

/** Preact + @preact/signals alone: the floor under any Preact widget. */
export const FLOOR_ENTRY =
  "import { h, render } from 'preact';\nimport { effect, signal } from '@preact/signals';\n" +
  "const count = signal(0);\neffect(() => render(h('p', null, count.value), document.body));\ncount.value++;\n";

/** The three shipped catalogs, which every reminder needs. */
const CATALOGS_ENTRY = "export { CATALOGS } from './packages/core/src/content/catalogs/index.ts';";

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Every measured piece: label, what it is, bytes, gzip -9 bytes and, where they apply, its budget and
 * the ceiling enforced while the budget is not met yet.
 * `floor: true` marks what is not our code. Expects `pnpm build` to have run.
 */
export async function measurePieces() {
  const built = (file) => readFileSync(join(repoRoot, file), 'utf8');
  const fromDist = (contents) => bundleMinified(contents, 'js', { published: true });
  const pieces = [
    {
      label: 'refundguard.js',
      what: `${LEAN_SCRIPT.file} as built: every shop page (minified IIFE, all three languages)`,
      code: built(LEAN_SCRIPT.file),
      budget: LEAN_SCRIPT.budget,
      ceiling: LEAN_SCRIPT.ceiling,
    },
    {
      label: 'refundguard-chat.js',
      what: `${CHAT_SCRIPT.file} as built: chat pages (the same plus the chat, link and input guards and the detectors)`,
      code: built(CHAT_SCRIPT.file),
      budget: CHAT_SCRIPT.budget,
      ceiling: CHAT_SCRIPT.ceiling,
    },
    {
      label: 'core, scanText only',
      what: "esbuild bundle of `export { scanText } from '@refundguard/core'` from the published dist (minified ESM)",
      code: await fromDist(SCAN_ONLY.contents),
      budget: SCAN_ONLY.budget,
      ceiling: SCAN_ONLY.ceiling,
    },
    {
      label: 'core: normalize (part of scanText)',
      what:
        "esbuild bundle of `export { normalize } from '@refundguard/core'` from the published dist: the shared " +
        'normalization with its Traditional→Simplified and confusables tables, what every detector pays for it',
      code: await fromDist("export { normalize } from '@refundguard/core';"),
    },
    {
      label: 'npm: createRefundGuard',
      what: "esbuild bundle of `export { createRefundGuard } from '@refundguard/widget'` from the published dist",
      code: await fromDist("export { createRefundGuard } from '@refundguard/widget';"),
    },
    {
      label: 'npm: createRefundGuard + chatGuards',
      what: 'the same with `chatGuards` from `@refundguard/widget/chat`',
      code: await fromDist(
        "export { createRefundGuard } from '@refundguard/widget';\nexport { chatGuards } from '@refundguard/widget/chat';",
      ),
    },
    {
      label: 'Preact + @preact/signals (floor)',
      what: 'esbuild bundle of an entry using render/h and signal/effect (minified ESM)',
      code: await bundleMinified(FLOOR_ENTRY, 'js'),
      floor: true,
    },
    {
      label: 'catalogs: en, zh-Hans, zh-Hant',
      what: 'esbuild bundle of the three shipped catalogs (minified ESM)',
      code: await bundleMinified(CATALOGS_ENTRY),
      floor: true,
    },
  ];
  return pieces.map(({ code, ...piece }) => ({ ...piece, bytes: Buffer.byteLength(code), gzip: gzip(code) }));
}
