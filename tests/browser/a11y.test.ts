import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage, type ServedExamples } from './support/browser.js';
import { axeViolations, COMPONENTS, LOCALES, LOOKS, openComponent, serveGallery, widget } from './support/gallery.js';

let browser: Browser;
let server: ServedExamples;
let context: BrowserContext;
beforeAll(async () => {
  server = await serveGallery();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 360, height: 740 } });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Show everything a component can show, so axe checks all of it: details opened, a verdict reached. */
const REVEAL: Partial<Record<string, (page: Page) => Promise<void>>> = {
  card: (page) => widget(page).locator('button[aria-expanded]').click(),
  banner: (page) => widget(page).locator('button[aria-expanded]').click(),
  toast: (page) => widget(page).locator('button[aria-expanded]').click(),
  selfcheck: async (page) => {
    // Trap questions first: yes to the first, no to the next two, then yes to a harmful action.
    for (const pick of [0, 1, 1, 0]) await widget(page).locator('fieldset button').nth(pick).click();
    await widget(page).locator('h3[tabindex="-1"]').waitFor();
  },
};

describe('axe-core finds nothing inside the widget', () => {
  for (const locale of LOCALES) {
    for (const look of LOOKS) {
      it(`${locale}, ${look.name}: every component, collapsed and expanded`, async () => {
        const found: string[] = [];
        for (const component of COMPONENTS) {
          const watched = await openWatchedPage(context);
          const { page } = watched;
          await openComponent(page, server, component, `locale=${locale}&${look.query}`);
          const label = `${component} (${locale}, ${look.name})`;
          found.push(...(await axeViolations(page)).map((v) => `${label} ${v}`));
          const reveal = REVEAL[component];
          if (reveal) {
            await reveal(page);
            found.push(...(await axeViolations(page)).map((v) => `${label}, revealed: ${v}`));
          }
          found.push(...(await watched.violations()).map((v) => `${label} CSP ${v}`));
          found.push(...watched.errors.map((e) => `${label} error ${e.message}`));
          await page.close();
        }
        expect(found).toEqual([]);
      });
    }
  }
});
