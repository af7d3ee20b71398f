import type { SensitiveMatch } from '@refundguard/core';
import { noticeFromSensitive, worthAsking } from './notices.js';
import type { RiskHost } from './risk-host.js';

/** Options for {@link guardInput}. */
export interface InputGuardOptions {
  /** The button that sends the text; its clicks are checked too. */
  sendButton?: Element | null;
  /** Told which kinds of data were held back (never the values). */
  onBlocked?: (kinds: SensitiveMatch['kind'][]) => void;
}

/** What the input guard needs from a guard. */
export interface InputGuardHost extends RiskHost {
  findSensitiveData(text: string): SensitiveMatch[];
}

/** How the buyer tried to send: a click on the send button, the form's submit, or Enter (as it was pressed). */
type SendTrigger = 'click' | 'submit' | KeyboardEventInit;

/**
 * Before the text in `input` is sent (Enter, the form's submit, or a click on
 * `sendButton`), look for card numbers, codes, ID numbers, passwords and
 * off-platform contact details. When found, hold the send and ask the buyer to
 * confirm in the risk dialog; "continue anyway" sends it as the buyer meant to.
 * Listeners sit on the document in the capture phase so they run before the
 * host's own send handlers. Returns a function that stops guarding.
 */
export function guardInput(
  input: HTMLInputElement | HTMLTextAreaElement,
  host: InputGuardHost,
  options: InputGuardOptions = {},
): () => void {
  const doc = input.ownerDocument;
  let passing = false;

  const resend = (trigger: SendTrigger) => {
    passing = true;
    try {
      // Enter in a form submits the form; elsewhere the host listens for the key itself.
      if (trigger === 'click') (options.sendButton as HTMLElement | null | undefined)?.click();
      else if (input.form) input.form.requestSubmit();
      else if (trigger !== 'submit') input.dispatchEvent(new KeyboardEvent('keydown', trigger));
    } finally {
      passing = false;
    }
  };

  /** Holds the send for the buyer when the text holds something worth asking about. */
  const hold = (event: Event, trigger: SendTrigger) => {
    if (passing) return;
    const matches = worthAsking(host.findSensitiveData(input.value));
    if (matches.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const notice = noticeFromSensitive(matches);
    host.report(notice);
    options.onBlocked?.(matches.map((match) => match.kind));
    host.openDialog({ ...notice, onContinue: () => resend(trigger) });
  };

  const onKeydown = (event: Event) => {
    const key = event as KeyboardEvent;
    if (key.target !== input || key.key !== 'Enter' || key.isComposing) return;
    if (input instanceof HTMLTextAreaElement && key.shiftKey) return;
    hold(event, {
      key: 'Enter',
      code: 'Enter',
      bubbles: true,
      cancelable: true,
      shiftKey: key.shiftKey,
      ctrlKey: key.ctrlKey,
      metaKey: key.metaKey,
    });
  };
  const onClick = (event: Event) => {
    const button = options.sendButton;
    if (button && event.target instanceof Node && button.contains(event.target)) hold(event, 'click');
  };
  const onSubmit = (event: Event) => {
    if (input.form && event.target === input.form) hold(event, 'submit');
  };

  const listeners = { keydown: onKeydown, click: onClick, submit: onSubmit };
  for (const [type, listener] of Object.entries(listeners)) doc.addEventListener(type, listener, true);
  return () => {
    for (const [type, listener] of Object.entries(listeners)) doc.removeEventListener(type, listener, true);
  };
}
