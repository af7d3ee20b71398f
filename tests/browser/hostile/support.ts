import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium, openWatchedPage, type ServedExamples, serveExamples } from '../support/browser.js';

/** The policy the issue names: nothing inline, nothing from elsewhere, Trusted Types required. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Every hostile page runs twice: on a page with no policy, and under the strict one. */
export const MODES = [
  { name: 'no CSP', headers: {} },
  { name: 'strict CSP + Trusted Types', headers: { 'Content-Security-Policy': STRICT_CSP } },
] as const;

const PAGES = fileURLToPath(new URL('./pages', import.meta.url));

export interface HostileBrowser {
  browser: Browser;
  servers: ServedExamples[];
  close(): Promise<void>;
}

/** One Chromium and one server per mode, serving the hostile pages at `/hostile/…` beside the built files. */
export async function startHostile(): Promise<HostileBrowser> {
  const browser = await launchChromium();
  const servers = await Promise.all(MODES.map((mode) => serveExamples({ ...mode.headers }, [PAGES])));
  return {
    browser,
    servers,
    close: async () => void (await Promise.all([browser.close(), ...servers.map((s) => s.close())])),
  };
}

/**
 * Open a hostile page and record what a host would notice: uncaught errors and rejections
 * (counted by the page itself and by the browser), console warnings, RefundGuard's `error`
 * events and every request.
 */
export async function openHostile(hostile: HostileBrowser, mode: number, path: string, before?: () => void) {
  const context = await hostile.browser.newContext();
  const watched = await openWatchedPage(context);
  const warnings: string[] = [];
  watched.page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await watched.page.addInitScript(() => {
    const seen = { uncaught: 0, errorEvents: [] as string[] };
    (window as unknown as { __hostile: typeof seen }).__hostile = seen;
    window.addEventListener('error', () => {
      seen.uncaught += 1;
    });
    window.addEventListener('unhandledrejection', () => {
      seen.uncaught += 1;
    });
    window.addEventListener('refundguard:error', (event) => {
      seen.errorEvents.push((event as CustomEvent<{ code: string }>).detail.code);
    });
  });
  if (before) await watched.page.addInitScript(before);
  const server = hostile.servers[mode] as ServedExamples;
  await watched.page.goto(`${server.url}/${path}`);
  const seen = () =>
    watched.page.evaluate(
      () => (window as unknown as { __hostile: { uncaught: number; errorEvents: string[] } }).__hostile,
    );
  return { ...watched, server, warnings, seen, close: () => context.close() };
}

export type HostilePage = Awaited<ReturnType<typeof openHostile>>;

/** Wait until some reminder is drawn, and return the text of every RefundGuard shadow root. */
export async function reminderText(page: HostilePage): Promise<string> {
  await page.page.waitForFunction(() =>
    [...document.querySelectorAll('[data-refundguard]')].some((el) => el.shadowRoot?.querySelector('section')),
  );
  return page.page.evaluate(() =>
    [...document.querySelectorAll('[data-refundguard]')].map((el) => el.shadowRoot?.textContent ?? '').join('\n'),
  );
}

/** Warnings that RefundGuard wrote, with the prefix. */
export const guardWarnings = (page: HostilePage) => page.warnings.filter((text) => text.startsWith('[RefundGuard]'));
