import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardWarnings, type HostileBrowser, MODES, openHostile, startHostile } from './support.js';

// Finding 6: a page that froze Object.prototype before the script (SES lockdown style).

let hostile: HostileBrowser;
beforeAll(async () => {
  hostile = await startHostile();
});
afterAll(() => hostile?.close());

MODES.forEach((mode, index) => {
  describe(`frozen prototypes (${mode.name})`, () => {
    it('both files degrade to one console line each, never an uncaught error', async () => {
      const page = await openHostile(hostile, index, 'frozen.html');
      await page.page.waitForLoadState('load');
      const started = await page.page.evaluate(() => typeof window.RefundGuard === 'function');
      const lines = guardWarnings(page);
      // @preact/signals-core cannot set up on a frozen Object.prototype; each file says so once.
      expect(started).toBe(false);
      expect(lines.filter((line) => line.includes('cannot start on this page'))).toHaveLength(2);
      expect(await page.page.locator('#page-own').textContent()).toBe('The shop still works.');
      expect((await page.seen()).uncaught).toBe(0);
      expect(page.errors).toEqual([]);
      expect(await page.violations()).toEqual([]);
      await page.close();
    });
  });
});
