import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addScriptTag } from './support/add-script.js';
import { launchChromium, openWatchedPage, type ServedExamples, serveExamples } from './support/browser.js';
import { describeInEachEngine, type EnginePage, type RunsInPage } from './support/engines.js';
import { countGuardResources, guardResources, remindersPerPlaceholder } from './support/instrument.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Every embedding test runs on a page with no policy and under the strict one. */
const MODES = [
  { name: 'plain', headers: {} },
  { name: 'strict CSP', headers: { 'Content-Security-Policy': STRICT_CSP } },
] as const;

/** Shadow-root text of the first placeholder for `scenario`. */
const placeholderText = (page: RunsInPage, scenario: string) =>
  page.evaluate(
    (name) => document.querySelector(`[data-refundguard="${name}"]`)?.shadowRoot?.textContent ?? '',
    scenario,
  );

/** Runs in the page: whether the first element matching `selector` shows its reminder. */
const reminderShown = (selector: string) =>
  Boolean(document.querySelector(selector)?.shadowRoot?.querySelector('section'));

const dialogIsOpen = () =>
  [...document.querySelectorAll('[data-refundguard-own]')].some((host) =>
    host.shadowRoot?.querySelector('dialog[open]'),
  );

/** Text of the risk dialog, once it is open. */
async function dialogText(page: Page) {
  await page.waitForFunction(dialogIsOpen);
  return page.evaluate(
    () =>
      [...document.querySelectorAll('[data-refundguard-own]')]
        .map((host) => host.shadowRoot?.querySelector('dialog[open]')?.textContent)
        .find(Boolean) ?? '',
  );
}

