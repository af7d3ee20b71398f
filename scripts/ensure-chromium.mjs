// Makes sure Debian's Chromium (and a Chinese font, so screenshots of zh-Hans and zh-Hant text are legible)
// are there for the browser tests; installs what is missing when we may.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium-args.mjs';

const CHROMIUM = CHROMIUM_PATH;

const hasChineseFont = () => {
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return fonts.status === 0 && fonts.stdout.trim() !== '';
};

const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (!hasChineseFont()) missing.push('fonts-wqy-microhei');

if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version') || /debian/i.test(readFileSync('/etc/os-release', 'utf8'));
  if (!isRoot || !isDebian) {
    if (missing.includes('chromium')) {
      console.error(
        `Chromium is missing at ${CHROMIUM}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`,
      );
      process.exit(1);
    }
    console.warn(
      'No Chinese font found: Chinese text in screenshots will show as boxes (apt-get install fonts-wqy-microhei).',
    );
  } else {
    console.log(`Installing ${missing.join(' and ')} with apt-get (needed by the browser tests)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  }
}
