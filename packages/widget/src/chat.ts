/**
 * @refundguard/widget/chat: the chat, link and input guards and the detectors behind them,
 * as an integration for `createRefundGuard(config, { integrations: [chatGuards()] })`.
 * @packageDocumentation
 */
export { chatGuards } from './chat/chat-guards.js';
export type { ChatCapabilities, GuardIntegration, IntegrationHost } from './integration.js';
