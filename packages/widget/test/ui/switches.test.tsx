import { getContent } from '@refundguard/core';
import { describe, expect, it } from 'vitest';
import { en as enCatalog } from '../../../core/src/content/catalogs/en.js';
import { applyTheme } from '../../src/styles/index.js';
import { Reminder } from '../../src/ui/index.js';
import { renderInShadow } from '../support/shadow.js';
import { t, translatorFor } from '../support/translate.js';

const themeText = (root: ShadowRoot) =>
  [...(root.adoptedStyleSheets[1]?.cssRules ?? [])].map((rule) => rule.cssText).join('\n');

describe('runtime switches', () => {
  it('re-renders the reminder in a new locale when given new content and translator', () => {
    const en = getContent('en', 'after-sales');
    const view = renderInShadow(<Reminder content={en} t={t} />);
    expect(view.getByRole('region').getAttribute('lang')).toBe(en.locale);

    const zh = getContent('zh-Hans', 'after-sales');
    const zhT = translatorFor(Object.fromEntries(Object.keys(enCatalog).map((k) => [k, `zh:${k}`])) as never);
    view.rerender(<Reminder content={zh} t={zhT} />);
    const region = view.getByRole('region', { name: zh.title });
    expect(region.getAttribute('lang')).toBe(zh.locale);
    expect(region.textContent).toContain(zh.keyMessage);
    expect(view.getByRole('button', { name: 'zh:ui.learnMore' })).toBeTruthy();
  });

  it('switches theme by rewriting the root’s theme sheet, keeping the rendered nodes', () => {
    const view = renderInShadow(<Reminder content={getContent('en', 'chat')} t={t} />, { theme: 'light' });
    const region = view.getByRole('region');
    expect(themeText(view.root)).toContain('--rg-bg: #ffffff');
    applyTheme(view.root, 'dark');
    expect(themeText(view.root)).toContain('--rg-bg: #1c2026');
    applyTheme(view.root, { mode: 'light', tokens: { accent: 'red' } }, { largeText: true });
    expect(themeText(view.root)).toMatch(/--rg-font-size: max\(1\.25rem, 20px\)/);
    expect(view.getByRole('region')).toBe(region);
    expect(region.hasAttribute('style')).toBe(false);
  });
});
