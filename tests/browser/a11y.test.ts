import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openWatchedPage, type ServedExamples } from './support/browser.js';
import {
  axeViolations,
  COMPONENTS,
  focusedControl,
  LOCALES,
  LOOKS,
  openComponent,
  serveGallery,
  widget,
} from './support/gallery.js';

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

/** Each test runs axe a dozen times: seconds on a quiet machine, far longer on a busy one. */
const AXE_TIMEOUT = 120_000;

/** A reminder's "Learn more", then the self-check inside it, open at its first question. */
async function revealReminder(page: Page) {
  const disclosures = widget(page).locator('button[aria-expanded]');
  await disclosures.first().click();
  await disclosures.nth(1).click();
  await widget(page).locator('legend').waitFor();
}

/** Show everything a component can show, so axe checks all of it: details opened, a verdict reached. */
const REVEAL: Partial<Record<string, (page: Page) => Promise<void>>> = {
  card: revealReminder,
  banner: revealReminder,
  toast: revealReminder,
  selfcheck: async (page) => {
    // Trap questions first: yes to the first, no to the next two, then yes to a harmful action.
    for (const pick of [0, 1, 1, 0]) await widget(page).locator('fieldset button').nth(pick).click();
    await widget(page).locator('h3[tabindex="-1"]').waitFor();
  },
};

describe('axe-core finds nothing inside the widget', () => {
  for (const locale of LOCALES) {
    for (const look of LOOKS) {
      it(
        `${locale}, ${look.name}: every component, collapsed and expanded`,
        async () => {
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
        },
        AXE_TIMEOUT,
      );
    }
  }
});

describe('axe-core finds nothing in the other presets either', () => {
  for (const preset of ['warm', 'contrast']) {
    for (const mode of ['light', 'dark']) {
      it(
        `${preset}, ${mode}: every component, details open`,
        async () => {
          const found: string[] = [];
          for (const component of COMPONENTS) {
            const page = await context.newPage();
            await openComponent(page, server, component, `locale=en&theme=${mode}&preset=${preset}`);
            await REVEAL[component]?.(page);
            found.push(...(await axeViolations(page)).map((v) => `${component} ${v}`));
            await page.close();
          }
          expect(found).toEqual([]);
        },
        AXE_TIMEOUT,
      );
    }
  }
});

describe("the buyer's system settings and the page's variables", () => {
  const primaryColors = (page: Page) =>
    widget(page)
      .locator('.rg-primary')
      .evaluate((el) => {
        const style = getComputedStyle(el);
        return { bg: style.backgroundColor, text: style.color };
      });

  it('follows the system colour scheme in auto mode', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await openComponent(page, server, 'dialog', 'locale=en&theme=auto');
    expect(
      await widget(page)
        .locator('dialog')
        .evaluate((el) => getComputedStyle(el).color),
    ).toBe('rgb(238, 241, 245)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(
      await widget(page)
        .locator('dialog')
        .evaluate((el) => getComputedStyle(el).color),
    ).toBe('rgb(27, 31, 36)');
    await page.close();
  });

  it('strengthens borders when the system asks for more contrast', async () => {
    const page = await context.newPage();
    await page.emulateMedia({ contrast: 'more' });
    await openComponent(page, server, 'card', 'locale=en&theme=light');
    const border = await widget(page)
      .locator('section')
      .evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(border).toBe('rgb(27, 31, 36)');
    await page.close();
  });

  it('lets the page set a --rg-* variable on the host element', async () => {
    const page = await context.newPage();
    await openComponent(page, server, 'dialog', 'locale=en&theme=light&brand=1');
    expect((await primaryColors(page)).bg).toBe('rgb(11, 110, 79)');
    await page.close();
  });
});

const focused = (page: Page) => page.evaluate(focusedControl);

describe('the self-check with the keyboard alone', () => {
  it('answers "no" six times with Tab and Enter and lands on the verdict', async () => {
    const page = await context.newPage();
    await openComponent(page, server, 'selfcheck', 'locale=en&theme=light');
    expect(await focused(page)).toBe('BODY');
    await page.keyboard.press('Tab'); // the page's own Reply button comes first
    for (let question = 0; question < 6; question++) {
      await page.keyboard.press('Tab'); // Yes
      await page.keyboard.press('Tab'); // No
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(() => document.body.dataset.last === 'clear');
    const verdict = await widget(page).locator('h3[tabindex="-1"]').textContent();
    expect(await focused(page)).toBe(`host > ${verdict}`);
    await page.close();
  });
});

describe('small screens and large text', () => {
  for (const locale of LOCALES) {
    it(`${locale}: at 320 px with large text nothing scrolls sideways and every target is at least 44 px`, async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      const problems: string[] = [];
      for (const component of COMPONENTS) {
        await openComponent(page, server, component, `locale=${locale}&theme=light&large=1`);
        await REVEAL[component]?.(page);
        const found = await page.evaluate((name) => {
          const root = document.getElementById('host')?.shadowRoot;
          const out: string[] = [];
          if (document.documentElement.scrollWidth > innerWidth) out.push(`${name}: page scrolls sideways`);
          for (const el of root?.querySelectorAll<HTMLElement>('*') ?? []) {
            if (
              el.scrollWidth > el.clientWidth + 1 &&
              !el.matches('.rg-sr') &&
              getComputedStyle(el).overflowX !== 'visible'
            )
              out.push(`${name}: ${el.tagName} overflows`);
            const box = el.getBoundingClientRect();
            if (box.width && box.right > innerWidth + 1)
              out.push(`${name}: ${el.tagName}.${el.className} past the edge`);
            if (el.matches('button, a[href]') && box.width && (box.height < 44 || box.width < 44))
              out.push(`${name}: ${el.textContent} is ${box.width}×${box.height}`);
          }
          return out;
        }, component);
        problems.push(...found);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
