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

describe('the bin on hostile input and output', () => {
  const scan = (input: string | Buffer, args: string[] = []) =>
    spawnSync(process.execPath, [cli, 'scan', ...args], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  const good = (id: number) => JSON.stringify({ id, text: '我是客服，请把验证码告诉我' });

  it('accounts for every line: one output line or one stderr line naming it, and goes on', () => {
    const nested = `{"id":9,"text":"hi","meta":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const huge = `{"id":3,"text":"${'退款'.repeat(400_000)}"}`;
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x9c, 0x7b, 0x22]).toString('latin1');
    const lines = [good(1), nested, 'not json', '', binary, good(2), huge, `{"id":4,"text":"${'好'.repeat(20)}"}`];
    const result = scan(`${lines.join('\n')}\n`, ['--max-line', '1000000']);
    expect(result.status).toBe(0);
    const written = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(written.map((row) => row.id)).toEqual([1, 2, 3, 4]);
    const reported = [...result.stderr.matchAll(/line (\d+): ([^;]+); skipped/g)].map((m) => [Number(m[1]), m[2]]);
    expect(reported).toEqual([
      [2, 'nested too deeply to write back'],
      [3, 'not valid JSON'],
      [4, 'empty'],
      [5, 'not valid JSON'],
    ]);
    expect(written.length + reported.length).toBe(lines.length);
  }, 30_000);

  it('reports a line too long to read by its number and keeps the lines after it', () => {
    const result = scan(`${good(1)}\n{"text":"${'x'.repeat(2_000)}"}\n${good(2)}\n`, ['--max-line', '1000']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(result.stderr).toMatch(/line 2: longer than 1000 characters; skipped/);
  });

  it('stops with status 3 and one line on stderr when the output is full', () => {
    if (!existsSync('/dev/full')) return;
    const input = `${Array.from({ length: 5_000 }, (_, i) => good(i)).join('\n')}\n`;
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" scan > /dev/full`], {
      input,
      encoding: 'utf8',
    });
    expect(result.status).toBe(3);
    expect(result.stderr.trim().split('\n')).toEqual(['refundguard: could not write the output (ENOSPC); stopped']);
  });

  it('stops with status 3 and one line on stderr when the reader closes the pipe', async () => {
    const child = spawn(process.execPath, [cli, 'scan'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // The reader takes the first chunk and goes away.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {});
    const line = `${good(1)}\n`.repeat(2_000);
    for (let i = 0; i < 50; i++) child.stdin.write(line);
    child.stdin.end();
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(3);
    expect(stderr.trim()).toBe('refundguard: the output was closed before the end; stopped');
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
