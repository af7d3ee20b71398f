import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes lines in batches and waits for `drain` when the consumer is slower than the scan. */
export interface LineWriter {
  write(line: string): Promise<void>;
  end(): Promise<void>;
}

export function lineWriter(out: Writable, batchChars = 1 << 16): LineWriter {
  let batch = '';
  const flush = async () => {
    if (!batch) return;
    const ok = out.write(batch);
    batch = '';
    if (!ok) await once(out, 'drain');
  };
  return {
    async write(line) {
      batch += `${line}\n`;
      if (batch.length >= batchChars) await flush();
    },
    end: flush,
  };
}
