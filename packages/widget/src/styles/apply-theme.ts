import { mainStyles } from './main-styles.js';
import { type ThemeInput, type ThemeOptions, themeCss } from './theme.js';

// Where each root keeps its theme: a second constructable sheet, or the one nonce'd <style>.
const themeHolders = new WeakMap<ShadowRoot, CSSStyleSheet | HTMLStyleElement>();
let baseSheet: CSSStyleSheet | undefined;
// Component styles beyond the reminders', added by the components that need them (see addStyles).
let added = '';

/**
 * Add component styles to every shadow root: those styled from now on, and through the shared sheet those
 * already styled. The cautions and the risk dialog add theirs when their module loads, so a page that never
 * loads them never carries their CSS. Never throws.
 */
export function addStyles(css: string): void {
  if (added.includes(css)) return;
  added += css;
  try {
    baseSheet?.replaceSync(mainStyles + added);
  } catch {
    // Kept for the next root.
  }
}

const canConstruct = (root: ShadowRoot) =>
  'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype;

/**
 * Put the widget's styles in `root`: the shared component sheet plus one theme sheet where
 * constructable stylesheets exist, else one `<style>` carrying `nonce` (for `style-src 'nonce-…'`).
 * Calling it again on the same root only changes the theme. Never throws.
 */
export function installStyles(root: ShadowRoot, theme?: ThemeInput, options?: ThemeOptions, nonce?: string): void {
  try {
    if (!themeHolders.has(root)) {
      if (canConstruct(root)) {
        if (!baseSheet) {
          baseSheet = new CSSStyleSheet();
          baseSheet.replaceSync(mainStyles + added);
        }
        const sheet = new CSSStyleSheet();
        root.adoptedStyleSheets = [baseSheet, sheet];
        themeHolders.set(root, sheet);
      } else {
        const style = document.createElement('style');
        if (nonce) style.nonce = nonce;
        root.prepend(style);
        themeHolders.set(root, style);
      }
    }
    applyTheme(root, theme, options);
  } catch {
    // Unstyled but working beats breaking the host page.
  }
}

/**
 * Switch the theme of a root prepared by {@link installStyles} (the guard's `setTheme`).
 * Only the theme sheet's text changes: no style attribute, no re-render. Never throws.
 */
export function applyTheme(root: ShadowRoot, theme?: ThemeInput, options: ThemeOptions = {}): void {
  const holder = themeHolders.get(root);
  if (!holder) {
    installStyles(root, theme, options);
    return;
  }
  try {
    const css = themeCss(theme, options);
    if ('replaceSync' in holder) holder.replaceSync(css);
    else holder.textContent = mainStyles + added + css;
  } catch {
    // An odd token the browser rejects leaves the previous theme in place.
  }
}
