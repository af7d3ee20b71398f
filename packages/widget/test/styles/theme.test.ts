import { describe, expect, it } from 'vitest';
import { themeCss } from '../../src/styles/index.js';

describe('themeCss', () => {
  it('sets the light palette for light, the dark one for dark, and both behind a media query for auto', () => {
    expect(themeCss('light')).toContain('--rg-bg:#ffffff');
    expect(themeCss('light')).not.toContain('prefers-color-scheme');
    expect(themeCss('dark')).toContain('--rg-bg:#1c2026');
    const auto = themeCss('auto');
    expect(auto).toContain('--rg-bg:#ffffff');
    expect(auto).toMatch(/prefers-color-scheme:dark\)\{:host\{[^}]*--rg-bg:#1c2026/);
    expect(themeCss(undefined)).toBe(auto);
  });

  it('applies presets and token overrides, overrides last so they win', () => {
    const css = themeCss({ mode: 'light', preset: 'warm', tokens: { calm: '#004400', radius: '4px' } });
    // The preset's values come after the defaults, the overrides after both: the cascade picks the last.
    expect(css.lastIndexOf('--rg-bg:')).toBe(css.indexOf('--rg-bg:#fffaf2'));
    expect(css.lastIndexOf('--rg-calm:')).toBe(css.indexOf('--rg-calm:#004400'));
    expect(css).toContain('--rg-radius:4px');
    expect(themeCss({ mode: 'light', preset: 'no-such-preset' })).toBe(themeCss('light'));
    expect(themeCss({ mode: 'light', preset: 'constructor' })).toBe(themeCss('light'));
  });

  it('drops tokens that could break out of the declaration block, and never throws on odd input', () => {
    const css = themeCss({
      tokens: { calm: 'red;}:host{display:none', 'bad name': 'blue', text: 42 as unknown as string },
    });
    expect(css).not.toContain('display:none');
    expect(css).not.toContain('bad name');
    expect(css).not.toContain('--rg-text:42');
    for (const odd of [null, 7, 'purple', { mode: 'sepia' }, { tokens: 'x' }, []]) {
      expect(() => themeCss(odd as never)).not.toThrow();
    }
  });

  it("starts from the buyer's browser text size, never the page's root font size, and grows it in large-text mode", () => {
    expect(themeCss('light')).toContain('--rg-font-size:medium');
    expect(themeCss('light')).not.toContain('rem');
    expect(themeCss('light')).not.toContain(':host>*{font-size');
    expect(themeCss('light', { largeText: true })).toContain(':host>*{font-size:1.25em}');
  });

  it('strengthens borders and muted text when the system asks for more contrast', () => {
    expect(themeCss('dark')).toContain('@media (prefers-contrast:more){:host{--rg-border:var(--rg-text)');
  });
});
