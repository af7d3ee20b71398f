import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostileBrowser, type HostilePage, MODES, openHostile, startHostile } from './support.js';

// Finding 3: every element the buyer can activate to leave, and app and phone links, are guarded.

let hostile: HostileBrowser;
beforeAll(async () => {
  hostile = await startHostile();
});
afterAll(() => hostile?.close());

/** Text of every caution RefundGuard placed, in the page and in the page's open shadow roots. */
const cautions = (page: HostilePage) =>
  page.page.evaluate(() => {
    const roots: ParentNode[] = [document, ...[...document.querySelectorAll('*')].flatMap((el) => el.shadowRoot ?? [])];
    return roots.flatMap((root) =>
      [...root.querySelectorAll('[data-refundguard-own]')].map(
        (el) => el.shadowRoot?.textContent ?? el.textContent ?? '',
      ),
    );
  });

MODES.forEach((mode, index) => {
  describe(`the link guard on a chat (${mode.name})`, () => {
    it('cautions on app and phone links, naming the app, and on outside links and forms; holds lookalikes in SVG, area and shadow roots', async () => {
      const page = await openHostile(hostile, index, 'links.html');
      await page.page.waitForFunction(
        () => typeof (window.RefundGuard as { guardLinks?: unknown }).guardLinks === 'function',
      );
      const start = page.page.url();

      for (const id of ['#app', '#phone', '#outside', '#deposit-button']) await page.page.locator(id).click();
      const placed = await cautions(page);
      expect(placed).toHaveLength(4);
      expect(placed.some((text) => text.includes('WeChat'))).toBe(true);

      // Lookalikes of example-mall.com open the risk dialog wherever the link is.
      await page.page.locator('#svg-link').click();
      await page.page.getByRole('dialog').waitFor();
      await page.page.keyboard.press('Escape');
      await page.page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.page.locator('#shadow-link').click();
      await page.page.getByRole('dialog').waitFor();
      await page.page.keyboard.press('Escape');
      await page.page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.page.locator('#area').evaluate((area) => (area as HTMLAreaElement).click());
      await page.page.getByRole('dialog').waitFor();

      expect(page.page.url()).toBe(start);
      expect((await page.seen()).uncaught).toBe(0);
      expect(page.errors).toEqual([]);
      expect(await page.violations()).toEqual([]);
      await page.close();
    });
  });
});
