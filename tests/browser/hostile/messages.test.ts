import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HostileBrowser, type HostilePage, MODES, openHostile, startHostile } from './support.js';

// Finding 5: messages filled in late or edited are read, and a removed message's text is not kept.

const SCAM =
  'This is the courier claims team: your parcel was lost and you get triple compensation. Read me the SMS verification code 482913 now so I can release the payment.';

let hostile: HostileBrowser;
beforeAll(async () => {
  hostile = await startHostile();
});
afterAll(() => hostile?.close());

/** How many cautions RefundGuard has placed in the message list. */
const cautionCount = (page: HostilePage) =>
  page.page.evaluate(() => document.querySelectorAll('#messages [data-refundguard-own]').length);

/** Does a string holding `marker` live anywhere in the page's JavaScript heap (after a full collection)? */
async function heapHolds(page: HostilePage, marker: string): Promise<boolean> {
  const cdp = await page.page.context().newCDPSession(page.page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const snapshot = JSON.parse(chunks.join('')) as { strings: string[] };
  return snapshot.strings.some((text) => text.includes(marker));
}

MODES.forEach((mode, index) => {
  describe(`the message watcher (${mode.name})`, () => {
    it('reads a message added empty and filled in 50 ms later, and one whose text is edited', async () => {
      const page = await openHostile(hostile, index, 'messages.html');
      await page.page.waitForFunction(() => typeof window.RefundGuard === 'function');
      expect(await cautionCount(page)).toBe(0);

      await page.page.evaluate((scam) => {
        const late = document.createElement('li');
        document.getElementById('messages')?.append(late);
        setTimeout(() => {
          late.textContent = scam;
        }, 50);
      }, SCAM);
      await page.page.waitForFunction(() => document.querySelectorAll('#messages [data-refundguard-own]').length === 1);
      await page.page.keyboard.press('Escape');

      // A text change only (characterData), in a message that was read before.
      await page.page.evaluate((scam) => {
        const text = document.getElementById('edited')?.firstChild as Text;
        text.data = scam;
      }, SCAM);
      await page.page.waitForFunction(() => document.querySelectorAll('#messages [data-refundguard-own]').length === 2);
      expect((await page.seen()).uncaught).toBe(0);
      expect(page.errors).toEqual([]);
      expect(await page.violations()).toEqual([]);
      await page.close();
    });

    it('keeps no copy of a removed message’s text', async () => {
      const page = await openHostile(hostile, index, 'messages.html');
      await page.page.waitForFunction(() => typeof window.RefundGuard === 'function');
      // The marker is joined in the page, so no script source holds it whole.
      const marker = await page.page.evaluate((scam) => {
        const mark = ['QX', 'RG', 'MARK', '7731'].join('');
        const message = document.createElement('li');
        message.textContent = `${scam} ref ${mark}`;
        document.getElementById('messages')?.append(message);
        (window as unknown as { __keep?: string }).__keep = message.textContent;
        return mark;
      }, SCAM);
      await page.page.waitForFunction(() => document.querySelectorAll('#messages [data-refundguard-own]').length === 1);
      // The probe finds the text while the page itself holds it …
      expect(await heapHolds(page, marker)).toBe(true);
      await page.page.keyboard.press('Escape');
      await page.page.evaluate(() => {
        delete (window as unknown as { __keep?: string }).__keep;
        document.querySelector('#messages li:last-of-type')?.remove();
        for (const own of document.querySelectorAll('#messages [data-refundguard-own]')) own.remove();
      });
      await page.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
      // … and not once the message is gone, though the watcher scored it.
      expect(await heapHolds(page, marker)).toBe(false);
      expect((await page.seen()).uncaught).toBe(0);
      await page.close();
      // Two heap snapshots of a Chromium page take several seconds each on a shared machine.
    }, 90_000);
  });
});
