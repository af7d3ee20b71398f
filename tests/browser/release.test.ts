import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityOf, RELEASE_DIR, SCRIPTS } from '../../scripts/release.mjs';
import { launchChromium, openWatchedPage, type ServedExamples, serveExamples } from './support/browser.js';

// `pnpm release` as a merchant uses it: the files copied to their site, the snippet pasted into a page.

let site: string;
let server: ServedExamples;
let browser: Browser;

const releaseFile = (name: string) => readFileSync(join(RELEASE_DIR, name));
const snippet = (file: string) => readFileSync(join(RELEASE_DIR, file.replace(/\.js$/, '.snippet.html')), 'utf8');
const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Shop</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

beforeAll(async () => {
  execFileSync('node', ['scripts/release.mjs'], { stdio: 'ignore' });
  site = mkdtempSync(join(tmpdir(), 'refundguard-release-'));
  mkdirSync(join(site, 'path'));
  mkdirSync(join(site, 'tampered'));
  for (const { file } of SCRIPTS) {
    copyFileSync(join(RELEASE_DIR, file), join(site, 'path', file));
    writeFileSync(join(site, `${file}.html`), page(snippet(file)));
  }
  // The same snippet, pointing at a copy with one character changed.
  const lean = releaseFile('refundguard.js').toString('utf8');
  writeFileSync(join(site, 'tampered/refundguard.js'), lean.replace('RefundGuard', 'RefundGuarD'));
  writeFileSync(join(site, 'tampered.html'), page(snippet('refundguard.js').replace('/path/', '/tampered/')));
  [server, browser] = await Promise.all([serveExamples({}, [site]), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

describe('pnpm release', () => {
  it('writes both scripts with integrity hashes that match them', () => {
    const integrity = JSON.parse(releaseFile('integrity.json').toString('utf8'));
    for (const { file } of SCRIPTS) {
      expect(releaseFile(file).equals(readFileSync(join('packages/widget/dist', file)))).toBe(true);
      expect(integrity[file]).toBe(integrityOf(releaseFile(file)));
      expect(snippet(file)).toContain(`integrity="${integrity[file]}" crossorigin="anonymous"`);
    }
  });

  it('packs both npm packages, the core one with its command and built CLI', () => {
    const listing = execFileSync('tar', ['-tzf', join(RELEASE_DIR, 'refundguard-core-0.0.0.tgz')], {
      encoding: 'utf8',
    });
    expect(listing).toContain('package/bin/refundguard.js');
    expect(listing).toContain('package/dist/cli.js');
    const widget = execFileSync('tar', ['-tzf', join(RELEASE_DIR, 'refundguard-widget-0.0.0.tgz')], {
      encoding: 'utf8',
    });
    for (const file of ['index.js', 'chat.js', 'refundguard.js', 'refundguard-chat.js']) {
      expect(widget).toContain(`package/dist/${file}`);
    }
  });

  for (const { file, scenario } of SCRIPTS) {
    it(`${file}: the snippet with SRI shows the ${scenario} reminder from the self-hosted file`, async () => {
      const watched = await openWatchedPage(await browser.newContext());
      await watched.page.goto(`${server.url}/${file}.html`);
      await watched.page.locator(`[data-refundguard="${scenario}"] section`).waitFor();
      expect(watched.requests.map((url) => new URL(url).pathname)).toContain(`/path/${file}`);
      expect(watched.errors).toEqual([]);
      await watched.page.context().close();
    });
  }

  it('a changed file does not run: the browser holds it to the integrity hash', async () => {
    const watched = await openWatchedPage(await browser.newContext());
    const blocked: string[] = [];
    watched.page.on('console', (message) => {
      if (message.type() === 'error') blocked.push(message.text());
    });
    await watched.page.goto(`${server.url}/tampered.html`);
    await watched.page.waitForLoadState('load');
    expect(blocked.join('\n')).toMatch(/integrity/i);
    expect(await watched.page.evaluate(() => 'locale' in (window.RefundGuard as object))).toBe(false);
    await watched.page.context().close();
  });
});
