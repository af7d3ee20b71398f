// Sets up window.RefundGuard for a script-tag build; the two builds differ only in the integrations they pass.
import type { RefundGuardConfig } from '@refundguard/core';
import { WITH_INTEGRATIONS } from '../build-flags.js';
import { createProblemReporter, describeError, type ReportedProblem } from '../errors.js';
import type { GuardEventName, GuardListener } from '../events.js';
import { createRefundGuard, type RefundGuard } from '../guard.js';
import { openLocalStorage } from '../guard-state.js';
import type { GuardIntegration } from '../integration.js';
import { readAttributeConfig } from './attributes.js';
import { defineRefundGuardElement } from './custom-element.js';
import { ownScriptElement } from './own-script.js';
import { watchPlaceholders } from './placeholders.js';
import { drainQueue, mergeConfig } from './queue.js';
import { type Handover, isClobbered, markRunning, type RunningCopy, runningCopy } from './running-copy.js';
import { inNextTask } from './tasks.js';

/** `window.RefundGuard` once loaded: the guard itself, also callable as `RefundGuard('command', …args)`. */
export type RefundGuardGlobal = RefundGuard & ((command: string, ...args: unknown[]) => unknown);

declare global {
  interface Window {
    RefundGuard?: unknown;
  }
}

const commandName = (command: unknown) => (typeof command === 'string' ? `"${command}"` : typeof command);

/**
 * Start the script-tag guard. Loading any build twice changes nothing; the chat build
 * loaded after the lean one replaces it (same config, listeners and placeholders), so a
 * page always ends up with one guard, with the chat guards when either file brought them.
 * What the page made it skip or ignore is said once on the console and as an `error` event.
 */
