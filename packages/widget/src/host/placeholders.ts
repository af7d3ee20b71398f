/** The attribute that marks a placeholder: `<div data-refundguard="after-sales">`. */
export const PLACEHOLDER_SELECTOR = '[data-refundguard]';

/** Mounts a reminder into one element and returns how to take it out again. */
export type MountElement = (element: HTMLElement) => () => void;

/**
 * Keep every `[data-refundguard]` placeholder on the page filled: those there now
 * and those a single-page app adds later, with one MutationObserver for the whole
 * document. Removed placeholders are unmounted so nothing leaks across routes.
 * Returns a function that unmounts everything and stops observing.
 */
export function watchPlaceholders(root: ParentNode & Node, mount: MountElement): () => void {
  const mounted = new Map<HTMLElement, () => void>();

  const mountWithin = (node: ParentNode) => {
    const candidates = [
      ...(node instanceof HTMLElement && node.matches(PLACEHOLDER_SELECTOR) ? [node] : []),
      ...node.querySelectorAll<HTMLElement>(PLACEHOLDER_SELECTOR),
    ];
    for (const element of candidates) {
      if (!mounted.has(element)) mounted.set(element, mount(element));
    }
  };

  const unmountDetached = () => {
    for (const [element, unmount] of mounted) {
      if (!element.isConnected) {
        mounted.delete(element);
        unmount();
      }
    }
  };

  mountWithin(root);
  const observer = new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      removed ||= record.removedNodes.length > 0;
      for (const node of record.addedNodes) {
        if (node instanceof HTMLElement) mountWithin(node);
      }
    }
    if (removed) unmountDetached();
  });
  observer.observe(root, { childList: true, subtree: true });

  return () => {
    observer.disconnect();
    for (const unmount of mounted.values()) unmount();
    mounted.clear();
  };
}
