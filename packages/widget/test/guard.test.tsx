import { createMemoryStorage, createTranslator } from '@refundguard/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatGuards } from '../src/chat.js';
import { createRefundGuard, type RefundGuard } from '../src/index.js';

const guards: RefundGuard[] = [];
function guardFor(config: Parameters<typeof createRefundGuard>[0] = {}) {
  const guard = createRefundGuard(config, { storage: createMemoryStorage(), integrations: [chatGuards()] });
  guards.push(guard);
  return guard;
}

function placeholder(scenario = 'after-sales') {
  const element = document.createElement('div');
  element.dataset.refundguard = scenario;
  document.body.append(element);
  return element;
}

const shadowText = (element: Element) => element.shadowRoot?.textContent ?? '';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  for (const guard of guards.splice(0)) guard.destroy();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('createRefundGuard', () => {
  it('mounts the reminder for the placeholder’s scenario', () => {
    const element = placeholder('after-sales');
    guardFor({ locale: 'en', platform: { name: 'Example Mall' } }).mount(element);
    const t = createTranslator('en', { platform: { name: 'Example Mall' } });
    expect(shadowText(element)).toContain(t('key.message'));
  });

  it('draws the compact banner where the placeholder asks for it', () => {
    const element = placeholder('order-confirmation');
    element.dataset.variant = 'banner';
    guardFor({ locale: 'en' }).mount(element);
    expect(element.shadowRoot?.querySelector('section')?.className).toContain('rg-banner');
  });

  it('switches language at runtime without remounting', async () => {
    const element = placeholder('order-status');
    const guard = guardFor({ locale: 'en' });
    guard.mount(element);
    guard.setLocale('zh-TW');
    await flush();
    expect(guard.locale).toBe('zh-Hant');
    expect(shadowText(element)).toContain(createTranslator('zh-Hant')('key.message'));
    guard.setLocale('zh-CN');
    await flush();
    expect(shadowText(element)).toContain(createTranslator('zh-Hans')('key.message'));
  });

  it('shows the help lines of the region the locale names when no region is configured', () => {
    const element = placeholder('after-sales');
    guardFor({ locale: 'zh-HK' }).mount(element);
    expect(shadowText(element)).toContain('18222');
    expect(shadowText(element)).toContain('999');
  });

  it('switches theme at runtime by changing the theme sheet only', () => {
    const element = placeholder();
    const guard = guardFor({ theme: 'light' });
    guard.mount(element);
    const sheets = () =>
      (element.shadowRoot?.adoptedStyleSheets ?? []).map((sheet) =>
        [...sheet.cssRules].map((rule) => rule.cssText).join(''),
      );
    const before = sheets().join('');
    guard.setTheme({ mode: 'dark', tokens: { accent: '#123456' } });
    const after = sheets().join('');
    expect(after).not.toBe(before);
    expect(after).toContain('#123456');
    expect(element.shadowRoot?.querySelector('[style]')).toBeNull();
  });

  it('tells a late listener that it is ready', async () => {
    const guard = guardFor();
    await flush();
    const ready = vi.fn();
    guard.on('ready', ready);
    await flush();
    expect(ready).toHaveBeenCalledWith({ locale: guard.locale });
  });

  it('announces its events on window as refundguard:NAME CustomEvents', async () => {
    const seen: string[] = [];
    const record = (event: Event) => seen.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`);
    window.addEventListener('refundguard:ready', record);
    window.addEventListener('refundguard:shown', record);
    try {
      guardFor({ locale: 'en' }).mount(placeholder('chat'));
      await vi.waitFor(() => expect(seen.some((line) => line.startsWith('refundguard:shown'))).toBe(true));
      expect(seen).toContain('refundguard:ready {"locale":"en"}');
    } finally {
      window.removeEventListener('refundguard:ready', record);
      window.removeEventListener('refundguard:shown', record);
    }
  });

  it('reports bad config once with its path, keeps defaults, and never throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = vi.fn();
    const guard = guardFor({ coolingOffSeconds: 'soon' as never, colour: 'red' } as never);
    guard.on('error', errors);
    expect(guard.config.coolingOffSeconds).toBe(5);
    expect(warn.mock.calls.map((call) => String(call[0])).join('\n')).toMatch(/coolingOffSeconds/);
    expect(warn.mock.calls.map((call) => String(call[0])).join('\n')).toMatch(/colour/);
    expect(() => guard.mount(null as never)).not.toThrow();
    expect(() => guard.track('no_such_event' as never)).not.toThrow();
    guard.track('no_such_event' as never);
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('no_such_event'))).toHaveLength(1);
    expect(errors.mock.calls.filter(([problem]) => problem.message.includes('no_such_event'))).toHaveLength(2);
  });

  it('reports a bad key once, not again on every later setLocale or setTheme', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors = vi.fn();
    const guard = guardFor({ colour: 'red' } as never);
    guard.on('error', errors);
    guard.setLocale('zh-CN');
    guard.setTheme('dark');
    expect(errors).not.toHaveBeenCalled();
    expect(guard.config.theme).toBe('dark');
  });

  it('applies new frequency limits given through configure', async () => {
    const guard = guardFor({ locale: 'en', frequency: { maxImpressions: 5, minDaysBetween: 0 } });
    guard.configure({ frequency: { maxImpressions: 0 } });
    guard.show('chat');
    await flush();
    expect(document.querySelector('[data-refundguard-own="overlay"]')).toBeNull();
  });

  it('raises a new topic on a toast that is already showing', async () => {
    const guard = guardFor({ locale: 'en' });
    guard.track('refund_requested');
    guard.track('membership_changed');
    await flush();
    const overlay = document.querySelector('[data-refundguard-own="overlay"]') as Element;
    expect(overlay.shadowRoot?.querySelectorAll('section')).toHaveLength(1);
    expect(shadowText(overlay)).toContain(createTranslator('en')('topic.membership.title'));
  });

  it('shows the after-sales reminder as a toast when a refund is requested on a page without a placeholder', async () => {
    const guard = guardFor({ locale: 'en' });
    const shown = vi.fn();
    guard.on('shown', shown);
    guard.track('refund_requested');
    // `shown` comes from an effect, which Preact runs after the next paint.
    await vi.waitFor(() =>
      expect(shown).toHaveBeenCalledWith(expect.objectContaining({ scenario: 'after-sales', variant: 'toast' })),
    );
    const overlay = document.querySelector('[data-refundguard-own="overlay"]');
    expect(shadowText(overlay as Element)).toContain(createTranslator('en')('topic.refund.title'));
  });

  it('leads a mounted reminder with the lost-parcel warning after a parcel issue', async () => {
    const element = placeholder('order-status');
    const guard = guardFor({ locale: 'en' });
    guard.mount(element);
    guard.track('parcel_issue');
    await flush();
    expect(shadowText(element)).toContain(createTranslator('en')('topic.lost-parcel.title'));
    expect(document.querySelector('[data-refundguard-own="overlay"]')).toBeNull();
  });

  it('opens the risk dialog for a high-risk message and emits ids and categories only', async () => {
    const guard = guardFor({ locale: 'en' });
    const risks = vi.fn();
    guard.on('risk', risks);
    const text =
      'This is the courier claims team: your parcel was lost and you get triple compensation. Read me the SMS verification code 482913 now so I can release the payment.';
    expect(guard.track('message_received', { text })).toBe('high');
    await flush();
    expect(
      document.querySelector('[data-refundguard-own="overlay"]')?.shadowRoot?.querySelector('dialog'),
    ).not.toBeNull();
    const detail = risks.mock.calls[0]?.[0];
    expect(detail.level).toBe('high');
    expect(JSON.stringify(detail)).not.toContain('482913');
    for (const signal of detail.signals) expect(Object.keys(signal).sort()).toEqual(['category', 'id']);
  });

  it('keeps two guards on one page apart', async () => {
    const first = placeholder('chat');
    const second = placeholder('chat');
    const english = guardFor({ locale: 'en' });
    const chinese = guardFor({ locale: 'zh-CN' });
    english.mount(first);
    chinese.mount(second);
    english.destroy();
    await flush();
    expect(shadowText(first)).toBe('');
    expect(shadowText(second)).toContain(createTranslator('zh-Hans')('key.message'));
  });

  it('removes every node it added on destroy', async () => {
    const element = placeholder();
    const guard = guardFor();
    guard.mount(element);
    guard.track('parcel_issue');
    guard.track('message_sending', { text: 'my card is 4111 1111 1111 1111' });
    await flush();
    guard.destroy();
    expect(shadowText(element)).toBe('');
    expect(document.querySelectorAll('[data-refundguard-own]')).toHaveLength(0);
  });

  it('isolates a listener that throws', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const guard = guardFor();
    const after = vi.fn();
    guard.on('shown', () => {
      throw new Error('host bug');
    });
    guard.on('shown', after);
    expect(() => guard.mount(placeholder())).not.toThrow();
    await vi.waitFor(() => expect(after).toHaveBeenCalled());
  });
});
