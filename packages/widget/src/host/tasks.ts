// Startup runs as a few short tasks instead of one long one: between two of them the browser can handle input
// and draw a frame.

/**
 * Call `callback` in a later task, never throwing: after `scheduler.yield()` where the browser has it, because its
 * continuation goes ahead of other queued work; else on a MessageChannel message, which has no 4 ms clamp and,
 * unlike `setTimeout`, still comes when a page (or a test) holds its timers; else at once.
 */
export function inNextTask(callback: () => void): void {
  const run = () => {
    try {
      callback();
    } catch {
      // Nothing from a later task may reach the page as an error.
    }
  };
  try {
    (globalThis as unknown as { scheduler: { yield(): Promise<void> } }).scheduler.yield().then(run);
  } catch {
    try {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        // Closed so it can be collected (in Node, an open port keeps the process alive).
        channel.port1.close();
        run();
      };
      channel.port2.postMessage(0);
    } catch {
      // A page without either: the rest of startup runs at once, as it did before it was split.
      run();
    }
  }
}
