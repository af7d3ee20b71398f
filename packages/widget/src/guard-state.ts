import { computed, type ReadonlySignal, type Signal, signal } from '@preact/signals-core';
import {
  createFrequencyPolicy,
  createReminderTranslator,
  createSafeStorage,
  type FrequencyPolicy,
  getContent,
  type KeyValueStorage,
  type ReminderTranslator,
  type ResolvedConfig,
  type ResolvedLocale,
  resolveLocale,
  type ScenarioContent,
  type ScenarioId,
  type TopicId,
} from '@refundguard/core';
import type { ComponentType } from 'preact';
import type { ProblemReporter } from './errors.js';
import type { GuardEvents } from './events.js';
import type { RiskDialogRequest, RiskNotice } from './host/risk-host.js';

/** How a reminder is drawn: a card in a placeholder, a compact banner, or a toast when the page has no placeholder. */
export type ReminderVariant = 'card' | 'banner' | 'toast';

/** One reminder on screen. */
export interface ReminderSlot {
  scenario: ScenarioId;
  /** A pretext to lead with (`lost-parcel` after a parcel issue); a signal so `show()` can raise it later. */
  topic: Signal<TopicId | undefined>;
}

/** A toast waiting in the overlay. */
export interface ToastSlot extends ReminderSlot {
  id: number;
}

/** Everything a guard's views read; signals re-render exactly what changed. */
export interface GuardState {
  config: Signal<ResolvedConfig>;
  /** The negotiated locale: catalog name, direction, and the region its tag named (zh-HK → HK). */
  resolved: Signal<ResolvedLocale>;
  /** The catalog locale in use (`resolved.locale`). */
  locale: ReadonlySignal<string>;
  dialog: Signal<RiskDialogRequest | null>;
  toasts: Signal<ToastSlot[]>;
  policy: FrequencyPolicy;
  events: GuardEvents;
  reporter: ProblemReporter;
  /**
   * Impressions counted this page load (`scenario@revision`): at most one each, and a card counted
   * stays a card through re-renders and route changes.
   */
  countedThisPage: Set<string>;
  /** What an integration draws in the overlay after the toasts (the chat guards' risk dialog). */
  overlayPart?: ComponentType<{ state: GuardState }>;
}

// One cache per config and locale, so a change of either starts afresh: a scenario's content and each translator.
const cache = new WeakMap<ResolvedConfig, WeakMap<ResolvedLocale, Map<unknown, unknown>>>();

/** What `create` makes for `key` under the state's current locale and config, made once per change of either. */
function cached<T>(
  state: Pick<GuardState, 'resolved' | 'config'>,
  key: unknown,
  create: (resolved: ResolvedLocale, config: ResolvedConfig) => T,
): T {
  const config = state.config.value;
  const resolved = state.resolved.value;
  const byLocale = cache.get(config) ?? new WeakMap<ResolvedLocale, Map<unknown, unknown>>();
  cache.set(config, byLocale);
  const byKey = byLocale.get(resolved) ?? new Map<unknown, unknown>();
  byLocale.set(resolved, byKey);
  if (!byKey.has(key)) byKey.set(key, create(resolved, config));
  return byKey.get(key) as T;
}

/**
 * The scenario's content for the state's current locale and config, built once per change of either:
 * the toast check and the reminder it then draws share one build (and one revision hash).
 */
export const contentFor = (state: Pick<GuardState, 'resolved' | 'config'>, scenario: ScenarioId): ScenarioContent =>
  cached(state, scenario, (resolved, config) => getContent(resolved, scenario, config));

/**
 * The translator `create` makes for the state's current locale and config, shared by every view until
 * either changes. Reminders translate with core's reminder-only translator; the chat guards pass the
 * full one, so only refundguard-chat.js carries their strings.
 */
export const cachedTranslator = <T>(
  state: Pick<GuardState, 'resolved' | 'config'>,
  create: (locale: string, config: ResolvedConfig) => T,
): T => cached(state, create, (resolved, config) => create(resolved.locale, config));

/** The reminders' translator for the state's current locale and config. */
export const translatorFor = (state: Pick<GuardState, 'resolved' | 'config'>): ReminderTranslator =>
  cachedTranslator(state, createReminderTranslator);

/** The page's language preferences, read only in the browser and only when asked. */
export function pageLanguages(): { documentLang: string | null; navigatorLanguages: readonly string[] } {
  const documentLang = typeof document !== 'undefined' ? document.documentElement.getAttribute('lang') : null;
  const navigatorLanguages =
    typeof navigator !== 'undefined' ? (navigator.languages ?? (navigator.language ? [navigator.language] : [])) : [];
  return { documentLang, navigatorLanguages };
}

/** The locale for a config: `'auto'` follows `<html lang>`, then the browser. */
export function localeFor(config: ResolvedConfig, requested: string = config.locale): ResolvedLocale {
  return resolveLocale({
    requested,
    ...pageLanguages(),
    fallbackLocale: config.fallbackLocale,
    available: Object.keys(config.messages ?? {}),
  });
}

/**
 * The given store, else localStorage, kept in memory too for when it throws, is full or is missing;
 * `onFailure` hears once that counts will not outlive the page.
 */
export function browserStorage(given?: KeyValueStorage, onFailure?: () => void): KeyValueStorage {
  return createSafeStorage(() => given ?? (typeof window !== 'undefined' ? window.localStorage : null), onFailure);
}

/**
 * Open the page's localStorage ahead of its first real use, which otherwise waits there for the browser to load
 * it. Never throws (some privacy modes refuse even the look).
 */
export function openLocalStorage(): void {
  try {
    window.localStorage.length;
  } catch {
    // The guard's own store reports an unusable localStorage when it first needs it.
  }
}

/** Build the initial state for a validated config. */
export function createGuardState(
  config: ResolvedConfig,
  events: GuardEvents,
  reporter: ProblemReporter,
  storage: KeyValueStorage,
): GuardState {
  const resolved = signal(localeFor(config));
  return {
    config: signal(config),
    resolved,
    locale: computed(() => resolved.value.locale),
    dialog: signal(null),
    toasts: signal([]),
    policy: createFrequencyPolicy(storage, config.frequency),
    events,
    reporter,
    countedThisPage: new Set(),
  };
}

/** A notice as the `risk` event carries it: level, source, ids and categories. */
export function riskDetail(notice: RiskNotice) {
  return { level: notice.level, source: notice.source, signals: notice.signals };
}
