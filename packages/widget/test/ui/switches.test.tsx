import { createTranslator, getContent } from '@refundguard/core';
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { applyTheme } from '../../src/styles/index.js';
import { Reminder, RiskDialog } from '../../src/ui/index.js';
import { renderInShadow } from '../support/shadow.js';
import { t } from '../support/translate.js';

const themeText = (root: ShadowRoot) =>
  [...(root.adoptedStyleSheets[1]?.cssRules ?? [])].map((rule) => rule.cssText).join('\n');

describe('runtime switches', () => {
  it.each(['zh-Hans', 'zh-Hant'])('re-renders the reminder in %s when given its content and translator', (locale) => {
    const en = getContent('en', 'after-sales');
    const view = renderInShadow(<Reminder content={en} t={t} />);
    expect(view.getByRole('region', { name: en.title }).getAttribute('lang')).toBe('en');

    const zh = getContent(locale, 'after-sales');
    const zhT = createTranslator(locale);
    view.rerender(<Reminder content={zh} t={zhT} />);
    const region = view.getByRole('region', { name: zh.title });
    expect(zh.title).not.toBe(en.title);
    expect(region.getAttribute('lang')).toBe(locale);
    expect(region.textContent).toContain(zh.keyMessage);
    fireEvent.click(view.getByRole('button', { name: zhT('ui.learnMore') }));
    expect(view.getByRole('heading', { name: zhT('ui.trapsTitle') })).toBeTruthy();
    expect(view.queryByText(en.traps[0]?.title ?? '')).toBeNull();
  });

  it('keeps an open dialog open, with its countdown, when the locale changes', () => {
    const props = { kind: 'message', explanations: [], onStop: () => {}, onContinue: () => {} } as const;
    const view = renderInShadow(<RiskDialog {...props} content={getContent('en', 'chat')} t={t} />);
    const dialog = view.getByRole('dialog') as HTMLDialogElement;
    const zhT = createTranslator('zh-Hant');
    view.rerender(<RiskDialog {...props} content={getContent('zh-Hant', 'chat')} t={zhT} />);
    expect(view.getByRole('dialog')).toBe(dialog);
    expect(dialog.open).toBe(true);
    expect(view.getByRole('button', { name: zhT('dialog.continueIn', { seconds: 5 }) })).toBeTruthy();
  });

  it('switches theme by rewriting the root’s theme sheet, keeping the rendered nodes', () => {
    const view = renderInShadow(<Reminder content={getContent('en', 'chat')} t={t} />, { theme: 'light' });
    const region = view.getByRole('region');
    expect(themeText(view.root)).toContain('--rg-bg: #ffffff');
    applyTheme(view.root, 'dark');
    expect(themeText(view.root)).toContain('--rg-bg: #1c2026');
    applyTheme(view.root, { mode: 'light', tokens: { calm: 'red' } }, { largeText: true });
    expect(themeText(view.root)).toMatch(/:host ?> ?\* \{ font-size: 1\.25em; \}/);
    expect(themeText(view.root)).toContain('--rg-calm: red');
    expect(view.getByRole('region')).toBe(region);
    expect(region.hasAttribute('style')).toBe(false);
  });
});
