// An order-status page that brings in RefundGuard as a package: the app creates the guard,
// mounts the reminder, tells it about a parcel problem, and guards the chat.
import { createRefundGuard } from '@refundguard/widget';
// The chat guards come as an integration, so pages without chat import no detector.
import { chatGuards } from '@refundguard/widget/chat';
import { startChat } from './chat.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const guard = createRefundGuard(
  {
    locale: 'auto',
    region: 'SG',
    platform: { name: 'Example Mall', contactPath: 'My orders → Contact seller' },
  },
  { integrations: [chatGuards()] },
);
guard.mount(byId('order-help'), { scenario: 'order-status' });

byId('parcel-issue').addEventListener('click', () => {
  byId('parcel-status').textContent = 'Claim opened';
  guard.track('parcel_issue');
});

guard.watchMessages(byId('chat-log'), { selector: '.from-seller' });
guard.guardInput(byId<HTMLInputElement>('chat-input'), { sendButton: byId('chat-send') });

guard.on('risk', ({ level, source }) => {
  byId('guard-status').textContent = `RefundGuard saw a ${level}-risk ${source}.`;
});

startChat(byId('chat-log'), byId('chat-form'), byId('chat-input'), byId('next-message'));
