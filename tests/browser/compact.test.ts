import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ServedExamples } from './support/browser.js';
import { LOCALES, openComponent, serveGallery } from './support/gallery.js';

// Issue 14, item 3: at 360 px the card's first screen (the rule, the three don'ts, the first help line) is at most
// 240 px tall and the banner (and the toast, a banner fixed to the screen) at most 120 px, in every language and
// scenario; with large text at most one and a half times that. The rest waits behind "Learn more".

const SCENARIOS = ['order-confirmation', 'order-status', 'after-sales', 'chat'] as const;
const LIMITS = { card: 240, banner: 120, toast: 120 } as const;
const LARGE_TEXT = 1.5;

interface FirstScreen {
  height: number;
  expanded: string | null;
  /** List items and call links a buyer can see without opening anything. */
  items: number;
  calls: number;
}

let browser: Browser;
let server: ServedExamples;
beforeAll(async () => {
  server = await serveGallery();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The reminder as first drawn: its height, whether its details are open, and what of it is visible. */
const firstScreen = (page: Page) =>
  page.evaluate((): FirstScreen => {
    const root = document.getElementById('host')?.shadowRoot;
    const section = root?.querySelector('section');
    const visible = (el: Element) =>
      (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    return {
      height: section?.getBoundingClientRect().height ?? 0,
      expanded: root?.querySelector('button[aria-expanded]')?.getAttribute('aria-expanded') ?? null,
      items: [...(root?.querySelectorAll('li') ?? [])].filter(visible).length,
      calls: [...(root?.querySelectorAll('a[href^="tel:"]') ?? [])].filter(visible).length,
    };
  });

describe('the reminder at 360 px', () => {
  for (const locale of LOCALES) {
    it(`${locale}: the card's first screen fits in 240 px and the banner and toast in 120 px, large text in 1.5 times that`, async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      const problems: string[] = [];
      for (const scenario of SCENARIOS) {
        for (const large of [false, true]) {
          for (const [variant, limit] of Object.entries(LIMITS)) {
            const query = `locale=${locale}&theme=light&scenario=${scenario}${large ? '&large=1' : ''}`;
            await openComponent(page, server, variant, query);
            const seen = await firstScreen(page);
            const most = limit * (large ? LARGE_TEXT : 1);
            const label = `${variant} ${scenario}${large ? ' large text' : ''}`;
            if (!seen.height || seen.height > most) problems.push(`${label}: ${seen.height} px, at most ${most}`);
            if (seen.expanded !== 'false') problems.push(`${label}: details not behind a closed "Learn more"`);
            // The card says the three don'ts and offers the first help line up front; the banner keeps both for later.
            const up = variant === 'card' ? { items: 3, calls: 1 } : { items: 0, calls: 0 };
            if (seen.items !== up.items || seen.calls !== up.calls)
              problems.push(`${label}: ${seen.items} list items and ${seen.calls} call links in view`);
          }
        }
      }
      expect(problems).toEqual([]);
      await page.close();
      // Twenty-four page loads: generous for a busy machine.
    }, 180_000);
  }
});
