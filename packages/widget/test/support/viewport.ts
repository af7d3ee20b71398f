import { vi } from 'vitest';

/**
 * A stand-in for IntersectionObserver that the test drives: `scrollTo(element, ratio)` tells every
 * observer watching `element` that this much of it is now in the viewport, as the browser would.
 */
export function installFakeViewport() {
  const observers = new Set<FakeObserver>();
  /** Every observer that ever watched an element, disconnected or not. */
  const everyObserver = new Map<Element, FakeObserver[]>();

  class FakeObserver {
    readonly targets = new Set<Element>();
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      this.targets.add(target);
      observers.add(this);
      everyObserver.set(target, [...(everyObserver.get(target) ?? []), this]);
    }
    unobserve(target: Element) {
      this.targets.delete(target);
    }
    disconnect() {
      this.targets.clear();
      observers.delete(this);
    }
    takeRecords() {
      return [];
    }
    deliver(target: Element, ratio: number) {
      const entry = { target, intersectionRatio: ratio, isIntersecting: ratio > 0 } as IntersectionObserverEntry;
      this.callback([entry], this as unknown as IntersectionObserver);
    }
  }

  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return {
    /** Report that `ratio` (0 to 1) of `element` is inside the viewport. */
    scrollTo(element: Element, ratio: number) {
      for (const observer of [...observers]) if (observer.targets.has(element)) observer.deliver(element, ratio);
    },
    /** An entry the browser had queued before the observer disconnected, delivered afterwards. */
    deliverQueued(element: Element, ratio: number) {
      for (const observer of everyObserver.get(element) ?? []) observer.deliver(element, ratio);
    },
    /** How many observers still watch `element`. */
    watching(element: Element) {
      return [...observers].filter((observer) => observer.targets.has(element)).length;
    },
  };
}
