// Runs a TypeScript entry of scripts/train or scripts/eval under plain Node 20: esbuild (already a
// devDependency, which the builds use too) bundles it with the core sources it imports into one ESM
// file in the system's temporary folder, which Node then imports. No TypeScript runtime is added.
// Usage: node scripts/train/run.mjs <entry.ts> [args…]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/train/run.mjs <entry.ts> [args…]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'refundguard-train-'));
const outfile = join(dir, 'entry.mjs');
try {
  await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // The bundle keeps the entry's own `import.meta.url` meaning: paths are resolved from the repository.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(resolve(entry)).href) },
  });
  process.argv.splice(2, 1);
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
