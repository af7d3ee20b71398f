/** @jsxImportSource react */
import type { RefundGuard } from '@refundguard/widget';
import { type FormEvent, useEffect, useRef, useState } from 'react';

interface Message {
  id: number;
  from: 'seller' | 'me';
  text: string;
}

// A made-up fake customer-service script, one message per tap of "Simulate the next incoming message".
const incoming = [
  'Good afternoon, Example Mall after-sales here. The blender you bought has a safety defect.',
  'We refund you twice the price, but first you must pay a small deposit to verify your account.',
  'Transfer the deposit to the account I send you now, it comes back together with the refund.',
];

/** The order's chat: RefundGuard watches what the seller's side sends and checks what the buyer sends. */
export function Chat({ guard }: { guard: RefundGuard | null }) {
  const [messages, setMessages] = useState<Message[]>([
    { id: 0, from: 'seller', text: 'Thanks for your order! The blender ships tomorrow.' },
  ]);
  const [draft, setDraft] = useState('');
  const logRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const log = logRef.current;
    const input = inputRef.current;
    if (!guard || !log || !input) return;
    const stopWatching = guard.watchMessages(log, { selector: '[data-from="seller"]' });
    const stopGuarding = guard.guardInput(input, { sendButton: sendRef.current });
    return () => {
      stopWatching();
      stopGuarding();
    };
  }, [guard]);

  const add = (from: Message['from'], text: string) =>
    setMessages((list) => [...list, { id: list.length, from, text }]);
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    add('me', draft);
    setDraft('');
  };
  const received = messages.filter((message) => message.from === 'seller').length - 1;

  return (
    <section className="chat" aria-label="Chat with the seller">
      <ul className="chat-log" ref={logRef}>
        {messages.map((message) => (
          <li key={message.id} data-from={message.from} className={message.from === 'me' ? 'me' : undefined}>
            {message.text}
          </li>
        ))}
      </ul>
      <form className="chat-form" onSubmit={send}>
        <label className="visually-hidden" htmlFor="chat-input">
          Message
        </label>
        <input
          id="chat-input"
          ref={inputRef}
          autoComplete="off"
          placeholder="Write a message"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="shop-button" ref={sendRef}>
          Send
        </button>
      </form>
      <p>
        <button
          type="button"
          className="shop-button"
          disabled={received >= incoming.length}
          onClick={() => add('seller', incoming[received] ?? '')}
        >
          Simulate the next incoming message
        </button>
      </p>
    </section>
  );
}
