/** How long a reminder must stay at least half in view, without a break, to count as seen. */
export const SEEN_AFTER_MS = 1000;

/**
 * Call `onSeen` once, when at least half of `element` has been inside the viewport for
 * {@link SEEN_AFTER_MS} without a break. Scrolled away, hidden or taken off the page first, the
 * wait starts over. Where IntersectionObserver is missing the element counts as in view.
 * Returns a function that stops watching; `onSeen` is not called after it.
 */
export function whenSeen(element: Element, onSeen: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const inView = (visible: boolean) => {
    clearTimeout(timer);
    timer =
      visible && !stopped
        ? setTimeout(() => {
            stop();
            onSeen();
          }, SEEN_AFTER_MS)
        : undefined;
  };
  const observer =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            // Entries come when half the element crosses the viewport's edge; the latest one holds.
            for (const entry of entries) inView(entry.intersectionRatio >= 0.5);
          },
          { threshold: 0.5 },
        )
      : undefined;
  const stop = () => {
    // An entry already queued may still arrive after disconnect().
    stopped = true;
    clearTimeout(timer);
    observer?.disconnect();
  };
  if (observer) observer.observe(element);
  else inView(true);
  return stop;
}
