// One small page API over two browser engines, so a test written once runs with the same assertions in
// Debian's Chromium (playwright-core) and Debian's Firefox ESR (puppeteer-core over WebDriver BiDi).
// Tests that need Chromium-only features (CDP, request routing, media emulation) keep using browser.ts.
import { type BrowserContext, chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { launchOptions } from '../../../scripts/chromium-args.mjs';
import { FIREFOX_PATH, FIREFOX_PREFS } from '../../../scripts/firefox-args.mjs';
import { cspViolations, recordCspViolations } from './browser.js';

export type EngineName = 'chromium' | 'firefox';

/** A function run inside the page; it must not close over anything from the test's scope. */
export type InPage<A, R> = (arg: A) => R | Promise<R>;

/** What a playwright-core Page and an EnginePage both do: run a function in the page with one argument. */
export interface RunsInPage {
  evaluate<A, R>(fn: InPage<A, R>, arg: A): Promise<R>;
}

export interface Viewport {
  width: number;
  height: number;
}

/** Playwright's default, given to both engines so layout-dependent checks see the same window. */
const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 720 };

/** A tab in a fresh browser context (its own storage), recording from its first request. */
export interface EnginePage {
  readonly engine: EngineName;
  /** Every URL the page requested. */
  readonly requests: string[];
  /** Messages of uncaught errors in the page. */
  readonly errors: string[];
  /** Text of every `console.warn` the page wrote. */
  readonly warnings: string[];
  goto(url: string): Promise<void>;
  /** Run `fn` in the page, or an expression such as `helper()` that the page itself defines. */
  evaluate<R>(fn: InPage<undefined, R> | string): Promise<R>;
  evaluate<A, R>(fn: InPage<A, R>, arg: A): Promise<R>;
  /** Wait until `predicate` returns something truthy in the page. */
  waitFor<A>(predicate: InPage<A, unknown>, arg?: A, timeoutMs?: number): Promise<void>;
  /** Run `script` in every document this page loads from now on, before the document's own scripts. */
  beforeEachDocument(script: () => void): Promise<void>;
  /** A real key press (`Tab`, `Escape`, `Enter`, …), optionally with Shift held. */
  press(key: string, options?: { shift?: boolean }): Promise<void>;
  /**
   * A real mouse click at the middle of the element `selector`, or of `inside` in that element's open
   * shadow root, once it is there: the way a buyer's click reaches the widget.
   */
  click(selector: string, inside?: string): Promise<void>;
  /** CSP violations the page reported, as `directive blocked-uri`. */
  violations(): Promise<string[]>;
  close(): Promise<void>;
}

export interface EngineBrowser {
  newPage(options?: { viewport?: Viewport }): Promise<EnginePage>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  launch(): Promise<EngineBrowser>;
}

/** Runs in the page: the middle of the element to click, scrolled into view, or null while it is missing. */
function middleOf([selector, inside]: [string, string | undefined]): { x: number; y: number } | null {
  const outer = document.querySelector(selector);
  const element = inside ? outer?.shadowRoot?.querySelector(inside) : outer;
  if (!element) return null;
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** The drivers type a page function's argument each their own way; ours is checked at the EnginePage API. */
const anyArg = <A, R>(fn: InPage<A, R> | string) => fn as ((arg: unknown) => R | Promise<R>) | string;

/** What both engines share once they can evaluate in the page and click at a point. */
function withClicks(page: Omit<EnginePage, 'click'>, clickAt: (x: number, y: number) => Promise<void>): EnginePage {
  return Object.assign(page, {
    async click(selector: string, inside?: string) {
      await page.waitFor(middleOf, [selector, inside] as [string, string | undefined]);
      const point = await page.evaluate(middleOf, [selector, inside] as [string, string | undefined]);
      if (!point) throw new Error(`${selector} ${inside ?? ''} left the page before the click`);
      await clickAt(point.x, point.y);
    },
  });
}

const chromiumEngine: Engine = {
  name: 'chromium',
  async launch() {
    const browser = await chromium.launch(launchOptions());
    return {
      async newPage({ viewport = DEFAULT_VIEWPORT } = {}) {
        const context: BrowserContext = await browser.newContext({ viewport });
        const page = await context.newPage();
        const recorded = { requests: [] as string[], errors: [] as string[], warnings: [] as string[] };
        page.on('request', (request) => recorded.requests.push(request.url()));
        page.on('pageerror', (error) => recorded.errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'warning') recorded.warnings.push(message.text());
        });
        await page.addInitScript(recordCspViolations);
        return withClicks(
          {
            engine: 'chromium',
            ...recorded,
            goto: async (url) => void (await page.goto(url)),
            evaluate: <A, R>(fn: InPage<A, R> | string, arg?: A) => page.evaluate(anyArg(fn), arg) as Promise<R>,
            waitFor: async (predicate, arg, timeout) =>
              void (await page.waitForFunction(anyArg(predicate), arg, { timeout })),
            beforeEachDocument: async (script) => void (await page.addInitScript(script)),
            press: (key, { shift = false } = {}) => page.keyboard.press(shift ? `Shift+${key}` : key),
            violations: () => page.evaluate(cspViolations),
            close: () => context.close(),
          },
          (x, y) => page.mouse.click(x, y),
        );
      },
      close: () => browser.close(),
    };
  },
};

