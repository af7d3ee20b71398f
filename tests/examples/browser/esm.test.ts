import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heading, type OpenedExample, openExample, riskDialog, shadowText } from '../support/page.js';

let opened: OpenedExample;
beforeAll(async () => {
  opened = await openExample('esm', '/esm/');
}, 120_000);
afterAll(() => opened?.close());

describe('examples/esm, started with its README command', () => {
  it('shows the order-status reminder that the app mounted', async () => {
    const text = await shadowText(opened.page, '#order-help');
    expect(text).toContain('Example Mall');
    expect(text).toContain('1799');
  });

  it('leads with the lost-parcel warning once the app tracks parcel_issue', async () => {
    const { page } = opened;
    const before = await heading(page, '#order-help');
    await page.getByRole('button', { name: 'My parcel has not arrived' }).click();
    await expect.poll(() => heading(page, '#order-help')).not.toBe(before);
    expect((await heading(page, '#order-help'))?.toLowerCase()).toContain('lost parcel');
  });

  it('holds a message with a verification code and asks the buyer first', async () => {
    const { page } = opened;
    await page.getByLabel('Message').fill('my code is 482913');
    await page.getByRole('button', { name: 'Send' }).click();
    await riskDialog(page).waitFor();
    expect(await page.locator('#chat-log li.me').count()).toBe(0);
    expect(await page.locator('#guard-status').textContent()).toContain('high-risk input');
  });

  it('made no request outside its own server and threw nothing', () => {
    expect(opened.foreignRequests()).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
