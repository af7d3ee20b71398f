import type { ScenarioId } from '@refundguard/core';

/** What the element needs from a guard. */
export interface ElementGuard {
  mount(element: HTMLElement, options: { scenario: ScenarioId; variant?: 'card' | 'banner' }): () => void;
}

/** Tag name of the custom element: `<refund-guard scenario="after-sales" variant="banner">`. */
export const ELEMENT_NAME = 'refund-guard';

/** Used when the element has no `scenario` attribute. */
const DEFAULT_SCENARIO: ScenarioId = 'order-status';

let currentGuard: ElementGuard | null = null;

interface RefundGuardElement extends HTMLElement {
  refresh(): void;
}

/**
 * Make `<refund-guard scenario="…">` render with `guard`. The class is
 * registered once per page (the registry cannot forget it); later calls point
 * it at another guard, and `null` empties existing elements. The class is built
 * on first call, so importing the widget on a server never touches `HTMLElement`.
 */
export function defineRefundGuardElement(guard: ElementGuard | null): void {
  currentGuard = guard;
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(ELEMENT_NAME)) customElements.define(ELEMENT_NAME, createElementClass());
  for (const element of document.querySelectorAll<RefundGuardElement>(ELEMENT_NAME)) element.refresh?.();
}

function createElementClass(): CustomElementConstructor {
  return class extends HTMLElement implements RefundGuardElement {
    static observedAttributes = ['scenario', 'variant'];
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
      if (currentGuard && this.isConnected) {
        const scenario = (this.getAttribute('scenario') ?? DEFAULT_SCENARIO) as ScenarioId;
        const variant = this.getAttribute('variant') === 'banner' ? 'banner' : 'card';
        this.unmount = currentGuard.mount(this, { scenario, variant });
      }
    }

    private release() {
      this.unmount?.();
      this.unmount = undefined;
    }
  };
}
