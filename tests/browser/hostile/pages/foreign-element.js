// The page's own <refund-guard> element, defined before RefundGuard loads.
customElements.define(
  'refund-guard',
  class extends HTMLElement {
    connectedCallback() {
      this.textContent = 'the page’s own element';
    }
  },
);
