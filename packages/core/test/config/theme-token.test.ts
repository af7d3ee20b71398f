import { describe, expect, it } from 'vitest';
import { themeTokenProblem } from '../../src/config/theme-token.js';

describe('theme tokens', () => {
  it('takes colours in the grammar and sizes, shadows and maths for the rest', () => {
    for (const [name, value] of [
      ['bg', '#fff'],
      ['calm', '#1f5fa8cc'],
      ['text', 'rgb(0 0 0 / 0.5)'],
      ['danger', 'rgba(168, 32, 26, 1)'],
      ['accent', 'hsl(20deg 80% 40%)'],
      ['focus', 'oklch(0.6 0.15 250)'],
      ['border', 'rebeccapurple'],
      ['radius', '4px'],
      ['space', 'calc(1em + 2px)'],
      ['font-size', 'max(1rem, 16px)'],
      ['shadow', '0 4px 16px rgb(0 0 0 / 0.25)'],
      ['toast-inset', 'auto 0.75rem 0.75rem'],
    ]) {
      expect(themeTokenProblem(name as string, value), `${name}: ${value}`).toBeUndefined();
    }
  });

  it('refuses anything that could name a resource or break out of the declaration', () => {
    for (const [name, value] of [
      ['bg', 'rgb(0 0 0) url(http://evil.example/x)'],
      ['bg', 'url(//evil.example/x)'],
      ['calm', 'red, url(/x)'],
      ['text', 'var(--x, url(/x))'],
      ['danger', 'rgba(0,0,0,0) u\\72l(/x)'],
      ['radius', 'url(/x)'],
      ['shadow', '0 0 0 image-set(url(/x) 1x)'],
      ['toast-inset', '-webkit-image-set(url(/x) 1x)'],
      ['space', 'calc(1px) src("/x")'],
      ['z', '1;background:red'],
      ['font-size', '@import url(/x)'],
      ['radius', '4px}'],
      ['bg', 12],
    ]) {
      expect(themeTokenProblem(name as string, value), `${name}: ${value}`).toMatch(/^expected a CSS (color|value)/);
    }
    expect(themeTokenProblem('--rg-bg', '#fff')).toMatch(/token name/);
  });
});
