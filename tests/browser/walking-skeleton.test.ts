import { expect, it } from 'vitest';
import { type ServedExamples, serveExamples } from './support/browser.js';
import { describeInEachEngine } from './support/engines.js';

describeInEachEngine('order-confirmation page', (_engine, browser) => {
  async function reminderText(server: ServedExamples) {
    const page = await browser().newPage();
    await page.goto(`${server.url}/shop/order-confirmation.html`);
    await page.waitFor(() =>
      document.querySelector('[data-refundguard="order-confirmation"]')?.shadowRoot?.querySelector('section'),
    );
    // Read through the placeholder's own shadow root, so text anywhere else on the page cannot pass.
    const text = await page.evaluate(
      () => document.querySelector('[data-refundguard="order-confirmation"]')?.shadowRoot?.textContent ?? '',
    );
    const violations = await page.violations();
    await page.close();
    return { text, violations, requests: page.requests, errors: page.errors, origin: server.url };
  }

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
