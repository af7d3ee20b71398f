import type { SensitiveMatch } from '@refundguard/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardInput } from '../../src/host/input-guard.js';
import { fakeRiskHost } from './fake-risk-host.js';

/** Finds "card" when the text holds 16 digits in a row; stands in for the real detector. */
function findSensitiveData(text: string): SensitiveMatch[] {
  const match = /\d{16}/.exec(text);
  return match
    ? [
        {
          kind: 'bank-card',
          level: 'high',
          start: match.index,
          end: match.index + 16,
          explanation: 'a bank card number',
        },
      ]
    : [];
}

function setUp() {
  document.body.innerHTML = '<div><input id="box"><button id="send">Send</button></div>';
  const input = document.getElementById('box') as HTMLInputElement;
  const send = document.getElementById('send') as HTMLButtonElement;
  const sent: string[] = [];
  send.addEventListener('click', () => sent.push(input.value));
  const fake = fakeRiskHost();
  const onBlocked = vi.fn();
  const stop = guardInput(input, { ...fake.host, findSensitiveData }, { sendButton: send, onBlocked });
  return { ...fake, input, send, sent, onBlocked, stop };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('guardInput', () => {
  it('sends ordinary text at once', () => {
    const { input, send, sent, dialogs } = setUp();
    input.value = 'Is my parcel on its way?';
    send.click();
    expect(sent).toEqual(['Is my parcel on its way?']);
    expect(dialogs).toHaveLength(0);
  });

  it('holds a card number, asks first, and sends only on "continue anyway"', () => {
    const { input, send, sent, dialogs, onBlocked, reported } = setUp();
    input.value = 'my card 6222020200112233';
    send.click();
    expect(sent).toEqual([]);
    expect(onBlocked).toHaveBeenCalledWith(['bank-card']);
    expect(dialogs[0]).toMatchObject({ source: 'input', level: 'high', explanations: ['a bank card number'] });
    expect(JSON.stringify(reported)).not.toContain('6222020200112233');
    dialogs[0]?.onContinue?.();
    expect(sent).toEqual(['my card 6222020200112233']);
  });

  it('holds Enter in a form and submits the form on "continue anyway"', () => {
    document.body.innerHTML = '<form id="f"><input id="box"></form>';
    const form = document.getElementById('f') as HTMLFormElement;
    const input = document.getElementById('box') as HTMLInputElement;
    const submitted: string[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(input.value);
    });
    const fake = fakeRiskHost();
    guardInput(input, { ...fake.host, findSensitiveData });
    input.value = '1234567812345678';
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    input.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    fake.dialogs[0]?.onContinue?.();
    expect(submitted).toEqual(['1234567812345678']);
  });

  it('holds Enter outside a form and presses it again, modifiers and all, on "continue anyway"', () => {
    const { input, dialogs } = setUp();
    const pressed: string[] = [];
    input.addEventListener('keydown', (event) => pressed.push(`${event.key} ctrl:${event.ctrlKey} ${input.value}`));
    input.value = '1234567812345678';
    const enter = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    input.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(pressed).toEqual([]);
    dialogs[0]?.onContinue?.();
    expect(pressed).toEqual(['Enter ctrl:true 1234567812345678']);
    expect(dialogs).toHaveLength(1);
  });

  it('stops checking once unsubscribed', () => {
    const { input, send, sent, stop } = setUp();
    stop();
    input.value = '1234567812345678';
    send.click();
    expect(sent).toEqual(['1234567812345678']);
  });
});
