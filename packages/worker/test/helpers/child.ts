// The worker as its own process, for what only a process can show: SIGKILL and SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Bundles `src/main.ts` (with core from source) into a runnable file; resolves to its path. */
export async function buildWorkerBin(): Promise<string> {
  const dir = here(`../../node_modules/.cache/worker-test-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const outfile = `${dir}/main.mjs`;
  await build({
    entryPoints: [here('../../src/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['ioredis'],
    alias: { '@refundguard/core': here('../../../core/src/index.ts') },
    logLevel: 'warning',
  });
  return outfile;
}

/** A worker process and the JSON lines it has logged so far. */
export interface WorkerProcess {
  child: ChildProcess;
  logs: Array<Record<string, unknown>>;
  exited: Promise<number | null>;
}

export function spawnWorker(bin: string, args: readonly string[]): WorkerProcess {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const logs: Array<Record<string, unknown>> = [];
  let rest = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) logs.push(JSON.parse(line));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, logs, exited };
}
