import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heading, type OpenedExample, openExample, riskDialog, shadowText } from '../support/page.js';

let opened: OpenedExample;
beforeAll(async () => {
  opened = await openExample('react', '/react/');
}, 120_000);
afterAll(() => opened?.close());

describe('examples/react, started with its README command', () => {
  it('draws the reminder inside <refund-guard> once the effect has created the guard', async () => {
    const text = await shadowText(opened.page, 'refund-guard');
    expect(text).toContain('Example Mall');
    expect(text).toContain('18222');
  });

  it('re-draws the reminder when React changes the scenario attribute', async () => {
    const { page } = opened;
    const delivery = await heading(page, 'refund-guard');
    await page.getByRole('button', { name: 'Returns and refunds' }).click();
    await expect.poll(() => heading(page, 'refund-guard')).not.toBe(delivery);
    expect(await page.locator('refund-guard').getAttribute('scenario')).toBe('after-sales');
  });

  it('cautions beside a scam message the chat receives and opens the risk dialog', async () => {
    const { page } = opened;
    const simulate = page.getByRole('button', { name: 'Simulate the next incoming message' });
    for (let i = 0; i < 3 && (await riskDialog(page).count()) === 0; i++) await simulate.click();
    await riskDialog(page).waitFor();
    expect(await page.locator('.chat-log [data-refundguard-own="caution"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('status').textContent()).not.toBe('Scam warnings on this page: 0');
    await page.keyboard.press('Escape');
    await riskDialog(page).waitFor({ state: 'detached' });
  });

  it('holds a message with a card number before React sends it', async () => {
    const { page } = opened;
    await page.getByLabel('Message').fill('my card is 4111 1111 1111 1111');
    await page.getByLabel('Message').press('Enter');
    await riskDialog(page).waitFor();
    expect(await page.locator('.chat-log li.me').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('removes everything the guard added when the component unmounts', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: 'Close order help' }).click();
    await page.getByText('Order help is closed.').waitFor();
    expect(await page.locator('[data-refundguard-own]').count()).toBe(0);
    expect(await page.locator('refund-guard').count()).toBe(0);
  });

  it('made no request outside its own server and threw nothing', () => {
    expect(opened.foreignRequests()).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
