import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardWarnings, type HostileBrowser, MODES, openHostile, reminderText, startHostile } from './support.js';

// Finding 4: no config value can make the widget request anything.

/** Every token the page sets (pages/theme-urls.*), each to a value naming a URL. */
const TOKENS = [
  'bg',
  'text',
  'muted',
  'border',
  'calm',
  'calm-bg',
  'danger',
  'danger-bg',
  'on-accent',
  'focus',
  'radius',
  'space',
  'font-size',
  'z',
  'toast-inset',
  'shadow',
  'extra',
];

let hostile: HostileBrowser;
beforeAll(async () => {
  hostile = await startHostile();
});
afterAll(() => hostile?.close());

MODES.forEach((mode, index) => {
  describe(`theme tokens that name URLs (${mode.name})`, () => {
    it('are refused with a message each, and the page requests nothing but its own files', async () => {
      const page = await openHostile(hostile, index, 'theme-urls.html');
      await reminderText(page);
      // The toast from the queued show() and the custom element are drawn too: every themed root exists.
      await page.page.waitForFunction(() =>
        [...document.querySelectorAll('[data-refundguard-own]')].some((el) => el.shadowRoot?.querySelector('section')),
      );
      await page.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
      const paths = page.requests.map((url) => new URL(url).pathname);
      expect(paths).toEqual(['/theme-urls.html', '/shop/rg-snippet.js', '/theme-urls.js', '/refundguard.js']);
      expect(await page.violations()).toEqual([]);
      const refused = guardWarnings(page).join('\n');
      for (const token of TOKENS)
        expect(refused).toContain(`theme.tokens${/-/.test(token) ? `["${token}"]` : `.${token}`}`);
      expect((await page.seen()).uncaught).toBe(0);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
});
