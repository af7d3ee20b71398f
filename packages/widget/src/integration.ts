import type { RiskLevel, ScanResult, ScenarioId, UrlCheck } from '@refundguard/core';
import type { ComponentType } from 'preact';
import type { ProblemReporter } from './errors.js';
import type { ShowOptions, TrackData } from './guard-api.js';
import type { GuardState } from './guard-state.js';
import type { InputGuardOptions } from './host/input-guard.js';
import type { WatchMessagesOptions } from './host/message-watcher.js';

/**
 * What a guard lends an integration: its state, its problem reporter, and the few
 * page operations an integration may not do on its own (styled shadow roots that
 * follow theme changes, the overlay, cleanup on `destroy()`).
 */
export interface IntegrationHost {
  state: GuardState;
  reporter: ProblemReporter;
  /** Open (or reuse) a shadow root on `host`, styled and themed like every other root of the guard. */
  styleRoot(host: HTMLElement): ShadowRoot;
  /** Stop theming a root the integration is done with. */
  releaseRoot(root: ShadowRoot): void;
  /** Make sure the overlay (toasts and dialogs) is on the page. */
  ensureOverlay(): void;
  /** Have `destroy()` call `stop`; the returned function stops early and forgets it. */
  remember(stop: () => void): () => void;
  /** Whether the guard has been destroyed (integrations then add nothing). */
  isDestroyed(): boolean;
  show(scenario: ScenarioId, options: ShowOptions): void;
}

/** The guard methods that only the chat guards provide; the guard answers them itself when they are missing. */
export interface ChatCapabilities {
  scan(text: unknown): ScanResult;
  checkUrl(url: string): UrlCheck;
  watchMessages(container: Element, options?: WatchMessagesOptions): () => void;
  guardLinks(container: Node): () => void;
  guardInput(input: HTMLInputElement | HTMLTextAreaElement, options?: InputGuardOptions): () => void;
  /** `message_received`, `link_clicked` and `message_sending`. */
  track(event: ChatEvent, data: TrackData): RiskLevel;
  /** Drawn in the overlay after the toasts: the risk dialog. */
  OverlayPart: ComponentType<{ state: GuardState }>;
}

/** Host events that need the detectors. */
/** What a guard calls on the chat guards, or on the stand-ins that take their place: all but the overlay part. */
export type ChatMethods = Omit<ChatCapabilities, 'OverlayPart'>;

export type ChatEvent = 'message_received' | 'link_clicked' | 'message_sending';

/** Host events the chat guards handle, as a table for `track()`. */
export const CHAT_EVENTS: readonly string[] = ['message_received', 'link_clicked', 'message_sending'];

/**
 * Something that adds abilities to a guard when the guard is created, such as
 * {@link chatGuards} from `@refundguard/widget/chat`. The guard itself imports no
 * integration, so a page that needs none pays for none.
 */
export interface GuardIntegration {
  /** Names the integration in reports; one integration per name. */
  readonly name: 'chat';
  /** English text of the message keys its views add, so the guard checks overrides of them like its own. */
  readonly english?: Readonly<Record<string, string>>;
  setup(host: IntegrationHost): ChatCapabilities;
}
