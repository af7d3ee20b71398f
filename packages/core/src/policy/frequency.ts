import type { KeyValueStorage } from './storage.js';

/**
 * Caps on calm reminders; risk warnings are never capped. An impression is the full reminder (a
 * card, or a toast) seen by the buyer; the widget decides what "seen" means and calls
 * {@link FrequencyPolicy.recordShown}. The compact banner is never counted.
 */
export interface FrequencyLimits {
  /** Impressions of one scenario's reminder per content revision. */
  maxImpressions: number;
  /** Days that must pass after an impression before the full reminder shows, or is counted, again. */
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
  /**
   * May the full reminder for `scenario` at content `revision` be shown now? No when it was
   * dismissed less than `quietDaysAfterDismiss` days ago, when `maxImpressions` are counted, or
   * when the last impression is less than `minDaysBetween` days old.
   */
  allows(scenario: string, revision: string, now?: number): boolean;
  /**
   * Count one impression: the buyer saw the full reminder. An impression less than
   * `minDaysBetween` days after the last one is not counted, so a reminder shown anyway (a
   * prominent one, or in a second tab) never uses up the cap faster than the spacing allows.
   */
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

/** Corrupt or foreign data reads as "never shown" rather than failing. */
function readEntries(storage: KeyValueStorage): Record<string, unknown> {
  try {
    // A spread keeps an object's own entries and turns null, numbers and arrays into nothing usable.
    return { ...JSON.parse(storage.getItem(STORAGE_KEY) as string) };
  } catch {
    return {};
  }
}

/** The stored entry, or a fresh one when it is missing or malformed. */
function entryOf(entries: Record<string, unknown>, key: string): Entry {
  const entry = entries[key] as Partial<Entry> | null | undefined;
  return typeof entry?.n === 'number' && typeof entry.at === 'number' ? (entry as Entry) : { n: 0, at: 0 };
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
  const update = (scenario: string, revision: string, change: (entry: Entry) => Entry) => {
    const entries = readEntries(storage);
    const key = `${scenario}@${revision}`;
    entries[key] = change(entryOf(entries, key));
    storage.setItem(STORAGE_KEY, JSON.stringify(entries));
  };
  /** Is the last impression less than `minDaysBetween` days old? */
  const tooSoon = ({ n, at }: Entry, now: number) => n > 0 && now - at < minDaysBetween * DAY_MS;
  return {
    allows(scenario, revision, now = Date.now()) {
      const entry = entryOf(readEntries(storage), `${scenario}@${revision}`);
      // Never dismissed: `now - undefined` is NaN, which is not less than anything.
      const quiet = now - (entry.dismissed as number) < quietDaysAfterDismiss * DAY_MS;
      return !quiet && entry.n < maxImpressions && !tooSoon(entry, now);
    },
    recordShown(scenario, revision, now = Date.now()) {
      update(scenario, revision, (entry) => (tooSoon(entry, now) ? entry : { ...entry, n: entry.n + 1, at: now }));
    },
    recordDismissed(scenario, revision, now = Date.now()) {
      update(scenario, revision, (entry) => ({ ...entry, dismissed: now }));
    },
  };
}
