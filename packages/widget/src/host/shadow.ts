import { installStyles, type ThemeInput, type ThemeOptions } from '../styles/index.js';

/**
 * Open (or reuse) the shadow root on `host` and put the widget's styles in it:
 * one constructable stylesheet (plus the theme's) where supported, else one `<style>` with the CSP nonce.
 * Switch the theme later with `applyTheme(root, theme, options)`.
 */
export function prepareShadowRoot(
  host: HTMLElement,
  nonce?: string,
  theme?: ThemeInput,
  options?: ThemeOptions,
): ShadowRoot {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  installStyles(root, theme, options, nonce);
  return root;
}
