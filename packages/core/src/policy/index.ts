export {
  DEFAULT_EVENT_ACTIONS,
  type OrderEvent,
  type ReminderAction,
  reminderFor,
  SCAN_EVENTS,
  type ScanEvent,
  type TrackEvent,
} from './event-actions.js';
export {
  createFrequencyPolicy,
  DEFAULT_FREQUENCY_LIMITS,
  type FrequencyLimits,
  type FrequencyPolicy,
} from './frequency.js';
export { createMemoryStorage, createSafeStorage, type KeyValueStorage } from './storage.js';
