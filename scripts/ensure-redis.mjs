// Makes sure redis-server and redis-cli are there for the worker tests (which start their own servers on
// loopback ports, never a system service); installs Debian's redis-server when missing and we may.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const found = (command) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;

if (!found('redis-server') || !found('redis-cli')) {
  if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version')) {
    console.error(
      'redis-server is missing: install it with "sudo apt-get install -y redis-server" (Redis 7 or later).',
    );
    process.exit(1);
  }
  console.log('Installing redis-server with apt-get (needed by the worker tests)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], {
    stdio: 'inherit',
    env,
  });
  // The package starts a system service; the tests never use it, so it is stopped again.
  spawnSync('service', ['redis-server', 'stop'], { stdio: 'ignore' });
}
