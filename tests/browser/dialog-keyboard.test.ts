import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ServedExamples } from './support/browser.js';
import { describeInEachEngine, type EnginePage } from './support/engines.js';
import { focusedControl, serveGallery, showComponent } from './support/gallery.js';

/** Runs in the page: the risk dialog inside the gallery's widget host, or null. */
const openDialog = () => document.getElementById('host')?.shadowRoot?.querySelector('dialog[open]') ?? null;

/** "Continue anyway": the dialog's other button. */
const PROCEED = 'dialog > .rg-row > button:not(.rg-primary)';

/** Runs in the page: whether the button `selector` in the widget can be pressed, or null while it is missing. */
const enabledInWidget = (selector: string) => {
  const button = document.getElementById('host')?.shadowRoot?.querySelector<HTMLButtonElement>(selector);
  return button ? !button.disabled : null;
};

describeInEachEngine('the risk dialog with a real keyboard', (_engine, browser) => {
  let server: ServedExamples;
  beforeAll(async () => {
    server = await serveGallery();
  });
  afterAll(async () => {
    await server?.close();
  });

  /** The dialog in the gallery on a phone-sized window. */
  async function open(query: string): Promise<EnginePage> {
    const page = await browser().newPage({ viewport: { width: 360, height: 740 } });
    await showComponent(page, server, 'dialog', query);
    return page;
  }

  it('takes focus to "I\'ll stop", keeps Tab inside, makes the page inert, and Esc returns focus', async () => {
    const page = await open('locale=en&theme=light&open=0');
    await page.click('#before');
    await page.waitFor(openDialog);
    // Focus moves once the dialog is shown; wait until it is inside the widget, then say where.
    await page.waitFor(() => document.activeElement?.id === 'host');
    const stop = await page.evaluate(
      () => document.getElementById('host')?.shadowRoot?.querySelector('.rg-primary')?.textContent,
    );
    expect(stop).toBeTruthy();
    expect(await page.evaluate(focusedControl)).toBe(`host > ${stop}`);
    expect(
      await page.evaluate(
        () => document.getElementById('host')?.shadowRoot?.querySelector('dialog')?.matches(':modal') ?? false,
      ),
    ).toBe(true);
    // The page behind is inert: a tap on the Reply button lands on the dialog's backdrop, not on the button.
    const tapped = await page.evaluate(() => {
      const reply = document.getElementById('before') as HTMLElement;
      const box = reply.getBoundingClientRect();
      return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === reply;
    });
    expect(tapped).toBe(false);

    const stops = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.press('Tab', { shift: i % 3 === 2 });
      stops.add(await page.evaluate(focusedControl));
    }
    expect([...stops].filter((where) => !where.startsWith('host > '))).toEqual([]);
    expect(stops.size).toBeGreaterThan(1);

    await page.press('Escape');
    await page.waitFor(() => !document.getElementById('host')?.shadowRoot?.querySelector('dialog'));
    expect(await page.evaluate(() => document.body.dataset.last)).toBe('stop');
    expect(await page.evaluate(focusedControl)).toBe('before');
    await page.close();
  });

  it('enables "Continue anyway" once the cooling-off is over', async () => {
    const page = await open('locale=en&theme=light&open=0&wait=1');
    // The gallery draws the dialog synchronously on the click, so the button is read before any tick of the
    // cooling-off can run, however slow the machine.
    const disabledWhenOpened = await page.evaluate((selector) => {
      document.getElementById('before')?.click();
      return document.getElementById('host')?.shadowRoot?.querySelector<HTMLButtonElement>(selector)?.disabled;
    }, PROCEED);
    expect(disabledWhenOpened).toBe(true);
    // A one-second cooling-off; the wait is generous because the machine may be busy.
    await page.waitFor(enabledInWidget, PROCEED, 20_000);
    await page.click('#host', PROCEED);
    await page.waitFor(() => document.body.dataset.last);
    expect(await page.evaluate(() => document.body.dataset.last)).toBe('continue');
    await page.close();
  });
});
