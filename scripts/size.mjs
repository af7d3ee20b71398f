// Prints min and gzip -9 sizes of every dist file and fails when a budget is exceeded.
// `--report` prints the same table and says what is over budget without failing (what `pnpm test` runs,
// so every CI log shows the sizes while a budget that is not yet met stays visible as OVER).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { SCAN_ONLY, SCRIPT_TAG_BUDGET } from './budgets.mjs';
import { bundleMinified } from './bundle.mjs';
import { repoRoot } from './paths.mjs';

const root = repoRoot;

/** gzip -9 budgets in bytes, by path from the repository root. */
const BUDGETS = {
  'packages/widget/dist/refundguard.js': SCRIPT_TAG_BUDGET,
};

/**
 * One import bundled on its own (esbuild, minified, ESM), to show what a host pays for it.
 * Row label → entry source (resolved from the repository root) and gzip -9 budget in bytes.
 */
const IMPORT_BUDGETS = {
  'core: only scanText imported': SCAN_ONLY,
};

const distFiles = ['packages/core/dist', 'packages/widget/dist'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dir, name)),
);

/** Minified and gzip -9 bytes of a piece of JavaScript. */
async function measure(code) {
  const { code: minified } = await transform(code, { minify: true, format: 'esm', target: 'es2020' });
  const smallest = minified.length < code.length ? minified : code;
  return { min: Buffer.byteLength(smallest), gzip: gzipSync(smallest, { level: 9 }).length };
}

const rows = [];
let failed = false;
for (const file of distFiles) {
  const { min, gzip } = await measure(readFileSync(join(root, file), 'utf8'));
  const budget = BUDGETS[file];
  const over = budget !== undefined && gzip > budget;
  failed ||= over;
  rows.push([relative(root, join(root, file)), min, gzip, budget ?? '', over ? 'OVER' : budget ? 'ok' : '']);
}

for (const [label, { contents, budget }] of Object.entries(IMPORT_BUDGETS)) {
  const code = await bundleMinified(contents);
  const gzip = gzipSync(code, { level: 9 }).length;
  const over = gzip > budget;
  failed ||= over;
  rows.push([label, Buffer.byteLength(code), gzip, budget, over ? 'OVER' : 'ok']);
}

const header = ['file', 'min B', 'gzip -9 B', 'budget B', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
if (failed) {
  console.error('size: a file is over its gzip budget.');
  if (!process.argv.includes('--report')) process.exit(1);
}