/** What a page must not have done by the end of a test: a CSP violation, a request elsewhere, an uncaught error. */
function expectNothingLeaked(seen: { violations: string[]; requests: string[]; errors: unknown[] }, origin: string) {
  expect(seen.violations).toEqual([]);
  expect(seen.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(seen.errors).toEqual([]);
}

/** The examples served with `mode`'s headers for the tests of the enclosing block. */
function servedIn(mode: (typeof MODES)[number]): () => ServedExamples {
  let server: ServedExamples | undefined;
  beforeAll(async () => {
    server = await serveExamples({ ...mode.headers });
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => server as ServedExamples;
}

describeInEachEngine('embedding', (_engine, browser) => {
  for (const mode of MODES) {
    describe(mode.name, () => {
      const server = servedIn(mode);

      async function open(path: string, beforeLoad?: () => void): Promise<EnginePage> {
        const page = await browser().newPage();
        if (beforeLoad) await page.beforeEachDocument(beforeLoad);
        await page.goto(`${server().url}${path}`);
        return page;
      }

      async function finish(page: EnginePage) {
        const violations = await page.violations();
        await page.close();
        expectNothingLeaked({ violations, requests: page.requests, errors: page.errors }, server().url);
      }

      it('replays calls queued before the script loaded, and a second copy of the script changes nothing', async () => {
        const page = await open('/shop/order-status.html');
        await page.waitFor(reminderShown, '[data-refundguard]');
        await page.click('#report-lost');
        await page.waitFor(() =>
          /包裹|快递|物流/.test(document.querySelector('[data-refundguard]')?.shadowRoot?.textContent ?? ''),
        );
        await page.evaluate(() => {
          (window as unknown as { __first: unknown }).__first = window.RefundGuard;
        });
        await addScriptTag(page, '/refundguard.js');
        await page.evaluate(() => {
          const first = (window as unknown as { __first: unknown }).__first;
          (window as unknown as { __sameGuard: boolean }).__sameGuard = window.RefundGuard === first;
        });
        expect(await remindersPerPlaceholder(page)).toEqual([1]);
        expect(await page.evaluate(() => (window as unknown as { __sameGuard: boolean }).__sameGuard)).toBe(true);
        expect(await page.evaluate(() => (window.RefundGuard as { locale: string }).locale)).toBe('zh-Hans');
        await finish(page);
      });

      it('keeps exactly one reminder per placeholder over 50 route changes, and destroy() leaves nothing behind', async () => {
        const page = await open('/shop/spa.html', countGuardResources);
        await page.waitFor(reminderShown, '[data-refundguard]');
        const routes = ['orders', 'parcel', 'refund', 'help'];
        for (let change = 0; change < 50; change += 1) {
          const route = routes[change % routes.length];
          await page.evaluate((name) => {
            location.hash = `#/${name}`;
          }, route);
          await page.waitFor(() =>
            document
              .querySelector('#view [data-refundguard], #view refund-guard')
              ?.shadowRoot?.querySelector('section'),
          );
          expect(await remindersPerPlaceholder(page)).toEqual([1]);
        }
        const running = await guardResources(page);
        expect(running.observers).toBeGreaterThan(0);
        await page.evaluate(() => (window.RefundGuard as { destroy: () => void }).destroy());
        expect(await guardResources(page)).toEqual({ listeners: 0, observers: 0, ownNodes: 0, filledRoots: 0 });
        await finish(page);
      });

      it('still shows the reminder when localStorage throws on every call, with nothing reaching window.onerror', async () => {
        const page = await open('/shop/order-confirmation.html', () => {
          const fail = () => {
            throw new DOMException('storage is disabled', 'SecurityError');
          };
          Object.defineProperty(window, 'localStorage', { get: fail, configurable: true });
          for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
            Storage.prototype[method] = fail as never;
          }
          (window as unknown as { __onerror: number }).__onerror = 0;
          window.onerror = () => {
            (window as unknown as { __onerror: number }).__onerror += 1;
          };
        });
        await page.waitFor(reminderShown, '[data-refundguard]');
        expect(await placeholderText(page, 'order-confirmation')).toMatch(/refund/i);
        expect(await page.evaluate(() => (window as unknown as { __onerror: number }).__onerror)).toBe(0);
        await finish(page);
      });
    });
  }
});

// The chat test routes the lookalike link's navigation to a stand-in page: request routing is playwright-core's,
// so this one runs in Chromium alone.
describe('embedding the chat guards in chromium', () => {
  let chromiumBrowser: Browser;
  beforeAll(async () => {
    chromiumBrowser = await launchChromium();
  });
  afterAll(async () => {
    await chromiumBrowser?.close();
  });

  for (const mode of MODES) {
    describe(mode.name, () => {
      const server = servedIn(mode);

      async function open(path: string) {
        const watched = await openWatchedPage(await chromiumBrowser.newContext());
        await watched.page.goto(`${server().url}${path}`);
        return watched;
      }

      async function finish(watched: Awaited<ReturnType<typeof open>>) {
        const violations = await watched.violations();
        await watched.page.context().close();
        expectNothingLeaked({ violations, requests: watched.requests, errors: watched.errors }, server().url);
      }

      it('cautions beside a scam message, holds a lookalike link until "continue anyway", and asks before a card number is sent', async () => {
        const watched = await open('/shop/chat.html');
        const { page } = watched;
        const leaving: string[] = [];
        await page.route(/examp1e-shop/, (route) => {
          leaving.push(route.request().url());
          return route.fulfill({ contentType: 'text/html', body: '<title>outside</title>' });
        });
        await page.waitForFunction(reminderShown, '[data-refundguard]');

        // Play the fake customer-service script; its high-risk step opens the dialog by itself, once.
        let dialogsOpened = 0;
        for (let message = 0; message < 3; message += 1) {
          await page.click('#next-message');
          await page.waitForTimeout(150);
          if (await page.evaluate(dialogIsOpen)) {
            dialogsOpened += 1;
            await page.keyboard.press('Escape');
          }
        }
        expect(dialogsOpened).toBe(1);
        const cautions = await page.evaluate(() =>
          [...document.querySelectorAll('#chat-log [data-refundguard-own]')].map(
            (host) => host.shadowRoot?.textContent ?? '',
          ),
        );
        expect(cautions.length).toBeGreaterThan(0);
        expect(cautions.join(' ')).toMatch(/链接|验证码|退款|赔偿/);

        await page.click('#chat-log a');
        const text = await dialogText(page);
        expect(text).toMatch(/example-shop\.localhost|链接|網址|link/i);
        expect(page.url()).toContain('/shop/chat.html');
        const continueButton = page.locator('[data-refundguard-own] dialog[open] button:not(.rg-primary)').first();
        expect(await continueButton.isDisabled()).toBe(true);
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll('[data-refundguard-own]')]
              .map((host) => host.shadowRoot?.querySelector('dialog[open] button:not(.rg-primary)'))
              .find(Boolean)
              ?.hasAttribute('disabled') === false,
          undefined,
          { timeout: 6000 },
        );
        expect(leaving).toEqual([]);
        await continueButton.click();
        await page.waitForURL(/examp1e-shop/);
        expect(leaving).toHaveLength(1);
        watched.requests.splice(
          0,
          watched.requests.length,
          ...watched.requests.filter((url) => !/examp1e-shop/.test(url)),
        );

        await page.goBack();
        await page.waitForFunction(reminderShown, '[data-refundguard]');
        await page.fill('#chat-input', '卡号 6222 0202 0011 2230');
        await page.click('#chat-send');
        await dialogText(page);
        expect(await page.locator('#chat-log li.me').count()).toBe(0);
        await finish(watched);
      });
    });
  }
});

declare global {
  interface Window {
    RefundGuard?: unknown;
  }
}
