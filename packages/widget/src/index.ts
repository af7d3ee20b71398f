/**
 * @refundguard/widget: the Preact widget that warns buyers about fake customer-service refund scams.
 * @packageDocumentation
 */
export type { RefundGuardConfig, ScenarioId } from '@refundguard/core';
export { createRefundGuard, type MountOptions, type RefundGuard } from './guard.js';