const firefoxEngine: Engine = {
  name: 'firefox',
  async launch() {
    // puppeteer-core never downloads a browser: it starts Debian's Firefox ESR and speaks WebDriver BiDi to it.
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: FIREFOX_PREFS,
      defaultViewport: DEFAULT_VIEWPORT,
      // Firefox starts slowly on a busy two-core machine.
      timeout: 90_000,
    });
    return {
      async newPage({ viewport = DEFAULT_VIEWPORT } = {}) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport(viewport);
        const recorded = { requests: [] as string[], errors: [] as string[], warnings: [] as string[] };
        page.on('request', (request) => {
          // Firefox reports data: URLs too, such as the list-bullet font its own stylesheet embeds; like Chromium,
          // count only requests that can leave the page.
          if (!request.url().startsWith('data:')) recorded.requests.push(request.url());
        });
        page.on('pageerror', (error) => recorded.errors.push(error instanceof Error ? error.message : String(error)));
        page.on('console', (message) => {
          if (message.type() === 'warn') recorded.warnings.push(message.text());
        });
        await page.evaluateOnNewDocument(recordCspViolations);
        return withClicks(
          {
            engine: 'firefox',
            ...recorded,
            goto: async (url) => void (await page.goto(url)),
            evaluate: <A, R>(fn: InPage<A, R> | string, arg?: A) =>
              (typeof fn === 'string' ? page.evaluate(fn) : page.evaluate(anyArg(fn), arg)) as Promise<R>,
            waitFor: async (predicate, arg, timeout = 30_000) =>
              void (await page.waitForFunction(anyArg(predicate), { timeout }, arg)),
            beforeEachDocument: async (script) => void (await page.evaluateOnNewDocument(script)),
            press: async (key, { shift = false } = {}) => {
              if (!shift) return page.keyboard.press(key as never);
              await page.keyboard.down('Shift');
              await page.keyboard.press(key as never);
              await page.keyboard.up('Shift');
            },
            violations: () => page.evaluate(cspViolations),
            close: () => context.close(),
          },
          (x, y) => page.mouse.click(x, y),
        );
      },
      close: () => browser.close(),
    };
  },
};

/** Every engine the cross-engine tests run in, Chromium first. */
export const ENGINES: readonly Engine[] = [chromiumEngine, firefoxEngine];

/**
 * `describe` the same tests once per engine, with the engine's name at the end of the title. The browser is
 * launched before the block's first test and closed after its last, so only one engine runs at a time.
 *
 *     describeInEachEngine('the reminder on a hostile page', (engine, browser) => {
 *       it('keeps its size', async () => {
 *         const page = await browser().newPage({ viewport: { width: 360, height: 740 } });
 *         …
 *       });
 *     });
 */
export function describeInEachEngine(title: string, body: (engine: Engine, browser: () => EngineBrowser) => void) {
  for (const engine of ENGINES) {
    describe(`${title} in ${engine.name}`, () => {
      let browser: EngineBrowser | undefined;
      // Firefox can take half a minute to start on a busy two-core machine.
      beforeAll(async () => {
        browser = await engine.launch();
      }, 120_000);
      afterAll(async () => {
        await browser?.close();
      });
      body(engine, () => {
        if (!browser) throw new Error(`${engine.name} is not running: use the browser inside a test or hook`);
        return browser;
      });
    });
  }
}
