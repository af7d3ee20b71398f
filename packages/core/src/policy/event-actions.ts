import type { ScenarioId, TopicId } from '../content/types.js';

/** Order-flow events a host reports with `track()`. */
export type OrderEvent =
  | 'order_placed'
  | 'order_shipped'
  | 'refund_requested'
  | 'refund_completed'
  | 'membership_changed'
  | 'parcel_issue';

/** Chat and link events a host reports with `track()`; their data is scanned, never stored. */
export type ScanEvent = 'message_received' | 'link_clicked' | 'message_sending';

/** Every event `track()` understands. */
export type TrackEvent = OrderEvent | ScanEvent;

/** What the buyer sees when an order-flow event happens. */
export interface ReminderAction {
  scenario: ScenarioId;
  /** A pretext-specific warning to lead with. */
  topic?: TopicId;
  /** Show it even when the frequency cap would keep it quiet (the moment scammers strike). */
  prominent?: boolean;
}

/**
 * The default reaction to each order-flow event, chosen for when fake
 * customer service calls: right after a refund request, a parcel problem or a
 * membership change. Hosts override entries through `config.eventActions`
 * (`false` silences one).
 */
export const DEFAULT_EVENT_ACTIONS: Readonly<Record<OrderEvent, ReminderAction>> = {
  order_placed: { scenario: 'order-confirmation' },
  order_shipped: { scenario: 'order-status' },
  refund_requested: { scenario: 'after-sales', topic: 'refund', prominent: true },
  refund_completed: { scenario: 'after-sales', topic: 'refund' },
  membership_changed: { scenario: 'after-sales', topic: 'membership', prominent: true },
  parcel_issue: { scenario: 'order-status', topic: 'lost-parcel', prominent: true },
};

/** Events whose data is a text or URL to scan rather than a reminder to show. */
export const SCAN_EVENTS: readonly ScanEvent[] = ['message_received', 'link_clicked', 'message_sending'];

/** The reminder for an order event, honouring overrides; `null` when silenced or unknown. */
export function reminderFor(
  event: string,
  overrides: Partial<Record<OrderEvent, ReminderAction | false>> = {},
): ReminderAction | null {
  if (!Object.hasOwn(DEFAULT_EVENT_ACTIONS, event)) return null;
  const key = event as OrderEvent;
  const override = overrides[key];
  if (override === false) return null;
  return override ?? DEFAULT_EVENT_ACTIONS[key];
}
