// Throwaway redis-server processes on free loopback ports, for the worker tests, the stream benchmark and
// the stream example: never a system service, nothing saved to disk, gone when stopped.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A free loopback port whose cluster bus port (+10000) is free as well. */
export async function freePort() {
  for (;;) {
    const port = await listenOnce(0);
    if (port <= 55_535 && (await listenOnce(port + 10_000).catch(() => 0))) return port;
  }
}

function listenOnce(port) {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      server.close(() => resolve(bound));
    });
  });
}

async function startServer(dir, extra = []) {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, ...extra],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run redis-server (${error.message}); run "node scripts/ensure-redis.mjs"`));
    });
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve();
      }
    });
  });
  return { port, process: child };
}

function stopProcess(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Starts one redis-server; resolves to `{url, cluster: false, stop()}`. */
export async function startRedis() {
  const dir = mkdtempSync(join(tmpdir(), 'refundguard-redis-'));
  const server = await startServer(dir);
  return {
    url: `redis://127.0.0.1:${server.port}`,
    cluster: false,
    stop: async () => {
      await stopProcess(server.process);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts three cluster-enabled redis-servers and joins them (`redis-cli --cluster create`, no replicas). */
export async function startCluster() {
  const dir = mkdtempSync(join(tmpdir(), 'refundguard-cluster-'));
  const nodes = [];
  for (let i = 0; i < 3; i++) {
    nodes.push(
      await startServer(dir, [
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        `nodes-${i}.conf`,
        '--cluster-node-timeout',
        '5000',
      ]),
    );
  }
  const addresses = nodes.map(({ port }) => `127.0.0.1:${port}`);
  await run('redis-cli', ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes']);
  for (const { port } of nodes) {
    for (let tries = 0; ; tries++) {
      const { stdout } = await run('redis-cli', ['-p', String(port), 'cluster', 'info']);
      if (stdout.includes('cluster_state:ok')) break;
      if (tries > 100) throw new Error('the cluster did not come up');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url: addresses.map((address) => `redis://${address}`).join(','),
    cluster: true,
    stop: async () => {
      await Promise.all(nodes.map(({ process }) => stopProcess(process)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
