import { createMemoryStorage, createReminderTranslator } from '@refundguard/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chatGuards } from '../src/chat.js';
import { createRefundGuard, type RefundGuard } from '../src/index.js';

let guard: RefundGuard | undefined;
afterEach(() => {
  guard?.destroy();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const scamText = 'This is customer service: for your triple compensation read me the SMS verification code 482913 now';

describe('a guard without the chat guards', () => {
  it('answers chat-only calls harmlessly and says once, on the console, which file provides them', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    guard = createRefundGuard({ locale: 'en' }, { storage: createMemoryStorage() });
    const errors: string[] = [];
    guard.on('error', (problem) => errors.push(problem.message));
    const messages = document.createElement('div');
    document.body.append(messages);

    expect(guard.track('message_received', { text: scamText })).toBe('none');
    expect(guard.scan(scamText).level).toBe('none');
    guard.watchMessages(messages)();
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('refundguard-chat.js');
    expect(errors).toHaveLength(3);
    expect(errors.every((message) => message.includes('refundguard-chat.js'))).toBe(true);
    expect(document.querySelector('[data-refundguard-own]')).toBeNull();
  });

  it('takes integrations that are not a list without throwing, says so, and runs as the lean guard', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const integrations of [chatGuards(), [undefined], 'chat'] as unknown[]) {
      expect(() => {
        guard = createRefundGuard(
          { locale: 'en' },
          { storage: createMemoryStorage(), integrations: integrations as never },
        );
      }).not.toThrow();
      expect(guard?.scan(scamText).level).toBe('none');
      guard?.destroy();
    }
    expect(warn.mock.calls.some(([message]) => String(message).includes('integrations should be a list'))).toBe(true);
  });

  it('still shows the reminder an order event names', async () => {
    guard = createRefundGuard({ locale: 'en' }, { storage: createMemoryStorage() });
    guard.track('refund_requested');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const overlay = document.querySelector('[data-refundguard-own="overlay"]');
    expect(overlay?.shadowRoot?.querySelector('section')).not.toBeNull();
  });

  it('opens the self-check from the reminder\'s "Learn more" and emits selfcheck_completed', async () => {
    guard = createRefundGuard({ locale: 'en' }, { storage: createMemoryStorage() });
    const verdicts: string[] = [];
    guard.on('selfcheck_completed', ({ verdict }) => verdicts.push(verdict));
    const element = document.createElement('div');
    element.dataset.refundguard = 'order-status';
    document.body.append(element);
    guard.mount(element);
    const root = element.shadowRoot as ShadowRoot;
    const t = createReminderTranslator('en');
    const button = (name: string) =>
      [...root.querySelectorAll('button')].find((each) => each.textContent === name) as HTMLButtonElement;

    button(t('ui.learnMore')).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    button(t('ui.selfCheck')).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.activeElement?.textContent).toContain(t('selfcheck.q.knowsOrder'));
    for (let step = 0; step < 6; step++) {
      button(t('selfcheck.no')).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(root.activeElement?.textContent).toBe(t('selfcheck.verdict.clear'));
    expect(verdicts).toEqual(['clear']);
  });

  it("checks a config's overrides of the self-check's strings, reminder keys now, without the chat guards", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const messages = { en: { 'selfcheck.yes': 'Yes {seconds}', 'selfcheck.no': 'Nope' } };
    guard = createRefundGuard({ messages }, { storage: createMemoryStorage() });
    expect(guard.config.messages).toEqual({ en: { 'selfcheck.no': 'Nope' } });
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringContaining('messages.en["selfcheck.yes"]: unknown placeholder {seconds}'),
    ]);
  });

  it("takes a config's overrides of the chat guards' strings quietly, and checks them once the chat guards are in", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const messages = { en: { 'dialog.stop': 'Stop in {seconds}', 'selfcheck.yes': 'Yes!' } };
    guard = createRefundGuard({ messages }, { storage: createMemoryStorage() });
    expect(guard.config.messages).toEqual(messages);
    guard.destroy();
    guard = createRefundGuard({ messages }, { storage: createMemoryStorage(), integrations: [chatGuards()] });
    expect(guard.config.messages).toEqual({ en: { 'selfcheck.yes': 'Yes!' } });
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringContaining('messages.en["dialog.stop"]: unknown placeholder {seconds}'),
    ]);
  });
});
