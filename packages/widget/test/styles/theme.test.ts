import { describe, expect, it } from 'vitest';
import { PRESETS, themeCss } from '../../src/styles/index.js';

describe('themeCss', () => {
  it('sets the light palette for light, the dark one for dark, and both behind a media query for auto', () => {
    expect(themeCss('light')).toContain(`--rg-bg:${PRESETS.default?.light.bg}`);
    expect(themeCss('light')).not.toContain('prefers-color-scheme');
    expect(themeCss('dark')).toContain(`--rg-bg:${PRESETS.default?.dark.bg}`);
    const auto = themeCss('auto');
    expect(auto).toContain(`--rg-bg:${PRESETS.default?.light.bg}`);
    expect(auto).toMatch(new RegExp(`prefers-color-scheme:dark\\)\\{:host\\{[^}]*--rg-bg:${PRESETS.default?.dark.bg}`));
    expect(themeCss(undefined)).toBe(auto);
  });

  it('applies presets and token overrides, overrides last so they win', () => {
    const css = themeCss({ mode: 'light', preset: 'warm', tokens: { calm: '#004400', radius: '4px' } });
    expect(css).toContain(`--rg-bg:${PRESETS.warm?.light.bg}`);
    expect(css.lastIndexOf('--rg-calm:#004400')).toBeGreaterThan(css.indexOf(`--rg-calm:${PRESETS.warm?.light.calm}`));
    expect(css).toContain('--rg-radius:4px');
    expect(themeCss({ mode: 'light', preset: 'no-such-preset' })).toBe(themeCss('light'));
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

  it('grows type and spacing in large-text mode while still following the root font size', () => {
    expect(themeCss('light')).toContain('--rg-font-size:max(1rem, 16px)');
    expect(themeCss('light', { largeText: true })).toContain('--rg-font-size:max(1.25rem, 20px)');
  });

  it('strengthens borders and muted text when the system asks for more contrast', () => {
    expect(themeCss('dark')).toContain('@media (prefers-contrast:more){:host{--rg-border:var(--rg-text)');
  });
});
