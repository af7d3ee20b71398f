import type { RunsInPage } from './engines.js';

/**
 * Count, from the page's first byte, the event listeners and MutationObservers that
 * refundguard.js adds and has not yet removed. Attribution is by call stack, so the
 * host page's own listeners never count. Run it before each document (`beforeEachDocument`).
 */
export function countGuardResources(): void {
  const fromGuard = () => /refundguard\.js/.test(new Error().stack ?? '');
  const listeners = new Map<string, EventTarget>();
  const key = (target: EventTarget, type: string, capture: unknown) =>
    `${(target as object).constructor.name}:${type}:${Boolean(typeof capture === 'object' ? (capture as AddEventListenerOptions)?.capture : capture)}`;
  const live = {
    observers: 0,
    // Listeners on nodes that left the page die with them; what counts is what still listens.
    get listeners() {
      return [...listeners.values()].filter((target) => !(target instanceof Node) || target.isConnected).length;
    },
  };
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (value: object) => {
    if (!ids.has(value)) ids.set(value, ++nextId);
    return ids.get(value);
  };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: unknown,
  ) {
    // `once` listeners remove themselves without calling removeEventListener, so they are not tracked.
    const once = typeof options === 'object' && (options as AddEventListenerOptions | null)?.once;
    if (listener && !once && fromGuard()) {
      const k = `${key(this, type, options)}:${idOf(this)}:${idOf(listener as object)}`;
      listeners.set(k, this);
    }
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: unknown,
    options?: unknown,
  ) {
    if (listener) {
      const k = `${key(this, type, options)}:${idOf(this)}:${idOf(listener as object)}`;
      listeners.delete(k);
    }
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  };
  const observing = new WeakSet<MutationObserver>();
  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
    if (!observing.has(this) && fromGuard()) {
      observing.add(this);
      live.observers += 1;
    }
    return observe.call(this, target, options);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    if (observing.delete(this)) live.observers -= 1;
    return disconnect.call(this);
  };
  (window as unknown as { __guardResources: typeof live }).__guardResources = live;
}

/** What the guard holds right now: listeners, observers, its own nodes and filled shadow roots. */
export function guardResources(page: RunsInPage) {
  return page.evaluate(() => {
    const live = (window as unknown as { __guardResources: { listeners: number; observers: number } }).__guardResources;
    const ownNodes = document.querySelectorAll('[data-refundguard-own]').length;
    const filledRoots = [...document.querySelectorAll('*')].filter(
      (element) => element.shadowRoot && element.shadowRoot.childElementCount > 0,
    ).length;
    return { listeners: live.listeners, observers: live.observers, ownNodes, filledRoots };
  }, undefined);
}

/** How many reminders (labelled regions) each placeholder's shadow root holds. */
export function remindersPerPlaceholder(page: RunsInPage) {
  return page.evaluate(
    () =>
      [...document.querySelectorAll('[data-refundguard], refund-guard')].map(
        (element) => element.shadowRoot?.querySelectorAll('section').length ?? 0,
      ),
    undefined,
  );
}
