// The worker as its own process, for what only a process can show: SIGKILL and SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Bundles `src/main.ts` (with core from source) into a runnable file beside the worker's dependencies;
 * resolves to its path and a function removing it. Each call has its own folder: test files run at once.
 */
export async function buildWorkerBin(): Promise<{ bin: string; remove: () => void }> {
  const dir = here(`../../node_modules/.cache/worker-test-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  const bin = `${dir}/main.mjs`;
  await build({
    entryPoints: [here('../../src/main.ts')],
    outfile: bin,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['ioredis'],
    alias: { '@refundguard/core': here('../../../core/src/index.ts') },
    logLevel: 'warning',
  });
  return { bin, remove: () => rmSync(dir, { recursive: true, force: true }) };
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
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        logs.push(JSON.parse(line));
      } catch {
        logs.push({ event: 'unreadable', line });
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, logs, exited };
}
