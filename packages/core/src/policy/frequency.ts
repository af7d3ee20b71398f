import type { KeyValueStorage } from './storage.js';

/** Caps on calm reminders; risk warnings are never capped. */
export interface FrequencyLimits {
  /** Impressions of one scenario's reminder per content revision. */
  maxImpressions: number;
  /** Days that must pass between two impressions of the same reminder. */
  minDaysBetween: number;
  /** Days a dismissed reminder stays quiet. */
  quietDaysAfterDismiss: number;
}

/** Defaults chosen so a buyer sees each reminder a few times, never every page view. */
export const DEFAULT_FREQUENCY_LIMITS: FrequencyLimits = {
  maxImpressions: 3,
  minDaysBetween: 1,
  quietDaysAfterDismiss: 7,
};

/** Decides whether a calm reminder may be shown, and remembers that it was. */
export interface FrequencyPolicy {
  /** May the reminder for `scenario` at content `revision` be shown now? */
  allows(scenario: string, revision: string, now?: number): boolean;
  /** Count one impression. */
  recordShown(scenario: string, revision: string, now?: number): void;
  /** The buyer closed it: stay quiet for a while. */
  recordDismissed(scenario: string, revision: string, now?: number): void;
}

interface Entry {
  /** Impressions so far. */
  n: number;
  /** Last impression, ms since epoch. */
  at: number;
  /** Dismissed at, ms since epoch. */
  dismissed?: number;
}

const STORAGE_KEY = 'refundguard:v1:frequency';
const DAY_MS = 86_400_000;

function isEntry(value: unknown): value is Entry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.n === 'number' &&
    typeof entry.at === 'number' &&
    (entry.dismissed === undefined || typeof entry.dismissed === 'number')
  );
}

/** Corrupt or foreign data reads as "never shown" rather than failing. */
function readEntries(storage: KeyValueStorage): Record<string, Entry> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, entry]) => isEntry(entry))) as Record<string, Entry>;
  } catch {
    return {};
  }
}

/**
 * A frequency policy keyed by scenario and content revision, so new wording
 * starts a fresh count.
 */
export function createFrequencyPolicy(
  storage: KeyValueStorage,
  limits: Partial<FrequencyLimits> = {},
): FrequencyPolicy {
  const { maxImpressions, minDaysBetween, quietDaysAfterDismiss } = { ...DEFAULT_FREQUENCY_LIMITS, ...limits };
  const keyOf = (scenario: string, revision: string) => `${scenario}@${revision}`;
  const update = (scenario: string, revision: string, change: (entry: Entry) => Entry) => {
    const entries = readEntries(storage);
    const key = keyOf(scenario, revision);
    entries[key] = change(entries[key] ?? { n: 0, at: 0 });
    storage.setItem(STORAGE_KEY, JSON.stringify(entries));
  };
  return {
    allows(scenario, revision, now = Date.now()) {
      const entry = readEntries(storage)[keyOf(scenario, revision)];
      if (!entry) return maxImpressions > 0;
      if (entry.dismissed !== undefined && now - entry.dismissed < quietDaysAfterDismiss * DAY_MS) return false;
      return entry.n < maxImpressions && now - entry.at >= minDaysBetween * DAY_MS;
    },
    recordShown(scenario, revision, now = Date.now()) {
      update(scenario, revision, (entry) => ({ ...entry, n: entry.n + 1, at: now }));
    },
    recordDismissed(scenario, revision, now = Date.now()) {
      update(scenario, revision, (entry) => ({ ...entry, dismissed: now }));
    },
  };
}
