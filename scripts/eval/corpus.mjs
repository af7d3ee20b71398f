// Locates and reads the shared evaluation corpus in place (it is never copied into the repository).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { repoRoot } from '../paths.mjs';

export { repoRoot };

/** `shared/corpus` sits beside the repository checkout (../shared/corpus from its root). */
export function corpusDir(explicit = process.env.REFUNDGUARD_CORPUS) {
  const dir = explicit ? resolve(explicit) : resolve(repoRoot, '../shared/corpus');
  if (!existsSync(dir)) {
    throw new Error(
      `eval: corpus not found at ${dir}. Check out the shared material beside the repository ` +
        '(../shared/corpus) or set REFUNDGUARD_CORPUS to its folder.',
    );
  }
  return dir;
}

/** Rows of a JSONL file; blank lines skipped. */
export function readJsonl(dir, file) {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}
