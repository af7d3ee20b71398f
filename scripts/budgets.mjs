// Size budgets in gzip -9 bytes, in one place for `pnpm size` and the performance report.
const KB = 1024;

/** What `pnpm size` enforces for the script-tag build (the widget issue's budget). */
export const SCRIPT_TAG_BUDGET = 20 * KB;

/** The performance issue's tighter target for the same file, reported by `pnpm bench`. */
export const SCRIPT_TAG_TARGET = 16 * KB;

/** Core with only scanText imported: what a server or worker that only scans pays. */
export const SCAN_ONLY = {
  contents: "export { scanText } from './packages/core/src/index.ts';",
  budget: 8 * KB,
};
