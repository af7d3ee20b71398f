// The script-tag build: `<script async src="refundguard.js" data-…>` sets up window.RefundGuard.
import type { RefundGuardConfig } from '@refundguard/core';
import { createRefundGuard, type RefundGuard } from '../guard.js';
import { readAttributeConfig } from './attributes.js';
import { defineRefundGuardElement } from './custom-element.js';
import { watchPlaceholders } from './placeholders.js';
import { drainQueue, LOADED_MARK, mergeConfig } from './queue.js';

/** `window.RefundGuard` once loaded: the guard itself, also callable as `RefundGuard('command', …args)`. */
export type RefundGuardGlobal = RefundGuard & ((command: string, ...args: unknown[]) => unknown);

declare global {
  interface Window {
    RefundGuard?: unknown;
  }
}

function start(script: HTMLScriptElement | null): void {
  const existing = window.RefundGuard as Record<string, unknown> | undefined;
  // A second copy of the script (or a second tag) must change nothing.
  if (existing && (existing as Record<string, unknown>)[LOADED_MARK]) return;

  const attributes = readAttributeConfig(script);
  const queued = drainQueue(existing);
  // The page's `RefundGuard('init', …)` calls win over the script tag's attributes.
  const config: RefundGuardConfig = mergeConfig(attributes.config, queued.config);
  const guard = createRefundGuard(config);
  for (const problem of attributes.problems) console.warn(`[RefundGuard] ${problem}`);

  let stopPlaceholders = () => {};
  let destroyed = false;
  const destroy = () => {
    destroyed = true;
    document.removeEventListener('DOMContentLoaded', mountAllAndReplay);
    stopPlaceholders();
    defineRefundGuardElement(null);
    guard.destroy();
    if (window.RefundGuard === api) delete window.RefundGuard;
  };

  const api = ((command: string, ...args: unknown[]) => {
    if (command === 'init') return guard.configure(args[0] as RefundGuardConfig);
    if (command === 'destroy') return destroy();
    const method = (guard as unknown as Record<string, unknown>)[command];
    if (typeof method === 'function') return (method as (...a: unknown[]) => unknown).apply(guard, args);
    console.warn(`[RefundGuard] RefundGuard("${command}") is not a command; see docs/embedding.md.`);
    return undefined;
  }) as RefundGuardGlobal;
  for (const key of Object.keys(guard) as (keyof RefundGuard)[]) {
    const value = guard[key];
    if (typeof value === 'function' && key !== 'destroy') Object.defineProperty(api, key, { value: value.bind(guard) });
  }
  Object.defineProperties(api, {
    config: { get: () => guard.config },
    locale: { get: () => guard.locale },
    destroy: { value: destroy },
    [LOADED_MARK]: { value: true },
  });
  window.RefundGuard = api;

  // Queued calls run after the placeholders are mounted, so `show()` finds them.
  function mountAllAndReplay() {
    if (destroyed) return;
    stopPlaceholders = watchPlaceholders(document, (element) => guard.mount(element));
    defineRefundGuardElement(guard);
    for (const call of queued.calls) api(...(call as [string, ...unknown[]]));
  }
  if (document.body) mountAllAndReplay();
  else document.addEventListener('DOMContentLoaded', mountAllAndReplay, { once: true });
}

try {
  start(document.currentScript as HTMLScriptElement | null);
} catch (error) {
  // The host page must keep working even if RefundGuard cannot start.
  console.warn('[RefundGuard] could not start:', error);
}
