import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
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

describe('streaming', () => {
  /** Feeds `megabytes` of generated JSONL to `scan` and returns the child's peak RSS and line count. */
  async function scanGenerated(megabytes: number, heapMb: number): Promise<{ peakMb: number; status: number | null }> {
    // The preload reports the child's own peak RSS on fd 3 as it exits.
    const preload = join(mkdtempSync(join(tmpdir(), 'refundguard-rss-')), 'peak-rss.cjs');
    writeFileSync(preload, 'process.on("exit",()=>require("fs").writeSync(3,String(process.resourceUsage().maxRSS)))');
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, '--require', preload, cli, 'scan'], {
      stdio: ['pipe', 'pipe', 'inherit', 'pipe'],
    });
    const [stdin, stdout, , report] = child.stdio;
    if (!stdin || !stdout || !report) throw new Error('the child has no pipes');
    // If the child dies, its stdin closes; the status check below reports that, not an EPIPE.
    stdin.on('error', () => {});
    let lines = 0;
    stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    let peak = '';
    report.on('data', (chunk: Buffer) => {
      peak += chunk.toString();
    });
    const texts = [
      '您好，我是平台客服，您的订单需要退款，请提供验证码',
      '好的，明天发货',
      'Your parcel is out for delivery',
    ];
    const target = megabytes * 1024 * 1024;
    let sent = 0;
    let count = 0;
    while (sent < target) {
      const line = `${JSON.stringify({ n: count, text: `${texts[count % 3]} ${'.'.repeat(count % 300)}` })}\n`;
      sent += Buffer.byteLength(line);
      count++;
      if (!stdin.write(line)) await new Promise((resolve) => stdin.once('drain', resolve));
    }
    stdin.end();
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(lines).toBe(count);
    return { peakMb: Number(peak) / 1024, status };
  }

  it('scans 20 MB with a 16 MB heap, so nothing accumulates', async () => {
    // Holding the input or the output would need more than the heap allows and crash the process.
    const { status, peakMb } = await scanGenerated(20, 16);
    expect(status).toBe(0);
    expect(peakMb).toBeGreaterThan(0);
  }, 120_000);
});
