import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServedExamples, serveExamples } from '../support/browser.js';
import { describeInEachEngine, type EngineBrowser, type Viewport } from '../support/engines.js';

// Issue 14, items 1 and 2: a page whose global CSS reaches every element with `!important` (and sets its root
// font size), and the same page right-to-left and wider than the screen. The card and the risk dialog keep the
// sizes they have on the plain page and stay whole on screen, in Chromium and in Firefox ESR. Everything the page
// does and every measurement is a function of the page itself (pages/aggressive-css.js), called by name.

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}
interface Layout {
  view: { width: number; height: number };
  card: Box | null;
  dialog: Box | null;
  cornersOnBackdrop: number;
}

const PAGES = fileURLToPath(new URL('./pages', import.meta.url));
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const PAGE_KINDS = [
  { name: 'aggressive global CSS', query: 'css=1' },
  { name: 'right-to-left and wider than the screen', query: 'rtl=1' },
  { name: 'both at once', query: 'css=1&rtl=1' },
];

let server: ServedExamples;
beforeAll(async () => {
  server = await serveExamples({}, [PAGES]);
});
afterAll(() => server?.close());

/** The card as drawn, then the risk dialog once open, on a fresh page (so the card is never capped). */
async function layoutOf(browser: EngineBrowser, viewport: Viewport, query: string) {
  const page = await browser.newPage({ viewport });
  try {
    await page.goto(`${server.url}/aggressive-css.html?${query}`);
    await page.evaluate('cardReady()');
    const { card } = await page.evaluate<Layout>('measureLayout()');
    await page.evaluate('openRiskDialog()');
    const { dialog, view, cornersOnBackdrop } = await page.evaluate<Layout>('measureLayout()');
    if (!card || !dialog) throw new Error(`nothing drawn for ?${query}`);
    return { card, dialog, view, cornersOnBackdrop };
  } finally {
    await page.close();
  }
}

/** Where a box leaves the visual viewport, as readable lines. */
function outside(name: string, box: Box, view: Layout['view'], vertical: boolean): string[] {
  const out: string[] = [];
  if (box.left < 0 || box.right > view.width) out.push(`${name} spans x ${box.left}…${box.right} of ${view.width}`);
  if (vertical && (box.top < 0 || box.bottom > view.height))
    out.push(`${name} spans y ${box.top}…${box.bottom} of ${view.height}`);
  return out;
}

const sizeChange = (name: string, box: Box, plain: Box) =>
  Math.abs(box.width - plain.width) > 2 || Math.abs(box.height - plain.height) > 2
    ? [`${name} is ${box.width}×${box.height}, ${plain.width}×${plain.height} on the plain page`]
    : [];

describeInEachEngine('the card and the risk dialog on hostile pages', (_engine, browser) => {
  for (const viewport of VIEWPORTS) {
    describe(`at ${viewport.width} px`, () => {
      let plain: Awaited<ReturnType<typeof layoutOf>>;
      beforeAll(async () => {
        plain = await layoutOf(browser(), viewport, '');
      }, 60_000);

      it('the plain page: the card and the dialog are on screen and the backdrop covers every corner', () => {
        expect([
          ...outside('card', plain.card, plain.view, false),
          ...outside('dialog', plain.dialog, plain.view, true),
        ]).toEqual([]);
        expect(plain.cornersOnBackdrop).toBe(4);
      });

      for (const kind of PAGE_KINDS) {
        it(`${kind.name}: the card and the dialog keep their sizes, on screen, with nothing left undimmed`, async () => {
          const seen = await layoutOf(browser(), viewport, kind.query);
          expect([
            ...sizeChange('card', seen.card, plain.card),
            ...sizeChange('dialog', seen.dialog, plain.dialog),
            ...outside('card', seen.card, seen.view, false),
            ...outside('dialog', seen.dialog, seen.view, true),
          ]).toEqual([]);
          expect(seen.cornersOnBackdrop).toBe(4);
        }, 60_000);
      }
    });
  }
});
