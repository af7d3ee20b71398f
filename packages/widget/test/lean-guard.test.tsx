import { createMemoryStorage } from '@refundguard/core';
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

  it('still shows the reminder an order event names', async () => {
    guard = createRefundGuard({ locale: 'en' }, { storage: createMemoryStorage() });
    guard.track('refund_requested');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const overlay = document.querySelector('[data-refundguard-own="overlay"]');
    expect(overlay?.shadowRoot?.querySelector('section')).not.toBeNull();
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
