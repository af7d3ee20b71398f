import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ServedExamples } from './support/browser.js';
import { COMPONENTS, openComponent, SCREENSHOT_DIR, serveGallery, widget } from './support/gallery.js';

let browser: Browser;
let server: ServedExamples;
beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await serveGallery();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const LOOKS = [
  { name: 'en-light', query: 'locale=en&theme=light' },
  { name: 'zh-Hans-dark', query: 'locale=zh-Hans&theme=dark' },
  { name: 'zh-Hant-large', query: 'locale=zh-Hant&theme=light&large=1&preset=warm' },
];

// The dialog and the toast sit over the page, so the viewport is the picture; the rest are shot on their own.
const OVERLAYS = new Set(['dialog', 'toast']);

describe('screenshots of every component', () => {
  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width}×${viewport.height}`, async () => {
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const written: string[] = [];
      for (const look of LOOKS) {
        for (const component of COMPONENTS) {
          await openComponent(page, server, component, look.query);
          if (component === 'selfcheck') {
            for (const pick of [0, 1, 1, 0]) await widget(page).locator('fieldset button').nth(pick).click();
          }
          const path = `${SCREENSHOT_DIR}/${component}-${look.name}-${viewport.width}x${viewport.height}.png`;
          const picture = OVERLAYS.has(component)
            ? await page.screenshot({ path })
            : await widget(page).screenshot({ path });
          expect(picture.byteLength).toBeGreaterThan(1000);
          written.push(path);
        }
      }
      expect(written).toHaveLength(LOOKS.length * COMPONENTS.length);
      await context.close();
    });
  }
});
