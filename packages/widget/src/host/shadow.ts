import { mainStyles } from '../styles/main-styles.js';

let sharedSheet: CSSStyleSheet | undefined;

/**
 * Open (or reuse) the shadow root on `host` and put the widget's styles in it:
 * one constructable stylesheet where supported, else one `<style>` with the CSP nonce.
 */
export function prepareShadowRoot(host: HTMLElement, nonce?: string): ShadowRoot {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(mainStyles);
    }
    root.adoptedStyleSheets = [sharedSheet];
  } else {
    const style = document.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = mainStyles;
    root.append(style);
  }
  return root;
}
