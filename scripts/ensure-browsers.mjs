// Makes sure the browsers the browser tests drive are there: Debian's Chromium and Firefox ESR, and a
// Chinese font, so screenshots of zh-Hans and zh-Hant text are legible. Installs what is missing when we may.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium-args.mjs';
import { FIREFOX_PATH } from './firefox-args.mjs';

const hasChineseFont = () => {
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return fonts.status === 0 && fonts.stdout.trim() !== '';
};

/** Debian packages the tests cannot run without, by the binary each provides. */
const browsers = [
  { name: 'Chromium', path: CHROMIUM_PATH, pkg: 'chromium', variable: 'CHROMIUM_PATH' },
  { name: 'Firefox ESR', path: FIREFOX_PATH, pkg: 'firefox-esr', variable: 'FIREFOX_PATH' },
];

const missingBrowsers = browsers.filter((browser) => !existsSync(browser.path));
const missing = missingBrowsers.map((browser) => browser.pkg);
if (!hasChineseFont()) missing.push('fonts-wqy-microhei');

if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version') || /debian/i.test(readFileSync('/etc/os-release', 'utf8'));
  if (!isRoot || !isDebian) {
    for (const browser of missingBrowsers) {
      console.error(
        `${browser.name} is missing at ${browser.path}: install it with "sudo apt-get install -y ${browser.pkg}" (or set ${browser.variable}).`,
      );
    }
    if (missingBrowsers.length > 0) process.exit(1);
    console.warn(
      'No Chinese font found: Chinese text in screenshots will show as boxes (apt-get install fonts-wqy-microhei).',
    );
  } else {
    console.log(`Installing ${missing.join(', ')} with apt-get (needed by the browser tests)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  }
}
