import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { launchOptions } from '../../../scripts/chromium-args.mjs';
import { startServer } from '../../../scripts/serve.mjs';

/** Playwright gives every launch a fresh temporary user-data-dir, so no state leaks between runs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

export interface ServedExamples {
  url: string;
  close: () => Promise<void>;
}

/** Serve examples/ (and the built widget) on a free loopback port, with extra response headers and folders. */
export function serveExamples(
  headers: Record<string, string> = {},
  extraRoots: string[] = [],
): Promise<ServedExamples> {
  return startServer({ port: 0, headers, extraRoots });
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** CSP violations seen by the page, as `directive blocked-uri`. */
  violations: () => Promise<string[]>;
  /** Uncaught errors in the page. */
  errors: Error[];
}

/** A page that records its requests, CSP violations and uncaught errors from the first byte. */
export async function openWatchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: Error[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error));
  await page.addInitScript(recordCspViolations);
  return { page, requests, errors, violations: () => page.evaluate(cspViolations) };
}

/** Runs in the page before its first script: keeps every CSP violation the page reports. */
export function recordCspViolations(): void {
  const seen: string[] = [];
  (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
  });
}

/** Runs in the page: the violations `recordCspViolations` kept, as `directive blocked-uri`. */
export function cspViolations(): string[] {
  return (window as unknown as { __cspViolations: string[] }).__cspViolations;
}
