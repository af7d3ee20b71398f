// The machine a report was measured on, so figures from different runs can be compared fairly.
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** CPU model (from /proc/cpuinfo where present), logical cores, memory and Node version. */
export function describeMachine() {
  let model = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {
    // Not Linux: os.cpus() already named it.
  }
  return {
    cpu: model,
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
