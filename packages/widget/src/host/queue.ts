import type { RefundGuardConfig } from '@refundguard/core';

/** One queued call: `RefundGuard('track', 'refund_requested')` → `['track', 'refund_requested']`. */
export type QueuedCall = ArrayLike<unknown>;

/** The stand-in the queue snippet defines before the script has loaded. */
export interface QueueStub {
  (...args: unknown[]): void;
  q?: QueuedCall[];
}

/** Split the queue: every `init` config, merged in order, and the other calls, in order. */
export function drainQueue(stub: unknown): { config: RefundGuardConfig; calls: unknown[][] } {
  let queued: unknown = [];
  try {
    if (typeof stub === 'function' && Array.isArray((stub as QueueStub).q)) queued = (stub as QueueStub).q;
  } catch {
    // A `q` getter that throws is a queue we cannot read.
  }
  let config: RefundGuardConfig = {};
  const calls: unknown[][] = [];
  for (const entry of queued as unknown[]) {
    // Anything that is not a list of arguments is kept as a call of its own, so the replay
    // reports it (once) instead of it taking the calls after it down.
    try {
      const call = Array.from(entry as QueuedCall);
      if (call[0] === 'init') config = mergeConfig(config, call[1] as RefundGuardConfig);
      else calls.push(call);
    } catch {
      calls.push([entry]);
    }
  }
  return { config, calls };
}

/** Merge two configs; `override` wins, and the `platform` and `messages` objects merge one level deeper. */
export function mergeConfig(base: RefundGuardConfig, override: RefundGuardConfig | undefined): RefundGuardConfig {
  if (typeof override !== 'object' || override === null) return base;
  return {
    ...base,
    ...override,
    ...(base.platform || override.platform ? { platform: { ...base.platform, ...override.platform } } : {}),
    ...(base.messages || override.messages ? { messages: { ...base.messages, ...override.messages } } : {}),
  };
}
