// A hardened page whose custom element registry refuses every definition.
customElements.define = () => {
  throw new DOMException('definitions are locked', 'NotSupportedError');
};
