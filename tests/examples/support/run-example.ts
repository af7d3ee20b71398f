import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A running example server started by the example's own README command. */
export interface RunningExample {
  /** The server's origin, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Everything the command printed so far. */
  output: () => string;
  /** Ends the command and every process it started. */
  stop: () => Promise<void>;
}

/** The command an example's README gives, as `pnpm` arguments. */
export const exampleCommand = (example: string, script = 'start') => [
  '--filter',
  `@refundguard/example-${example}`,
  script,
];

function launch(example: string, script: string, env: Record<string, string>) {
  // Its own process group, so stopping it also stops the server that pnpm started.
  const child = spawn('pnpm', exampleCommand(example, script), {
    cwd: repoRoot,
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/**
 * Run `pnpm --filter @refundguard/example-NAME start` (build, then serve on a free port) and
 * resolve once the server has printed its address.
 */
export async function startExample(example: string, timeoutMs = 90_000): Promise<RunningExample> {
  const { child, exited, output } = launch(example, 'start', { PORT: '0' });
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = /RefundGuard examples at (http:\/\/[\d.:]+)/.exec(output());
    if (found?.[1]) return { url: found[1], output, stop };
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`pnpm ${exampleCommand(example).join(' ')} did not start a server:\n${output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Run an example's command to the end; resolves with its exit code and what it printed. */
export async function runExample(example: string, script = 'start'): Promise<{ code: number | null; output: string }> {
  const { exited, output } = launch(example, script, {});
  const code = await exited;
  return { code, output: output() };
}
