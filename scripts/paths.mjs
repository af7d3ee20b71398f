// Where things are, for every script: the repository root, whatever folder a script runs from.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (no trailing separator). */
export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
