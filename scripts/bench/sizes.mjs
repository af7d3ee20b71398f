// gzip -9 sizes for the performance report, measured as `pnpm size` measures them (scripts/size-pieces.mjs),
// plus the queue snippet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../paths.mjs';
import { measurePieces } from '../size-pieces.mjs';

/** The queue snippet: the one line of examples/shop/rg-snippet.js that is code (its comment is not shipped). */
export function queueSnippet() {
  return readFileSync(join(repoRoot, 'examples/shop/rg-snippet.js'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.trim().startsWith('//'))
    .join('\n');
}

/**
 * Every size row: label, what it is, raw bytes, gzip -9 bytes and, where a budget exists, the target.
 * Expects `pnpm build` to have run.
 */
export async function measureSizes() {
  const snippet = queueSnippet();
  const pieces = await measurePieces();
  return [
    ...pieces.map(({ budget, floor: _floor, ...piece }) => ({ ...piece, ...(budget ? { target: budget } : {}) })),
    {
      label: 'queue snippet',
      what: 'the one line from examples/shop/rg-snippet.js',
      bytes: Buffer.byteLength(snippet),
      gzip: gzipSync(snippet, { level: 9 }).length,
    },
  ];
}
