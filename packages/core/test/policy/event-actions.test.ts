import { describe, expect, it } from 'vitest';
import { reminderFor } from '../../src/index.js';

describe('order events', () => {
  it('maps the moments scammers strike to prominent, pretext-specific reminders', () => {
    expect(reminderFor('refund_requested')).toEqual({ scenario: 'after-sales', topic: 'refund', prominent: true });
    expect(reminderFor('parcel_issue')?.topic).toBe('lost-parcel');
    expect(reminderFor('membership_changed')?.topic).toBe('membership');
  });

  it('lets the host override or silence an event', () => {
    expect(reminderFor('order_placed', { order_placed: false })).toBeNull();
    expect(reminderFor('order_shipped', { order_shipped: { scenario: 'chat' } })).toEqual({ scenario: 'chat' });
  });

  it('ignores events it does not know, including inherited names', () => {
    expect(reminderFor('toString')).toBeNull();
    expect(reminderFor('message_received')).toBeNull();
  });
});
