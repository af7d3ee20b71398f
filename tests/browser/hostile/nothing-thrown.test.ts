import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  guardWarnings,
  type HostileBrowser,
  type HostilePage,
  MODES,
  openHostile,
  reminderText,
  startHostile,
} from './support.js';

// Findings 7 and 8: bad input and odd pages become reported problems, never errors in the page,
// and anything ignored is said once on the console and as an `error` event.

let hostile: HostileBrowser;
beforeAll(async () => {
  hostile = await startHostile();
});
afterAll(() => hostile?.close());

/** The page saw no uncaught error, no unhandled rejection and no CSP violation. */
async function expectQuietPage(page: HostilePage) {
  expect((await page.seen()).uncaught).toBe(0);
  expect(page.errors).toEqual([]);
  expect(await page.violations()).toEqual([]);
}

const errorEvents = async (page: HostilePage) => (await page.seen()).errorEvents;

MODES.forEach((mode, index) => {
  describe(`nothing thrown into the page (${mode.name})`, () => {
    it('a queue with symbols, null and unknown commands: every good call still runs, each bad one reported', async () => {
      const page = await openHostile(hostile, index, 'throwing-queue.html');
      await reminderText(page);
      // show() queued after the bad calls ran: the after-sales toast is up.
      await page.page.waitForFunction(() =>
        [...document.querySelectorAll('[data-refundguard-own]')].some((el) => el.shadowRoot?.querySelector('section')),
      );
      const heard = await page.page.evaluate(
        () => (window as unknown as { __rgHeard: string[]; __rgReady?: boolean }).__rgHeard,
      );
      // In queue order: the bare symbol entry (no command), RefundGuard(Symbol()), the null entry, the
      // unknown command, checkUrl's and setLocale's arguments that cannot become strings.
      expect(heard).toEqual([
        'command:undefined',
        'command:symbol',
        'command:object',
        'command:"no-such-command"',
        'checkUrl',
        'config:locale',
      ]);
      expect(await page.page.evaluate(() => (window as unknown as { __rgReady?: boolean }).__rgReady)).toBe(true);
      // The page's console.warn throws; RefundGuard swallowed that too.
      await expectQuietPage(page);
      await page.close();
    });

    it('the page defined <refund-guard> itself: its element is left alone, said once', async () => {
      const page = await openHostile(hostile, index, 'foreign-element.html');
      await reminderText(page);
      expect(await page.page.locator('refund-guard').textContent()).toBe('the page’s own element');
      expect(await errorEvents(page)).toEqual(['element']);
      expect(guardWarnings(page).filter((w) => w.includes('<refund-guard> left alone'))).toHaveLength(1);
      await expectQuietPage(page);
      await page.close();
    });

    it('customElements.define throws: placeholders still work, the problem is said once', async () => {
      const page = await openHostile(hostile, index, 'registry-throws.html');
      await reminderText(page);
      expect(await errorEvents(page)).toEqual(['element']);
      expect(guardWarnings(page).filter((w) => w.includes('definitions are locked'))).toHaveLength(1);
      await expectQuietPage(page);
      await page.close();
    });

    it('a second copy with other settings is ignored, and says so once', async () => {
      const page = await openHostile(hostile, index, 'second-copy.html');
      const text = await reminderText(page);
      expect(text).toContain('96110');
      expect(await page.page.evaluate(() => (window.RefundGuard as { locale: string }).locale)).toBe('en');
      expect(await errorEvents(page)).toEqual(['second-copy']);
      expect(guardWarnings(page).filter((w) => w.includes('second copy'))).toHaveLength(1);
      await expectQuietPage(page);
      await page.close();
    });

    it('a type="module" tag has no currentScript: it starts on defaults and says why', async () => {
      const page = await openHostile(hostile, index, 'module-script.html');
      await reminderText(page);
      expect(await errorEvents(page)).toEqual(['no-current-script']);
      expect(guardWarnings(page).filter((w) => w.includes('currentScript'))).toHaveLength(1);
      await expectQuietPage(page);
      await page.close();
    });
  });
});
