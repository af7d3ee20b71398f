/**
 * @refundguard/widget: the Preact widget that warns buyers about fake customer-service refund scams.
 * @packageDocumentation
 */
export type { RefundGuardConfig, ScenarioId, TrackEvent } from '@refundguard/core';
export type { GuardEventMap, GuardEventName, GuardListener, RiskSource, SignalSummary } from './events.js';
export {
  createRefundGuard,
  type GuardEnvironment,
  type MountOptions,
  type RefundGuard,
  type ShowOptions,
  type TrackData,
} from './guard.js';
export { defineRefundGuardElement, ELEMENT_NAME } from './host/custom-element.js';
export type { InputGuardOptions } from './host/input-guard.js';
export type { WatchMessagesOptions } from './host/message-watcher.js';
export { PLACEHOLDER_SELECTOR, watchPlaceholders } from './host/placeholders.js';
export type { GuardIntegration } from './integration.js';
