import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage, type ServedExamples, serveExamples } from './support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function reminderText(server: ServedExamples) {
  const context = await browser.newContext();
  const watched = await openWatchedPage(context);
  await watched.page.goto(`${server.url}/shop/order-confirmation.html`);
  await watched.page.locator('[data-refundguard="order-confirmation"] section').waitFor();
  // Read through the placeholder's own shadow root, so text anywhere else on the page cannot pass.
  const text = await watched.page.evaluate(
    () => document.querySelector('[data-refundguard="order-confirmation"]')?.shadowRoot?.textContent ?? '',
  );
  const violations = await watched.violations();
  await context.close();
  return { text, violations, requests: watched.requests, errors: watched.errors, origin: server.url };
}

describe('order-confirmation page', () => {
  it('shows the reminder inside the placeholder’s shadow root', async () => {
    const server = await serveExamples();
    const { text, errors } = await reminderText(server);
    await server.close();
    expect(text).toMatch(/outside/i);
    expect(errors).toEqual([]);
  });

  it('renders under default-src self with no violation and no request to another origin', async () => {
    const server = await serveExamples({ 'Content-Security-Policy': "default-src 'self'" });
    const { text, violations, requests, origin } = await reminderText(server);
    await server.close();
    expect(text).toMatch(/outside/i);
    expect(violations).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});
