// docs/config.md, "How reminders are counted", with real page loads of refundguard.js in Chromium: the page's
// clock is Playwright's fake one (paused, moved by the test), its viewport and IntersectionObserver are real.
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ServedExamples, serveExamples } from './support/browser.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/frequency', import.meta.url));
const MONDAY = new Date('2026-11-30T10:00:00Z').getTime();
const DAY = 86_400_000;

let browser: Browser;
let server: ServedExamples;
let context: BrowserContext | undefined;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveExamples({}, [FIXTURES])]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** Runs in the page before its scripts: remembers every ratio an IntersectionObserver was told about. */
function recordIntersections() {
  const Native = window.IntersectionObserver;
  const seen: number[] = [];
  (window as unknown as { __ratios: number[] }).__ratios = seen;
  window.IntersectionObserver = class extends Native {
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      super((entries, observer) => {
        for (const entry of entries) seen.push(entry.intersectionRatio);
        callback(entries, observer);
      }, options);
    }
  };
}

/** A phone-sized tab whose clock stands still at Monday 10:00 until the test moves it. */
async function openPhone(): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.addInitScript(recordIntersections);
  await page.clock.install({ time: MONDAY - 1000 });
  await page.clock.pauseAt(MONDAY);
  return page;
}

/** Wait for the page to say yes, asking again every few real milliseconds (the page's own timers are paused). */
async function until(page: Page, check: () => boolean) {
  const deadline = Date.now() + 20_000;
  while (!(await page.evaluate(check))) {
    if (Date.now() > deadline) throw new Error(`the page never said yes to ${check}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Load the counting page (or reload it) and let the reminder draw and start watching the viewport. */
async function load(page: Page, how: 'goto' | 'reload') {
  if (how === 'goto') await page.goto(`${server.url}/counting.html`);
  else await page.reload();
  await page.evaluate(() => window.scrollTo(0, 0));
  await until(page, () => Boolean(document.querySelector('[data-refundguard]')?.shadowRoot?.querySelector('section')));
  // Preact runs effects after the next frame; the paused clock holds frames until it runs.
  await page.clock.runFor(100);
}

/** The form the placeholder shows. */
const form = (page: Page) =>
  page.evaluate(() =>
    document.querySelector('[data-refundguard]')?.shadowRoot?.querySelector('.rg-banner') ? 'banner' : 'card',
  );

/** Impressions stored for after-sales, read from localStorage as the next page load would. */
const impressions = (page: Page) =>
  page.evaluate(() => {
    const entries = JSON.parse(localStorage.getItem('refundguard:v1:frequency') ?? '{}') as Record<
      string,
      { n: number }
    >;
    return Object.entries(entries)
      .filter(([key]) => key.startsWith('after-sales@'))
      .reduce((sum, [, entry]) => sum + entry.n, 0);
  });

/** The browser has told the card's observer that at least half of it is in view. */
const reportedInView = (page: Page) =>
  until(page, () => ((window as unknown as { __ratios: number[] }).__ratios.at(-1) ?? 0) >= 0.5);

describe('reminder counting across real page loads', () => {
  it('counts the card seen on Monday once, shows the banner on three quick reloads, the card again on Wednesday', async () => {
    const page = await openPhone();
    await load(page, 'goto');
    expect(await form(page)).toBe('card');
    await reportedInView(page);
    await page.clock.runFor(1000);
    expect(await impressions(page)).toBe(1);

    for (let reload = 0; reload < 3; reload++) {
      await page.clock.runFor(5000);
      await load(page, 'reload');
      expect(await form(page)).toBe('banner');
      await page.clock.runFor(10_000);
      expect(await impressions(page)).toBe(1);
    }

    await page.clock.setSystemTime(MONDAY + DAY - 60_000);
    await load(page, 'reload');
    expect(await form(page)).toBe('banner');

    await page.clock.setSystemTime(MONDAY + 2 * DAY);
    await load(page, 'reload');
    expect(await form(page)).toBe('card');
    await reportedInView(page);
    await page.clock.runFor(1000);
    expect(await impressions(page)).toBe(2);
  }, 90_000);

  it('does not count a card scrolled away before its second was up, and counts it once it stays in view', async () => {
    const page = await openPhone();
    await load(page, 'goto');
    await reportedInView(page);
    await page.clock.runFor(600);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await until(page, () => ((window as unknown as { __ratios: number[] }).__ratios.at(-1) ?? 1) < 0.5);
    await page.clock.runFor(30_000);
    expect(await impressions(page)).toBe(0);

    await page.evaluate(() => window.scrollTo(0, 0));
    await reportedInView(page);
    await page.clock.runFor(999);
    expect(await impressions(page)).toBe(0);
    await page.clock.runFor(1);
    expect(await impressions(page)).toBe(1);

    // Reloaded right away, the page shows the banner: the card was counted.
    await load(page, 'reload');
    expect(await form(page)).toBe('banner');
  }, 60_000);
});
