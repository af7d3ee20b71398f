import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleCommand } from './support/run-example.js';
import { chunksOf, missingChunks, readSnippets, repoRoot, snippetOf } from './support/snippets.js';

const GUIDE = 'docs/getting-started.md';
const snippets = readSnippets(GUIDE);
const copied = snippets.filter((snippet) => snippet.kind.startsWith('from '));

describe(`${GUIDE} follows the examples' own code`, () => {
  it('has a snippet for the script tag, the CLI, and each example', () => {
    const kinds = snippets.map((snippet) => snippet.kind);
    expect(kinds).toContain('script-tag');
    expect(kinds).toContain('cli');
    for (const example of ['esm', 'react', 'node-scan']) {
      expect(copied.some((snippet) => snippet.kind.startsWith(`from examples/${example}/`))).toBe(true);
    }
    expect(kinds.filter((kind) => !['script-tag', 'cli'].includes(kind) && !kind.startsWith('from '))).toEqual([]);
  });

  it.each(copied.map((snippet) => [snippet.kind, snippet.code]))('%s: appears verbatim there', (kind, code) => {
    const source = readFileSync(join(repoRoot, kind.slice('from '.length)), 'utf8');
    expect(chunksOf(code).length).toBeGreaterThan(0);
    expect(missingChunks(code, source)).toEqual([]);
  });

  it('the CLI line scans the example chat export as shown', () => {
    const line = snippetOf(snippets, 'cli');
    expect(line.startsWith('npx refundguard ')).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'refundguard-cli-'));
    try {
      copyFileSync(join(repoRoot, 'examples/node-scan/chat-export.jsonl'), join(dir, 'chat-export.jsonl'));
      // `npx refundguard` is the package's bin; here it is the freshly built file.
      const cli = `node ${JSON.stringify(join(repoRoot, 'packages/core/dist/cli.js'))} `;
      execFileSync('sh', ['-c', line.replace('npx refundguard ', cli)], { cwd: dir });
      const input = readFileSync(join(dir, 'chat-export.jsonl'), 'utf8').trim().split('\n');
      const verdicts = readFileSync(join(dir, 'verdicts.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(verdicts).toHaveLength(input.length);
      expect(verdicts.filter((verdict) => verdict.level === 'high').length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['esm', 'react', 'node-scan'])('%s: the README and the guide give the command the tests run', (example) => {
    const command = `pnpm ${exampleCommand(example).join(' ')}`;
    expect(readFileSync(join(repoRoot, `examples/${example}/README.md`), 'utf8')).toContain(`\n${command}\n`);
    expect(readFileSync(join(repoRoot, GUIDE), 'utf8')).toContain(`\n${command}\n`);
  });
});
