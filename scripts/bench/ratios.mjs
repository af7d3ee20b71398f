// Startup of both script tags as a ratio to the floor (scripts/bench/floor.mjs), in one run, at 1× and
// under 4× CPU throttling: script start → reminder frame on the recommended placement (the banner in a
// reserved placeholder), fresh loads with the contenders interleaved so machine load hits all alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHAT_SCRIPT, LEAN_SCRIPT } from '../budgets.mjs';
import { CHROMIUM_PATH, launchOptions } from '../chromium-args.mjs';
import { repoRoot } from '../paths.mjs';
import { startServer } from '../serve.mjs';
import { floorScript } from './floor.mjs';
import { cumulativeLayoutShift, loadOnce, PLACEMENTS, quantile } from './startup.mjs';

/** The targets: each file's median as a multiple of the floor's, per CPU throttling rate. */
export const RATIO_TARGETS = {
  1: { 'refundguard.js': 2, 'refundguard-chat.js': 2.5 },
  4: { 'refundguard.js': 1.3, 'refundguard-chat.js': 1.6 },
};

const fixturesDir = join(repoRoot, 'tests/bench-fixtures');

/**
 * Fresh loads of the recommended placement per contender and throttling rate.
 * @returns {Promise<{ rates: { rate: number, contenders: { name: string, p50: number, p95: number,
 *   receivedP50: number | null, ratio: number | null, receivedRatio: number | null, target: number | null,
 *   cls: number }[] }[], failures: string[] }>} (a load whose reminder never appeared is in `failures`)
 */
export async function runStartupRatios({ loads = 15, rates = [1, 4], executablePath = CHROMIUM_PATH } = {}) {
  const contenders = [
    { name: 'floor (Preact + signals, same text)', script: await floorScript() },
    { name: 'refundguard.js', script: readFileSync(join(repoRoot, LEAN_SCRIPT.file), 'utf8') },
    { name: 'refundguard-chat.js', script: readFileSync(join(repoRoot, CHAT_SCRIPT.file), 'utf8') },
  ];
  const placement = PLACEMENTS.find((p) => p.recommended);
  const server = await startServer({ port: 0, host: '127.0.0.1', extraRoots: [fixturesDir] });
  let browser;
  try {
    browser = await chromium.launch(launchOptions(executablePath));
    const url = `${server.url}${placement.page}`;
    const results = [];
    const failures = [];
    for (const rate of rates) {
      const runs = contenders.map(() => []);
      for (const contender of contenders) await loadOnce(browser, url, contender.script, { settleMs: 100 });
      for (let i = 0; i < loads; i++) {
        for (const [index, contender] of contenders.entries()) {
          try {
            runs[index].push(await loadOnce(browser, url, contender.script, { cpuThrottle: rate, settleMs: 300 }));
          } catch (error) {
            // A load that never shows the reminder is counted, not hidden.
            failures.push(`${rate}× ${contender.name}: ${String(error).split('\n')[0]}`);
          }
        }
      }
      const summaries = contenders.map((contender, index) => {
        const toFrame = runs[index].map((r) => r.frame - r.start);
        const received = runs[index].filter((r) => r.responseEnd !== null).map((r) => r.frame - r.responseEnd);
        return {
          name: contender.name,
          p50: quantile(toFrame, 0.5),
          p95: quantile(toFrame, 0.95),
          receivedP50: received.length ? quantile(received, 0.5) : null,
          cls: Math.max(...runs[index].map((r) => cumulativeLayoutShift(r.shifts))),
          target: RATIO_TARGETS[rate]?.[contender.name] ?? null,
        };
      });
      const [floor] = summaries;
      results.push({
        rate,
        contenders: summaries.map((s, index) => ({
          ...s,
          ratio: index === 0 ? null : s.p50 / floor.p50,
          receivedRatio: index === 0 || !s.receivedP50 || !floor.receivedP50 ? null : s.receivedP50 / floor.receivedP50,
        })),
      });
    }
    return { loads, placement: placement.id, rates: results, failures };
  } finally {
    await browser?.close();
    await server.close();
  }
}
