import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { type ServedExamples, serveExamples } from './browser.js';
import type { EnginePage } from './engines.js';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Where the gallery bundle is written (git-ignored). */
export const GALLERY_OUT = fromRoot('tests/artifacts/gallery');
/** Where the browser tests write screenshots (git-ignored; the best are copied to docs/images by hand). */
export const SCREENSHOT_DIR = fromRoot('tests/artifacts/screenshots');

/** The locales every component is checked in. */
export const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
/** The looks every component is checked in. */
export const LOOKS = [
  { name: 'light', query: 'theme=light' },
  { name: 'dark', query: 'theme=dark' },
  { name: 'large-text', query: 'theme=light&large=1' },
] as const;
/** Every component the gallery renders. */
export const COMPONENTS = ['card', 'banner', 'toast', 'caution', 'dialog', 'selfcheck'] as const;
export type GalleryComponent = (typeof COMPONENTS)[number];

/**
 * Bundle the component gallery from source with esbuild (core included) and serve it next to the examples.
 * The server sends a strict CSP, so a style attribute or an un-nonced `<style>` would show up as a violation.
 */
export async function serveGallery(): Promise<ServedExamples> {
  await build({
    entryPoints: [fromRoot('tests/browser/fixtures/gallery/gallery.tsx')],
    outfile: `${GALLERY_OUT}/gallery.js`,
    bundle: true,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { '@refundguard/core': fromRoot('packages/core/src/index.ts') },
    logLevel: 'error',
  });
  return serveExamples({ 'Content-Security-Policy': "default-src 'self'" }, [
    fromRoot('tests/browser/fixtures/gallery'),
    GALLERY_OUT,
    // axe-core is served from 'self' like everything else, so the strict CSP needs no exception for the test.
    dirname(createRequire(import.meta.url).resolve('axe-core/axe.min.js')),
  ]);
}

const galleryUrl = (server: ServedExamples, component: string, query: string) =>
  `${server.url}/gallery.html?c=${component}&${query}`;

/** Open one component of the gallery and wait until it has rendered. */
export async function openComponent(page: Page, server: ServedExamples, component: string, query: string) {
  await page.goto(galleryUrl(server, component, query));
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/** `openComponent` in any engine. */
export async function showComponent(page: EnginePage, server: ServedExamples, component: string, query: string) {
  await page.goto(galleryUrl(server, component, query));
  await page.waitFor(() => document.documentElement.hasAttribute('data-ready'));
}

/** Runs in the page: what has focus, seen through the widget's shadow root, as `host > text of the focused control`. */
export function focusedControl(): string {
  const active = document.activeElement;
  const inner = active?.shadowRoot?.activeElement;
  return `${active?.id || active?.tagName}${inner ? ` > ${inner.textContent}` : ''}`;
}

/** The widget's shadow root, as a locator scope. */
export const widget = (page: Page) => page.locator('#host');

/** axe-core's violations inside the widget host (shadow tree included), as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.min.js' });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe;
    type AxeResults = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
    const results = await axe.run({ include: [['#host']] }, { resultTypes: ['violations'] });
    return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${JSON.stringify(n.target)}`));
  });
}
