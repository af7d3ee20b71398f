import type {
  KeyValueStorage,
  RefundGuardConfig,
  ResolvedConfig,
  RiskLevel,
  ScanResult,
  ScenarioId,
  ThemeConfig,
  ThemeMode,
  TopicId,
  TrackEvent,
  UrlCheck,
} from '@refundguard/core';
import type { GuardEventName, GuardListener } from './events.js';
import type { InputGuardOptions } from './host/input-guard.js';
import type { WatchMessagesOptions } from './host/message-watcher.js';
import type { GuardIntegration } from './integration.js';

/** Options for {@link RefundGuard.mount}. */
export interface MountOptions {
  /** Which reminder to show. Default: the element's `data-refundguard` value, else `order-status`. */
  scenario?: ScenarioId;
  /** `'card'` (default) or the compact `'banner'`. Default: the element's `data-variant`, else `'card'`. */
  variant?: 'card' | 'banner';
}

/** Options for {@link RefundGuard.show}. */
export interface ShowOptions {
  /** Lead with one pretext's warning, e.g. `'lost-parcel'`. */
  topic?: TopicId;
  /** Show even if the frequency cap would keep it quiet. */
  prominent?: boolean;
}

/** Data for {@link RefundGuard.track}: `text` for messages, `url` for links. */
export interface TrackData {
  text?: string;
  url?: string;
}

/** Environment overrides, mainly for tests and unusual hosts. */
export interface GuardEnvironment {
  /**
   * Where reminder counts are remembered. Default: localStorage. Either way every value is also kept in
   * memory, so a store that throws or is full never breaks the page; that is reported once (`storage`).
   */
  storage?: KeyValueStorage;
  /**
   * Abilities to add, such as `chatGuards()` from `@refundguard/widget/chat` (the chat,
   * link and input guards and the detectors). Without it, the chat-only methods
   * (`scan`, `checkUrl`, `watchMessages`, `guardLinks`, `guardInput`, and `track` of
   * messages and links) do nothing and report which import provides them.
   */
  integrations?: readonly GuardIntegration[];
}

/**
 * A RefundGuard: one configuration, any number of reminders, and the page
 * integrations that interrupt risky moments. No method throws into the page.
 */
export interface RefundGuard {
  /** Render a reminder inside `element`'s shadow root; returns a function that removes it. */
  mount(element: HTMLElement, options?: MountOptions): () => void;
  /** Bring a scenario's reminder forward: highlight a mounted one, or show a toast. */
  show(scenario: ScenarioId, options?: ShowOptions): void;
  /**
   * Tell the guard what just happened. Order events show the matching reminder
   * (`refund_requested` → after-sales, prominent); `message_received` and
   * `message_sending` scan `data.text`; `link_clicked` checks `data.url`.
   * Returns the risk level that was found (`'none'` for order events).
   */
  track(event: TrackEvent, data?: TrackData): RiskLevel;
  /** Scan a message with the guard's locale; emits `risk` when it is medium or high. */
  scan(text: string): ScanResult;
  /** Check a URL against the configured official domains. */
  checkUrl(url: string): UrlCheck;
  /** Switch language at runtime (`'auto'` re-reads the page). */
  setLocale(locale: string): void;
  /** Switch theme at runtime. */
  setTheme(theme: ThemeMode | ThemeConfig): void;
  /** Merge more configuration (what `RefundGuard('init', config)` does after load). */
  configure(config: RefundGuardConfig): void;
  /** Listen to an event; `ready` is replayed to late listeners. */
  on<K extends GuardEventName>(event: K, listener: GuardListener<K>): void;
  /** Stop listening. */
  off<K extends GuardEventName>(event: K, listener: GuardListener<K>): void;
  /** Scan incoming chat messages in `container` and caution beside risky ones. Returns an unsubscribe function. */
  watchMessages(container: Element, options?: WatchMessagesOptions): () => void;
  /** Intercept clicks on links in `container` that leave the platform. Returns an unsubscribe function. */
  guardLinks(container: Node): () => void;
  /** Ask before card numbers, codes, ID numbers or outside contacts are sent from `input`. Returns an unsubscribe function. */
  guardInput(input: HTMLInputElement | HTMLTextAreaElement, options?: InputGuardOptions): () => void;
  /** The validated configuration in use. */
  readonly config: ResolvedConfig;
  /** The catalog locale in use. */
  readonly locale: string;
  /** Remove every node, listener and observer this guard added. */
  destroy(): void;
}
