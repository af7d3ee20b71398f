import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareShadowRoot } from '../../src/host/shadow.js';
import { applyTheme, mainStyles } from '../../src/styles/index.js';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('prepareShadowRoot', () => {
  it('adopts the shared component sheet and a theme sheet of its own', () => {
    const a = prepareShadowRoot(document.body.appendChild(document.createElement('div')), undefined, 'light');
    const b = prepareShadowRoot(document.body.appendChild(document.createElement('div')), undefined, 'dark');
    expect(a.adoptedStyleSheets).toHaveLength(2);
    expect(a.adoptedStyleSheets[0]).toBe(b.adoptedStyleSheets[0]);
    expect(a.adoptedStyleSheets[1]).not.toBe(b.adoptedStyleSheets[1]);
    expect(a.querySelector('style')).toBeNull();
  });

  it('falls back to one <style> carrying the nonce, which theme switches and renders keep', () => {
    vi.stubGlobal('CSSStyleSheet', undefined);
    const host = document.body.appendChild(document.createElement('div'));
    const root = prepareShadowRoot(host, 'n0nce', 'light');
    const style = root.querySelector('style');
    expect(style?.nonce).toBe('n0nce');
    expect(style?.textContent).toContain(mainStyles);
    applyTheme(root, 'dark');
    expect(root.querySelectorAll('style')).toHaveLength(1);
    expect(style?.textContent).toContain('color-scheme:dark');
    render(<p>hello</p>, root);
    expect(root.querySelector('style')).toBe(style);
    expect(root.textContent).toContain('hello');
  });

  it('reuses the root when called again on the same host', () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = prepareShadowRoot(host);
    expect(prepareShadowRoot(host, undefined, 'dark')).toBe(root);
    expect(root.adoptedStyleSheets).toHaveLength(2);
  });
});
