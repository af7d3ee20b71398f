import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePages } from '../../scripts/serve.mjs';
import { addScriptTag } from './support/add-script.js';
import { type ServedExamples, serveExamples } from './support/browser.js';
import { describeInEachEngine } from './support/engines.js';
import { remindersPerPlaceholder } from './support/instrument.js';

// refundguard.js on every shop page, refundguard-chat.js where the chat is: one API, one guard, in every engine.

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const SCAM =
  'This is the courier claims team: your parcel was lost and you get triple compensation. Read me the SMS verification code 482913 now so I can release the payment.';

const shopPages = examplePages().filter((path) => path.startsWith('/shop/'));

describeInEachEngine('script tags under strict CSP + Trusted Types', (engine, browser) => {
  let server: ServedExamples;
  beforeAll(async () => {
    server = await serveExamples({ 'Content-Security-Policy': STRICT_CSP });
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Open a page and wait for its reminder; `scripts()` lists the RefundGuard files it loaded. */
  async function open(path: string) {
    const page = await browser().newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitFor(() =>
      [...document.querySelectorAll('[data-refundguard], refund-guard')].some((el) =>
        el.shadowRoot?.querySelector('section'),
      ),
    );
    const scripts = () =>
      page.requests.map((url) => new URL(url).pathname).filter((name) => /^\/refundguard.*\.js$/.test(name));
    return Object.assign(page, { scripts });
  }

  describe('which file each example page loads', () => {
    it('has shop pages to check', () => {
      expect(shopPages).toContain('/shop/chat.html');
      expect(shopPages.length).toBeGreaterThan(3);
    });

    for (const path of shopPages) {
      const file = path === '/shop/chat.html' ? '/refundguard-chat.js' : '/refundguard.js';
      it(`${path} loads ${file} and shows its reminder with no error`, async () => {
        const page = await open(path);
        expect(page.scripts()).toEqual([file]);
        expect(await remindersPerPlaceholder(page)).not.toContain(0);
        expect(page.errors).toEqual([]);
        expect(await page.violations()).toEqual([]);
        await page.close();
      });
    }
  });

  describe('the strict policy those pages pass under', () => {
    // "No violation" above means something only if the policy is enforced and its reports are heard.
    it('is enforced: an inline style is refused and reported, and so is a plain string as a script URL where the engine has Trusted Types', async ({
      annotate,
    }) => {
      const page = await open('/shop/order-confirmation.html');
      expect(await page.violations()).toEqual([]);
      const probe = await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { outline: 1px solid red }';
        document.head.append(style);
        const inlineStyleApplied = getComputedStyle(document.body).outlineStyle === 'solid';
        const trustedTypes = 'trustedTypes' in window;
        let scriptUrlRefused = false;
        if (trustedTypes) {
          try {
            document.createElement('script').src = '/refundguard.js';
          } catch (error) {
            scriptUrlRefused = error instanceof TypeError;
          }
        }
        return { inlineStyleApplied, trustedTypes, scriptUrlRefused };
      });
      const expected = [
        'style-src-elem inline',
        ...(probe.trustedTypes ? ['require-trusted-types-for trusted-types-sink'] : []),
      ];
      // Violation reports arrive as events after the offending call.
      await page.waitFor(
        (count) => (window as unknown as { __cspViolations: string[] }).__cspViolations.length >= count,
        expected.length,
      );
      expect(probe.inlineStyleApplied).toBe(false);
      expect(probe.scriptUrlRefused).toBe(probe.trustedTypes);
      expect((await page.violations()).sort()).toEqual(expected.sort());
      if (!probe.trustedTypes) await annotate(`${engine.name} has no Trusted Types: only the CSP part was checked`);
      await page.close();
    });
  });

  describe('both files on one page', () => {
    it('the chat file after the lean one takes over: one guard, one reminder per placeholder, chat guards on', async () => {
      const page = await open('/shop/order-status.html');
      await page.evaluate(() => {
        (window.RefundGuard as { on: (name: string, cb: () => void) => void }).on('risk', () => {
          (window as unknown as { __risks: number }).__risks =
            ((window as unknown as { __risks?: number }).__risks ?? 0) + 1;
        });
      });
      await addScriptTag(page, '/refundguard-chat.js');
      await addScriptTag(page, '/refundguard.js');
      await addScriptTag(page, '/refundguard-chat.js');
      expect(await remindersPerPlaceholder(page)).toEqual([1]);
      const after = await page.evaluate((text) => {
        const guard = window.RefundGuard as { scan: (t: string) => { level: string }; locale: string };
        return { level: guard.scan(text).level, locale: guard.locale };
      }, SCAM);
      // The takeover keeps the page's configuration and its listeners.
      expect(after).toEqual({ level: 'high', locale: 'zh-Hans' });
      expect(await page.evaluate(() => (window as unknown as { __risks?: number }).__risks)).toBe(1);
      expect(await page.evaluate(() => document.querySelectorAll('[data-refundguard-own]').length)).toBe(0);
      expect(page.warnings.filter((text) => text.includes('RefundGuard'))).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('the lean file after the chat one changes nothing', async () => {
      const page = await open('/shop/chat.html');
      await page.evaluate(() => {
        (window as unknown as { __first: unknown }).__first = window.RefundGuard;
      });
      await addScriptTag(page, '/refundguard.js');
      expect(
        await page.evaluate(() => window.RefundGuard === (window as unknown as { __first: unknown }).__first),
      ).toBe(true);
      expect(await remindersPerPlaceholder(page)).not.toContain(2);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });

  describe('the self-check on the lean file', () => {
    // A buyer on an order page who was just called by fake "customer service" runs it from the reminder.
    const PLACEHOLDER = '[data-refundguard="order-status"]';

    it('opens from "Learn more" on the order-status page, is answered with the keyboard and reports its verdict', async () => {
      const page = await open('/shop/order-status.html');
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { __verdicts: string[] }).__verdicts = seen;
        window.addEventListener('refundguard:selfcheck_completed', (event) =>
          seen.push((event as CustomEvent<{ verdict: string }>).detail.verdict),
        );
      });
      /** What has focus inside the widget, and the state of the self-check's disclosure button. */
      const state = () =>
        page.evaluate((selector) => {
          const root = document.querySelector(selector)?.shadowRoot;
          const button = root?.querySelector('[id$="m"] button[aria-expanded]');
          const panel = root?.getElementById(button?.getAttribute('aria-controls') ?? '');
          return {
            focused: root?.activeElement?.tagName ?? null,
            expanded: button?.getAttribute('aria-expanded') ?? null,
            panelShown: panel ? !panel.hidden : null,
            verdicts: (window as unknown as { __verdicts: string[] }).__verdicts,
          };
        }, PLACEHOLDER);

      await page.click(PLACEHOLDER, 'button[aria-expanded]');
      await page.click(PLACEHOLDER, '[id$="m"] button[aria-expanded]');
      await page.waitFor(
        (selector) => document.querySelector(selector)?.shadowRoot?.activeElement?.tagName === 'LEGEND',
        PLACEHOLDER,
      );
      expect(await state()).toEqual({ focused: 'LEGEND', expanded: 'true', panelShown: true, verdicts: [] });

      // From each question: Tab to "Yes", Tab to "No", Enter; focus then moves to the next question.
      for (let question = 0; question < 6; question++) {
        await page.press('Tab');
        await page.press('Tab');
        await page.press('Enter');
      }
      await page.waitFor(() => (window as unknown as { __verdicts: string[] }).__verdicts.length > 0);
      expect(await state()).toEqual({ focused: 'H3', expanded: 'true', panelShown: true, verdicts: ['clear'] });
      expect(page.scripts()).toEqual(['/refundguard.js']);
      expect(page.errors).toEqual([]);
      expect(await page.violations()).toEqual([]);
      await page.close();
    });
  });

  describe('a chat-only call on the lean file', () => {
    it('does nothing harmful and says once which file provides it', async () => {
      const page = await open('/shop/order-confirmation.html');
      const result = await page.evaluate((text) => {
        let errorEvents = 0;
        window.addEventListener('refundguard:error', () => {
          errorEvents += 1;
        });
        const guard = window.RefundGuard as {
          scan: (t: string) => { level: string };
          (command: string, ...args: unknown[]): unknown;
        };
        const levels = [guard.scan(text).level, guard('track', 'message_received', { text })];
        return { levels, errorEvents };
      }, SCAM);
      expect(result.levels).toEqual(['none', 'none']);
      expect(result.errorEvents).toBe(2);
      const reports = page.warnings.filter((text) => text.includes('RefundGuard'));
      expect(reports).toHaveLength(1);
      expect(reports[0]).toContain('refundguard-chat.js');
      expect(await page.evaluate(() => document.querySelectorAll('[data-refundguard-own]').length)).toBe(0);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
});
