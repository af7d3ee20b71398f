// What `pnpm size` and the performance report measure: both script tags as built, what npm users'
// bundles of the published packages hold, and the pieces under each file that are not our code
// (Preact with its hooks and @preact/signals-core, the catalogs' strings), so our own bytes are visible.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHAT_SCRIPT, LEAN_SCRIPT, SCAN_ONLY } from './budgets.mjs';
import { bundleMinified } from './bundle.mjs';
import { repoRoot } from './paths.mjs';

/**
 * Preact, its hooks and @preact/signals-core alone, as the widget uses them: the floor under any Preact
 * widget built the same way. signals-core is resolved from the widget, whose dependency it is (the root
 * has only @preact/signals, for the tests).
 */
export const FLOOR_ENTRY =
  "import { h, render } from 'preact';\nimport { useState } from 'preact/hooks';\n" +
  "import { effect, signal } from './packages/widget/node_modules/@preact/signals-core';\nconst count = signal(0);\n" +
  'function Count() {\n  const [step] = useState(1);\n  return h("p", null, count.value * step);\n}\n' +
  'effect(() => render(h(Count, null), document.body));\ncount.value++;\n';

const LEAN = 'refundguard.js';
const CHAT = 'refundguard-chat.js';

/** The reminders' strings of the three shipped catalogs, which both files carry. */
const REMINDER_CATALOGS_ENTRY =
  "export { REMINDER_CATALOGS } from './packages/core/src/content/catalogs/reminders.ts';";

/** The chat guards' strings of the three catalogs (caution, risk dialog), in refundguard-chat.js only. */
const GUARD_CATALOGS_ENTRY = "export { GUARD_CATALOGS } from './packages/core/src/content/catalogs/guards.ts';";

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Every measured piece: label, what it is, bytes, gzip -9 bytes and, where they apply, its budget and
 * the ceiling enforced while the budget is not met yet.
 * `floorOf` names the script tags a piece is under and that is not our code. Expects `pnpm build` to have run.
 */
export async function measurePieces() {
  const built = (file) => readFileSync(join(repoRoot, file), 'utf8');
  const fromDist = (contents) => bundleMinified(contents, 'js', { published: true });
  const pieces = [
    {
      label: LEAN,
      what: `${LEAN_SCRIPT.file} as built: every shop page (minified IIFE, all three languages)`,
      code: built(LEAN_SCRIPT.file),
      budget: LEAN_SCRIPT.budget,
      ceiling: LEAN_SCRIPT.ceiling,
    },
    {
      label: CHAT,
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
      label: 'Preact + hooks + @preact/signals-core (floor)',
      what: 'esbuild bundle of an entry using render/h, useState and signal/effect (minified ESM)',
      code: await bundleMinified(FLOOR_ENTRY, 'js'),
      floorOf: [LEAN, CHAT],
    },
    {
      label: "catalogs: reminders' strings (en, zh-Hans, zh-Hant)",
      what: "esbuild bundle of the three shipped catalogs' reminder strings, in both files (minified ESM)",
      code: await bundleMinified(REMINDER_CATALOGS_ENTRY),
      floorOf: [LEAN, CHAT],
    },
    {
      label: "catalogs: chat guards' strings (en, zh-Hans, zh-Hant)",
      what: "esbuild bundle of the three catalogs' caution and risk dialog strings, in refundguard-chat.js only",
      code: await bundleMinified(GUARD_CATALOGS_ENTRY),
      floorOf: [CHAT],
    },
  ];
  return pieces.map(({ code, ...piece }) => ({ ...piece, bytes: Buffer.byteLength(code), gzip: gzip(code) }));
}
