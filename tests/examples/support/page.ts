import type { Browser, Page } from 'playwright-core';
import { launchChromium, openWatchedPage, type WatchedPage } from '../../browser/support/browser.js';
import { type RunningExample, startExample } from './run-example.js';

/** An example started with its README command and opened in Chromium. */
export interface OpenedExample extends WatchedPage {
  example: RunningExample;
  /** Requests that went anywhere but the example's own server. */
  foreignRequests: () => string[];
  close: () => Promise<void>;
}

/** Start `examples/NAME` with its one command and open `path` on its server in a fresh Chromium. */
export async function openExample(name: string, path: string): Promise<OpenedExample> {
  let browser: Browser | undefined;
  let example: RunningExample | undefined;
  try {
    [example, browser] = await Promise.all([startExample(name), launchChromium()]);
    const watched = await openWatchedPage(await browser.newContext());
    await watched.page.goto(`${example.url}${path}`);
    const origin = example.url;
    const opened = { browser, example };
    return {
      ...watched,
      example,
      foreignRequests: () => watched.requests.filter((url) => new URL(url).origin !== origin),
      close: async () => {
        await opened.browser.close();
        await opened.example.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await example?.stop();
    throw error;
  }
}

// Playwright's CSS locators pierce open shadow roots, so these reach inside the widget.

/** Text inside the shadow root of `host`, once a reminder has been drawn there. */
export async function shadowText(page: Page, host: string): Promise<string> {
  await page.locator(`${host} section`).first().waitFor();
  return page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.textContent ?? '', host);
}

/** The title of the reminder drawn in `host`. */
export const heading = (page: Page, host: string) => page.locator(`${host} h2`).first().textContent();

/** The open risk dialog, wherever the guard drew it. */
export const riskDialog = (page: Page) => page.locator('[data-refundguard-own] dialog[open]');
