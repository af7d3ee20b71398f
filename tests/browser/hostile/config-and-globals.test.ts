import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addScriptTag } from '../support/add-script.js';
import { guardWarnings, type HostileBrowser, MODES, openHostile, reminderText, startHostile } from './support.js';

// Findings 1 and 2 of the hostile-page review: page content posing as the merchant's config,
// and markup that takes over window.RefundGuard.

let hostile: HostileBrowser;
beforeAll(async () => {
  hostile = await startHostile();
});
afterAll(() => hostile?.close());

MODES.forEach((mode, index) => {
  describe(`hostile page content (${mode.name})`, () => {
    it('a review carrying the config id cannot replace the help lines or whitelist a lookalike', async () => {
      const page = await openHostile(hostile, index, 'config-hijack.html');
      const text = await reminderText(page);
      expect(text).toContain('95188');
      expect(text).not.toContain('400 000 0000');
      await page.page.locator('#lookalike').click();
      // The lookalike of example-mall.com is held: the risk dialog opens and the page stays.
      await page.page.getByRole('dialog').waitFor();
      expect(new URL(page.page.url()).pathname).toBe('/config-hijack.html');
      expect(guardWarnings(page).filter((w) => w.includes('other elements use this id'))).toHaveLength(1);
      expect((await page.seen()).uncaught).toBe(0);
      expect(page.errors).toEqual([]);
      expect(await page.violations()).toEqual([]);
      await page.close();
    });

    it('a config id naming only page content is refused: safe defaults and one clear message', async () => {
      const page = await openHostile(hostile, index, 'config-refused.html');
      const text = await reminderText(page);
      expect(text).not.toContain('400 000 0000');
      // The region's own lines, from the tag's data-region, are still there.
      expect(text).toContain('96110');
      expect(
        guardWarnings(page).filter((w) => w.includes('must name one <script type="application/json">')),
      ).toHaveLength(1);
      expect((await page.seen()).uncaught).toBe(0);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('elements named RefundGuard, __refundguardLoaded and currentScript: it starts anyway and says so once', async () => {
      const page = await openHostile(hostile, index, 'clobbered.html');
      const text = await reminderText(page);
      expect(text).toContain('95188');
      expect(await page.page.evaluate(() => typeof window.RefundGuard)).toBe('function');
      // A second copy still sees the first (the marker is not a name markup can reach).
      await addScriptTag(page.page, '/refundguard.js');
      expect(
        await page.page.evaluate(
          () => document.querySelector('[data-refundguard]')?.shadowRoot?.querySelectorAll('section').length,
        ),
      ).toBe(1);
      const seen = await page.seen();
      expect(seen.errorEvents.filter((code) => code === 'clobbered-global')).toHaveLength(1);
      expect(guardWarnings(page).filter((w) => w.includes('window.RefundGuard is a page element'))).toHaveLength(1);
      expect(seen.uncaught).toBe(0);
      expect(page.errors).toEqual([]);
      expect(await page.violations()).toEqual([]);
      await page.close();
    });
  });
});
