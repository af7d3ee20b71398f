import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage, type ServedExamples, serveExamples } from '../../browser/support/browser.js';
import { shadowText } from '../support/page.js';
import { readSnippets, repoRoot, snippetOf } from '../support/snippets.js';

// A plain page made of nothing but the guide's three lines, with refundguard.js where the snippet says it is.
const snippet = snippetOf(readSnippets('docs/getting-started.md'), 'script-tag');
const scriptPath = '/path/refundguard.js';

let site: string;
let server: ServedExamples;
let browser: Browser;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'refundguard-getting-started-'));
  mkdirSync(join(site, 'path'));
  copyFileSync(join(repoRoot, 'packages/widget/dist/refundguard.js'), join(site, scriptPath));
  for (const lang of ['en', 'zh-CN']) {
    const page = `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>Shop</title></head>\n<body>\n${snippet}\n</body>\n</html>\n`;
    writeFileSync(join(site, `getting-started-${lang}.html`), page);
  }
  [server, browser] = await Promise.all([serveExamples({}, [site]), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

describe('the script tag from docs/getting-started.md, pasted into a plain page', () => {
  it('loads refundguard.js from the path in the snippet', () => {
    expect(snippet.split(scriptPath)).toHaveLength(2);
  });

  it.each([
    ['en', 'en'],
    ['zh-CN', 'zh-Hans'],
  ])('shows the after-sales reminder with the CN help lines, in the page language (%s)', async (lang, locale) => {
    const watched = await openWatchedPage(await browser.newContext());
    await watched.page.goto(`${server.url}/getting-started-${lang}.html`);
    const text = await shadowText(watched.page, '[data-refundguard="after-sales"]');
    expect(text).toContain('96110');
    expect(text.replaceAll('96110', '')).toContain('110');
    expect(
      await watched.page.evaluate(() => (window as unknown as { RefundGuard: { locale: string } }).RefundGuard.locale),
    ).toBe(locale);
    expect(watched.requests.filter((url) => new URL(url).origin !== server.url)).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.page.context().close();
  });
});
