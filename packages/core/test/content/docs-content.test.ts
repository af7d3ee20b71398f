import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/index.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const script = join(root, 'scripts/docs-content.mjs');
const run = (...args: string[]) => execFileSync(process.execPath, [script, ...args], { cwd: root, stdio: 'pipe' });

describe('docs/content.md', () => {
  it('is what `pnpm docs:content` generates from the catalogs today', () => {
    expect(() => run('--check')).not.toThrow();
  });

  it('is caught when it drifts from the catalogs', () => {
    const stale = join(mkdtempSync(join(tmpdir(), 'rg-docs-')), 'content.md');
    writeFileSync(
      stale,
      readFileSync(join(root, 'docs/content.md'), 'utf8').replace(CATALOGS.en['key.message'], 'Old words.'),
    );
    expect(() => run('--check', '--out', stale)).toThrow(/stale/);
  });
});
