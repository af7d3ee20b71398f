import { createTranslator, getContent } from '@refundguard/core';
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Reminder } from '../../src/ui/index.js';
import { ANTI_SCAM_LINE, contentWithLine } from '../support/content.js';
import { renderInShadow } from '../support/shadow.js';
import { t } from '../support/translate.js';

describe('Reminder', () => {
  it("is a region named by the rule, with the three don'ts and the first help line up front, and never takes focus", () => {
    const content = contentWithLine();
    const view = renderInShadow(<Reminder content={content} t={t} />);
    const region = view.getByRole('region', { name: content.title });
    expect(content.title).toContain('Example Mall');
    // Only what is not behind "Learn more" counts: hidden items have no role.
    expect(view.getAllByRole('listitem').map((item) => item.textContent)).toEqual(content.slogan.parts);
    const call = view.getByRole('link', { name: t('help.call', { label: ANTI_SCAM_LINE.label, number: '96110' }) });
    expect(call.textContent).toContain('96110');
    expect(region.contains(call)).toBe(true);
    expect(view.root.activeElement).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('calls onDismiss from its close button, and has no such button without it', () => {
    const onDismiss = vi.fn();
    const view = renderInShadow(<Reminder content={contentWithLine()} t={t} onDismiss={onDismiss} />);
    fireEvent.click(view.getByRole('button', { name: t('ui.close') }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    view.rerender(<Reminder content={contentWithLine()} t={t} />);
    expect(view.queryByRole('button', { name: t('ui.close') })).toBeNull();
  });

  it('shows the four traps and the four rules only after "Learn more", and hides them again', () => {
    const content = contentWithLine();
    const view = renderInShadow(<Reminder content={content} t={t} />);
    const button = view.getByRole('button', { name: t('ui.learnMore') });
    const panel = view.root.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel?.hidden).toBe(true);
    expect(view.queryByRole('heading', { name: t('ui.trapsTitle') })).toBeNull();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(view.getByRole('heading', { name: t('ui.rulesTitle') })).toBeTruthy();
    expect(button.textContent).toBe(t('ui.showLess'));
    expect(panel?.hidden).toBe(false);
    for (const trap of content.traps) expect(view.getByText(trap.title)).toBeTruthy();
    for (const rule of content.rules) expect(view.getByText(rule)).toBeTruthy();
    for (const line of content.realRefund) expect(view.getByText(line)).toBeTruthy();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(view.queryByRole('heading', { name: t('ui.trapsTitle') })).toBeNull();
  });

  it('offers help lines as tap-to-call links and reports the tap', () => {
    const onHelpLine = vi.fn();
    const view = renderInShadow(<Reminder content={contentWithLine()} t={t} onHelpLine={onHelpLine} />);
    const call = view.getByRole('link', { name: t('help.call', { label: ANTI_SCAM_LINE.label, number: '96110' }) });
    expect(call.getAttribute('href')).toBe('tel:96110');
    fireEvent.click(call);
    expect(onHelpLine).toHaveBeenCalledWith(ANTI_SCAM_LINE);
  });

  it('shows the note that tells buyers to answer when 96110 calls', () => {
    const content = getContent('zh-Hans', 'after-sales', { region: 'CN' });
    const view = renderInShadow(<Reminder content={content} t={createTranslator('zh-Hans')} />);
    const note = content.help.lines.find((line) => line.number === '96110')?.note;
    expect(note).toBeTruthy();
    expect(view.getByText(note ?? '')).toBeTruthy();
  });

  it('tells the buyer to contact the local police when the region has no known line', () => {
    const content = getContent('en', 'chat');
    const view = renderInShadow(<Reminder content={{ ...content, help: { ...content.help, lines: [] } }} t={t} />);
    // Up front in place of the call link, and again with the help lines behind "Learn more".
    expect(view.getAllByText(content.help.fallback ?? '')).toHaveLength(2);
    expect(view.queryByRole('link')).toBeNull();
  });

  it('keeps the banner and toast compact: help lines wait behind "Learn more"', () => {
    for (const variant of ['banner', 'toast'] as const) {
      const view = renderInShadow(<Reminder content={contentWithLine()} t={t} variant={variant} />);
      expect(view.queryByRole('link')).toBeNull();
      fireEvent.click(view.getByRole('button', { name: t('ui.learnMore') }));
      expect(view.getByRole('link').getAttribute('href')).toBe('tel:96110');
      view.unmount();
    }
  });
});
