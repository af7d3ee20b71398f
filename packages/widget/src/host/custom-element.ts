import type { ScenarioId } from '@refundguard/core';
import { describeError } from '../errors.js';

/** What the element needs from a guard. */
export interface ElementGuard {
  mount(element: HTMLElement, options: { scenario: ScenarioId; variant?: 'card' | 'banner' }): () => void;
}

/** Tag name of the custom element: `<refund-guard scenario="after-sales" variant="banner">`. */
export const ELEMENT_NAME = 'refund-guard';

/** Used when the element has no `scenario` attribute. */
const DEFAULT_SCENARIO: ScenarioId = 'order-status';

interface RefundGuardElement extends HTMLElement {
  refresh(): void;
}

/**
 * The registered class keeps the guard, not this module: the registry holds the class of
 * whichever build defined it first, and a later build (refundguard-chat.js after
 * refundguard.js) must still be able to point it at its own guard. `OURS` tells that class
 * from one the page defined under the same name, whose elements are never touched.
 */
type ElementClass = CustomElementConstructor & { guard?: ElementGuard | null; [OURS]?: true };

const OURS: unique symbol = Symbol.for('refundguard.element');

/**
 * Make `<refund-guard scenario="…">` render with `guard`. The class is
 * registered once per page (the registry cannot forget it); later calls point
 * it at another guard, and `null` empties existing elements. The class is built
 * on first call, so importing the widget on a server never touches `HTMLElement`.
 * Never throws: returns what went wrong (the page defined `refund-guard` itself, or the
 * registry refused), so the caller can report it.
 */
export function defineRefundGuardElement(guard: ElementGuard | null): string | undefined {
  try {
    if (typeof customElements === 'undefined') return undefined;
    if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, createElementClass());
    const registered = customElements.get(ELEMENT_NAME) as ElementClass;
    if (!registered[OURS]) return unavailable('the page defines it');
    registered.guard = guard;
    for (const element of document.querySelectorAll(ELEMENT_NAME)) {
      if (element instanceof registered) (element as RefundGuardElement).refresh();
    }
    return undefined;
  } catch (error) {
    return unavailable(describeError(error));
  }
}

const unavailable = (why: string) => `<${ELEMENT_NAME}> left alone (${why}); use data-refundguard placeholders.`;

// No class fields: the script tags are compiled for ES2020, where each field becomes a defineProperty call.
function createElementClass(): ElementClass {
  const element = class RefundGuardElementClass extends HTMLElement implements RefundGuardElement {
    static get observedAttributes() {
      return ['scenario', 'variant'];
    }
    declare static guard: ElementGuard | null | undefined;
    declare private unmount: (() => void) | undefined;

    connectedCallback() {
      this.refresh();
    }

    disconnectedCallback() {
      this.release();
    }

    attributeChangedCallback() {
      if (this.isConnected) this.refresh();
    }

    refresh() {
      this.release();
      const guard = RefundGuardElementClass.guard;
      if (guard && this.isConnected) {
        const scenario = (this.getAttribute('scenario') ?? DEFAULT_SCENARIO) as ScenarioId;
        const variant = this.getAttribute('variant') === 'banner' ? 'banner' : 'card';
        this.unmount = guard.mount(this, { scenario, variant });
      }
    }

    private release() {
      this.unmount?.();
      this.unmount = undefined;
    }
  };
  return Object.assign(element, { [OURS]: true as const });
}
