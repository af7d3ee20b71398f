import type { ScenarioId } from '@refundguard/core';

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
 * refundguard.js) must still be able to point it at its own guard.
 */
type ElementClass = CustomElementConstructor & { guard?: ElementGuard | null };

/**
 * Make `<refund-guard scenario="…">` render with `guard`. The class is
 * registered once per page (the registry cannot forget it); later calls point
 * it at another guard, and `null` empties existing elements. The class is built
 * on first call, so importing the widget on a server never touches `HTMLElement`.
 */
export function defineRefundGuardElement(guard: ElementGuard | null): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, createElementClass());
  (customElements.get(ELEMENT_NAME) as ElementClass).guard = guard;
  for (const element of document.querySelectorAll<RefundGuardElement>(ELEMENT_NAME)) element.refresh?.();
}

function createElementClass(): ElementClass {
  return class RefundGuardElementClass extends HTMLElement implements RefundGuardElement {
    static observedAttributes = ['scenario', 'variant'];
    static guard: ElementGuard | null = null;
    private unmount: (() => void) | undefined;

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
}
