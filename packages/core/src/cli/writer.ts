import type { Writable } from 'node:stream';

/** Writing the output failed (the reader closed the pipe, the disk is full…): the run cannot go on. */
export class OutputError extends Error {
  constructor(readonly code: string) {
    super(code === 'EPIPE' ? 'the output was closed before the end' : `could not write the output (${code})`);
  }
}

/** Writes lines in batches and waits for `drain` when the consumer is slower than the scan. */
export interface LineWriter {
  /** Queues a line; rejects with {@link OutputError} once the output has failed. */
  write(line: string): Promise<void>;
  /** Flushes what is queued and waits until the output has taken it. */
  end(): Promise<void>;
}

export function lineWriter(out: Writable, batchChars = 1 << 16): LineWriter {
  let batch = '';
  let failure: OutputError | undefined;
  let wake: (() => void) | undefined;
  // An output error arrives as an event; keep it, so the next write reports it instead of the process crashing.
  out.on('error', (error: NodeJS.ErrnoException) => {
    failure ??= new OutputError(error.code ?? 'EIO');
    wake?.();
  });
  const settled = (): Promise<void> =>
    new Promise<void>((resolve) => {
      wake = resolve;
      out.once('drain', resolve);
    }).finally(() => {
      wake = undefined;
    });
  const flush = async (): Promise<void> => {
    if (failure) throw failure;
    if (!batch) return;
    const ok = out.write(batch);
    batch = '';
    if (!ok) await settled();
    if (failure) throw failure;
  };
  return {
    async write(line) {
      if (failure) throw failure;
      batch += `${line}\n`;
      if (batch.length >= batchChars) await flush();
    },
    async end() {
      await flush();
      // Waits until everything written has reached the output, or the output has failed.
      await new Promise<void>((resolve) => {
        wake = resolve;
        out.write('', () => resolve());
      });
      if (failure) throw failure;
    },
  };
}
