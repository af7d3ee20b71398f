const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]),select,textarea,[tabindex]:not([tabindex="-1"])';

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/**
 * Keep Tab inside `box`: from the last control to the first and back.
 * A modal `<dialog>` makes the page inert, but Tab would still leave for the browser's own UI.
 */
export function wrapTab(event: KeyboardEvent, box: HTMLElement): void {
  const items = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'));
  const first = items[0];
  const last = items[items.length - 1];
  const active = (box.getRootNode() as Document | ShadowRoot).activeElement;
  const target = event.shiftKey ? (active === first || active === box ? last : null) : active === last ? first : null;
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

/**
 * Focus the step target inside `box` (its element with `tabindex="-1"`: a question's legend, a verdict's heading)
 * just after it was drawn. Reading its box first lays it out: Firefox's `legend.focus()` does nothing for a legend
 * that has no layout box yet, and one drawn in the same task has none.
 */
export function focusStep(box: Element | null | undefined): void {
  const target = box?.querySelector<HTMLElement>('[tabindex="-1"]');
  target?.getBoundingClientRect();
  target?.focus();
}
