// Sets up window.RefundGuard for a script-tag build; the two builds differ only in the integrations they pass.
import type { RefundGuardConfig } from '@refundguard/core';
import type { GuardEventName, GuardListener } from '../events.js';
import { createRefundGuard, type RefundGuard } from '../guard.js';
import type { GuardIntegration } from '../integration.js';
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

/** Marks a global whose guard has the chat guards, so a second chat file leaves it alone too. */
const CHAT_MARK = '__refundguardChat';
/** How the chat file takes over from a lean guard already on the page: its config, listeners and unplayed calls. */
const HANDOVER = '__refundguardHandover';

/** What a lean guard passes on when the chat file takes its place. */
interface Handover {
  config: RefundGuardConfig;
  listeners: [GuardEventName, GuardListener<GuardEventName>][];
  calls: unknown[][];
}

type LoadedGlobal = Record<string, unknown> & { [HANDOVER]?: () => Handover };

/**
 * Start the script-tag guard. Loading any build twice changes nothing; the chat build
 * loaded after the lean one replaces it (same config, listeners and placeholders), so a
 * page always ends up with one guard, with the chat guards when either file brought them.
 */
export function startScriptTag(script: HTMLScriptElement | null, integrations: readonly GuardIntegration[]): void {
  const existing = window.RefundGuard as LoadedGlobal | undefined;
  let handover: Handover | undefined;
  if (existing?.[LOADED_MARK]) {
    if (integrations.length === 0 || existing[CHAT_MARK] || !existing[HANDOVER]) return;
    handover = existing[HANDOVER]();
  }

  const attributes = readAttributeConfig(script);
  const queued = handover ? { config: handover.config, calls: handover.calls } : drainQueue(existing);
  // The page's `RefundGuard('init', …)` calls win over the script tag's attributes.
  const config: RefundGuardConfig = mergeConfig(attributes.config, queued.config);
  const guard = createRefundGuard(config, { integrations });
  for (const problem of attributes.problems) console.warn(`[RefundGuard] ${problem}`);
  const listeners = new Set(handover?.listeners ?? []);
  for (const [name, listener] of listeners) guard.on(name, listener);

  let stopPlaceholders = () => {};
  let destroyed = false;
  let replayed = false;
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
  // destroy, on and off are the global's own (below).
  for (const key of Object.keys(guard) as (keyof RefundGuard)[]) {
    const value = guard[key];
    if (typeof value === 'function' && !['destroy', 'on', 'off'].includes(key)) {
      Object.defineProperty(api, key, { value: value.bind(guard) });
    }
  }
  Object.defineProperties(api, {
    config: { get: () => guard.config },
    locale: { get: () => guard.locale },
    destroy: { value: destroy },
    // Listeners are remembered here too, so a takeover can pass them on.
    on: {
      value: (name: GuardEventName, listener: GuardListener<GuardEventName>) => {
        listeners.add([name, listener]);
        guard.on(name, listener);
      },
    },
    off: {
      value: (name: GuardEventName, listener: GuardListener<GuardEventName>) => {
        for (const entry of listeners) if (entry[0] === name && entry[1] === listener) listeners.delete(entry);
        guard.off(name, listener);
      },
    },
    [LOADED_MARK]: { value: true },
    [CHAT_MARK]: { value: integrations.length > 0 },
    [HANDOVER]: {
      value: (): Handover => {
        const passed = { config: guard.config, listeners: [...listeners], calls: replayed ? [] : queued.calls };
        destroy();
        return passed;
      },
    },
  });
  window.RefundGuard = api;

  // Queued calls run after the placeholders are mounted, so `show()` finds them.
  function mountAllAndReplay() {
    if (destroyed) return;
    replayed = true;
    stopPlaceholders = watchPlaceholders(document, (element) => guard.mount(element));
    defineRefundGuardElement(guard);
    for (const call of queued.calls) api(...(call as [string, ...unknown[]]));
  }
  if (document.body) mountAllAndReplay();
  else document.addEventListener('DOMContentLoaded', mountAllAndReplay, { once: true });
}

/** Run `startScriptTag` for the script element being evaluated; nothing it does may throw into the page. */
export function startFromCurrentScript(integrations: readonly GuardIntegration[]): void {
  try {
    startScriptTag(document.currentScript as HTMLScriptElement | null, integrations);
  } catch (error) {
    // The host page must keep working even if RefundGuard cannot start.
    console.warn('[RefundGuard] could not start:', error);
  }
}