export function startScriptTag(script: HTMLScriptElement | null, integrations: readonly GuardIntegration[]): void {
  const attributes = readAttributeConfig(script);
  const settings = JSON.stringify(attributes.config);
  const running = runningCopy();
  let handover: Handover | undefined;
  if (running) {
    if (settings !== '{}' && settings !== running.settings) {
      running.report({
        code: 'second-copy',
        message: 'a second copy with other data-* settings was ignored.',
      });
    }
    // Only a copy with the chat guards takes over (refundguard.js, built without integrations, never does).
    if (!WITH_INTEGRATIONS || integrations.length === 0 || running.chat) return;
    handover = running.handOver();
  }

  const problems: ReportedProblem[] = attributes.problems.map((message) => ({ code: message, message }));
  if (!script) {
    problems.push({
      code: 'no-current-script',
      message: "no document.currentScript (type=module?): data-* not read; use RefundGuard('init', config).",
    });
  }
  const existing = window.RefundGuard;
  if (!handover && isClobbered(existing)) {
    problems.push({
      code: 'clobbered-global',
      message: 'window.RefundGuard is a page element (id or name); queued calls lost, started anyway.',
    });
  }
  const queued = handover ? { config: handover.config, calls: handover.calls } : drainQueue(existing);
  // The page's `RefundGuard('init', …)` calls win over the script tag's attributes.
  const config: RefundGuardConfig = mergeConfig(attributes.config, queued.config);
  const guard = createRefundGuard(config, { integrations });
  const listeners = new Set(handover?.listeners ?? []);
  for (const [name, listener] of listeners) guard.on(name, listener);
  // Problems of the script tag itself go to the same `error` listeners as the guard's own.
  const reporter = createProblemReporter((problem) => {
    for (const [name, listener] of listeners) {
      try {
        if (name === 'error') (listener as GuardListener<'error'>)(problem);
      } catch {
        // One failing listener must not keep the others from hearing it.
      }
    }
    window.dispatchEvent(new CustomEvent('refundguard:error', { detail: problem }));
  });

  let stopPlaceholders = () => {};
  let destroyed = false;
  let replayed = false;
  const destroy = () => {
    destroyed = true;
    document.removeEventListener('DOMContentLoaded', resume);
    stopPlaceholders();
    defineRefundGuardElement(null);
    guard.destroy();
    if (window.RefundGuard === api) delete window.RefundGuard;
    if (runningCopy() === copy) markRunning(undefined);
  };

  // Every call is answered: a command that is not one, or one that fails, is reported, never thrown.
  const api = ((command: unknown, ...args: unknown[]) => {
    try {
      finishStartup();
      if (command === 'init') return guard.configure(args[0] as RefundGuardConfig);
      const method = typeof command === 'string' && Object.hasOwn(api, command) ? api[command as 'show'] : undefined;
      if (typeof method === 'function') return (method as (...a: unknown[]) => unknown)(...args);
      reporter.report({
        code: `command:${commandName(command)}`,
        message: `RefundGuard(${commandName(command)}) is not a command; see docs/embedding.md.`,
      });
    } catch (error) {
      reporter.report({ code: 'command', message: `RefundGuard(…) failed: ${describeError(error)}` });
    }
    return undefined;
  }) as RefundGuardGlobal;
  // destroy, on and off are the global's own (below); the other methods finish startup first.
  for (const key of Object.keys(guard) as (keyof RefundGuard)[]) {
    const value = guard[key];
    if (typeof value === 'function' && !['destroy', 'on', 'off'].includes(key)) {
      Object.defineProperty(api, key, {
        value: (...args: unknown[]) => {
          finishStartup();
          return (value as (...a: unknown[]) => unknown).apply(guard, args);
        },
      });
    }
  }
  Object.defineProperties(api, {
    config: {
      get: () => {
        finishStartup();
        return guard.config;
      },
    },
    locale: {
      get: () => {
        finishStartup();
        return guard.locale;
      },
    },
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
  });
  const copy: RunningCopy = {
    chat: integrations.length > 0,
    settings: running?.settings ?? settings,
    report: reporter.report,
    handOver: () => {
      const passed = { config: guard.config, listeners: [...listeners], calls: replayed ? [] : queued.calls };
      destroy();
      return passed;
    },
  };
  markRunning(copy);
  window.RefundGuard = api;

  // The rest of startup runs after this task (which evaluated the script and read the config), one step per
  // task, so no task holds all of it: the reminders are drawn in the next task, the queued calls (a toast and its
  // frequency check among them) two tasks later. Queued calls run after the placeholders are mounted, so `show()`
  // finds them; the script tag's own problems after them, so an `on('error')` in the queue hears them too.
  const steps = [
    () => {
      try {
        stopPlaceholders = watchPlaceholders(document, (element) => guard.mount(element));
        const elementProblem = defineRefundGuardElement(guard);
        if (elementProblem) problems.push({ code: 'element', message: elementProblem });
      } catch (error) {
        problems.push({ code: 'start', message: describeError(error) });
      }
    },
    // A queued reminder is shown only if its frequency cap allows it; the first read of localStorage waits for the
    // browser to load it, so that wait gets a task of its own rather than adding to the one that draws the toast.
    () => queued.calls.length > 0 && openLocalStorage(),
    () => {
      replayed = true;
      for (const call of queued.calls) (api as (...args: unknown[]) => unknown)(...call);
      for (const problem of problems) reporter.report(problem);
    },
  ];
  let step = 0;
  let busy = false;
  /** Run the next step; false when none is left, one is running, or the page has no body to mount into yet. */
  function runStep(): boolean {
    // An async script can run while the page is still being parsed, before the body exists.
    if (busy || destroyed || step >= steps.length || !document.body) return false;
    // Each step catches what it runs into itself, so the ones after it still run.
    busy = true;
    steps[step++]?.();
    busy = false;
    return true;
  }
  function resume() {
    if (runStep()) inNextTask(resume);
  }
  /**
   * Run what is left of startup now: for a call that comes before it is over (it then finds the placeholders
   * mounted and the queued calls played, as it would later) and for a copy taking over from a running one,
   * whose reminders it just took down, so that no frame shows the page without them.
   */
  function finishStartup() {
    while (runStep()) {
      // One step after the other, each once.
    }
  }
  // Before the body exists, the page has not been drawn either: the reminders are drawn in the task that
  // finished parsing it, so the page's first frame already holds them.
  if (document.body) inNextTask(resume);
  else document.addEventListener('DOMContentLoaded', resume, { once: true });
  if (handover) finishStartup();
}

/**
 * Run `startScriptTag` for the script element being evaluated. Nothing it does can throw into the page: both
 * script tags run inside the bundle's own try (bundle-guard.mjs), which says on the console why it could not start.
 */
export function startFromCurrentScript(integrations: readonly GuardIntegration[]): void {
  startScriptTag(ownScriptElement(), integrations);
}
