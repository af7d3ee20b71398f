import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dist = join(root, 'packages/core/dist/cli.js');
let cli = dist;

beforeAll(async () => {
  // `pnpm test` builds first; a bare `vitest run` on a fresh checkout bundles the same entry itself.
  if (existsSync(dist)) return;
  cli = join(mkdtempSync(join(tmpdir(), 'refundguard-cli-')), 'cli.mjs');
  await build({
    entryPoints: [join(root, 'packages/core/src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: cli,
    logLevel: 'silent',
  });
});

describe('the built refundguard bin', () => {
  it('streams JSONL through `scan` as a real process', () => {
    const input = `${JSON.stringify({ id: 1, text: '我是京东客服，您的会员开通错了，请下载会议软件开启屏幕共享' })}\nnope\n${JSON.stringify({ id: 2, text: '好的，谢谢' })}\n`;
    const result = spawnSync(process.execPath, [cli, 'scan'], { input, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([1, 2]);
    expect(['medium', 'high']).toContain(lines[0].level);
    expect(lines[1].level).toBe('none');
    expect(result.stderr).toMatch(/line 2: not valid JSON/);
  });

  it('explains itself', () => {
    const result = spawnSync(process.execPath, [cli, 'scan', '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/refundguard scan/);
  });
});
