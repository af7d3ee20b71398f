import type { RiskLevel, ScenarioId } from '@refundguard/core';

/** Where a risk was seen. */
export type RiskSource = 'message' | 'link' | 'input' | 'scan';

/** A detector finding as events carry it: ids and categories, never the matched text. */
export interface SignalSummary {
  id: string;
  category: string;
}

/** Payloads of the events a guard emits, by name. */
export interface GuardEventMap {
  ready: { locale: string };
  shown: { scenario: ScenarioId; variant: 'card' | 'banner' | 'toast'; revision: string };
  dismissed: { scenario: ScenarioId };
  acknowledged: { source: RiskSource; choice: 'stop' | 'continue' };
  risk: { level: RiskLevel; source: RiskSource; signals: SignalSummary[] };
  selfcheck_completed: { verdict: 'scam' | 'caution' | 'clear' };
  helpline_clicked: { kind: string };
  error: { code: string; message: string };
}

/** Every event name a guard emits. */
export type GuardEventName = keyof GuardEventMap;

/** A callback for one event. */
export type GuardListener<K extends GuardEventName> = (detail: GuardEventMap[K]) => void;

/** Emits to `on()` callbacks and as `refundguard:NAME` CustomEvents on `window`. */
export interface GuardEvents {
  emit<K extends GuardEventName>(name: K, detail: GuardEventMap[K]): void;
  on<K extends GuardEventName>(name: K, listener: GuardListener<K>): void;
  off<K extends GuardEventName>(name: K, listener: GuardListener<K>): void;
  clear(): void;
}

/**
 * Typed event hub. A listener that throws is isolated: the others still run and
 * the host page never sees the error, only `onListenerError`.
 * `ready` is sticky: a late `on('ready')` still hears it.
 */
export function createGuardEvents(onListenerError: (error: unknown) => void): GuardEvents {
  const listeners = new Map<GuardEventName, Set<GuardListener<never>>>();
  let readyDetail: GuardEventMap['ready'] | undefined;
  const call = <K extends GuardEventName>(listener: GuardListener<K>, detail: GuardEventMap[K]) => {
    try {
      listener(detail);
    } catch (error) {
      onListenerError(error);
    }
  };
  return {
    emit(name, detail) {
      if (name === 'ready') readyDetail = detail as GuardEventMap['ready'];
      for (const listener of listeners.get(name) ?? []) call(listener as GuardListener<typeof name>, detail);
      if (typeof window !== 'undefined' && typeof CustomEvent === 'function') {
        window.dispatchEvent(new CustomEvent(`refundguard:${name}`, { detail }));
      }
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as GuardListener<never>);
      if (name === 'ready' && readyDetail) {
        const detail = readyDetail;
        queueMicrotask(() => {
          if (set.has(listener as GuardListener<never>)) call(listener, detail as GuardEventMap[typeof name]);
        });
      }
    },
    off(name, listener) {
      listeners.get(name)?.delete(listener as GuardListener<never>);
    },
    clear() {
      listeners.clear();
    },
  };
}
