// Startup of two builds of the script tags side by side, in one browser and one run, load for load: a saved build
// ("before") against the sources as they are now ("after"). On a shared machine figures from separate runs are not
// comparable; alternating the two builds load by load lets the machine's load hit both alike.
//
//   node scripts/bench/compare-startup.mjs --save /tmp/before      build the script tags as they are now, keep them
//   node scripts/bench/compare-startup.mjs --before /tmp/before    compare them with a fresh build of the sources
//
// Options: --after DIR (compare two saved builds), --rounds N (traced loads per placement and build, default 6),
// --loads N (untraced loads per contender and CPU rate, default 10), --rates 1,4, --skip traces|ratios.
// Prints, per build: every task that ran refundguard.js in traced loads (the issue's "no task over 50 ms"), the
// median time from script start to the reminder frame per placement, and the ratio to the floor per CPU rate.
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, launchOptions } from '../chromium-args.mjs';
import { repoRoot } from '../paths.mjs';
import { startServer } from '../serve.mjs';
import { floorScript } from './floor.mjs';
import { RATIO_TARGETS } from './ratios.mjs';
import { buildScriptTags } from './script-tags.mjs';
import { cumulativeLayoutShift, loadOnce, PLACEMENTS, quantile, tracedLoad } from './startup.mjs';

const { values: options } = parseArgs({
  options: {
    save: { type: 'string' },
    before: { type: 'string' },
    after: { type: 'string' },
    rounds: { type: 'string', default: '6' },
    loads: { type: 'string', default: '10' },
    rates: { type: 'string', default: '1,4' },
    skip: { type: 'string', multiple: true, default: [] },
  },
});

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const ms = (value) => (value === null || value === undefined ? '–' : `${value.toFixed(1)} ms`);

if (options.save) {
  const files = await buildScriptTags(options.save);
  console.log(`saved ${files.lean} and ${files.chat}`);
  process.exit(0);
}
if (!options.before) {
  console.error('usage: compare-startup.mjs --save DIR | --before DIR [--after DIR] [--rounds N] [--loads N]');
  process.exit(2);
}

const afterDir = options.after ?? mkdtempSync(join(tmpdir(), 'refundguard-after-'));
if (!options.after) await buildScriptTags(afterDir);
const builds = ['before', 'after'].map((name) => {
  const dir = name === 'before' ? options.before : afterDir;
  return {
    name,
    lean: readFileSync(join(dir, 'refundguard.js'), 'utf8'),
    chat: readFileSync(join(dir, 'refundguard-chat.js'), 'utf8'),
  };
});
console.log(
  `before: ${options.before} (${builds[0].lean.length} B lean), after: ${afterDir} (${builds[1].lean.length} B lean)`,
);

const server = await startServer({ port: 0, host: '127.0.0.1', extraRoots: [join(repoRoot, 'tests/bench-fixtures')] });
const browser = await chromium.launch(launchOptions(CHROMIUM_PATH));
try {
  if (!options.skip.includes('traces')) await compareTasks();
  if (!options.skip.includes('ratios')) await compareRatios();
} finally {
  await browser.close();
  await server.close();
}

/** The main thread's CPU time from script start to the reminder frame, of each traced load that has both marks. */
function cpuToFrame(traces) {
  return traces.map((trace) => trace.cpuToFrameMs).filter((value) => value !== null);
}

/**
 * Traced loads of each placement, the builds alternating (the floor too, on the placement it can draw), with the
 * order rotating from round to round.
 */
async function compareTasks() {
  const rounds = Number(options.rounds);
  const floor = { name: 'floor', lean: await floorScript() };
  console.log(`\nTasks that ran refundguard.js, ${rounds} traced loads per placement and build (load ${load()})`);
  for (const placement of PLACEMENTS) {
    const url = `${server.url}${placement.page}`;
    const contenders = placement.recommended ? [floor, ...builds] : builds;
    const traces = contenders.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < contenders.length; k++) {
        const index = (round + k) % contenders.length;
        traces[index].push(await tracedLoad(browser, url, contenders[index].lean));
      }
    }
    const floorCpu = placement.recommended ? quantile(cpuToFrame(traces[0]), 0.5) : null;
    for (const [index, build] of contenders.entries()) {
      const toFrame = quantile(cpuToFrame(traces[index]), 0.5);
      const ratio = floorCpu && build !== floor ? `, ${(toFrame / floorCpu).toFixed(2)}× the floor's` : '';
      console.log(
        `  ${placement.id.padEnd(11)} ${build.name.padEnd(6)} main-thread CPU, script start → reminder frame: p50 ${ms(toFrame)}${ratio}`,
      );
      if (build === floor) continue;
      const longest = traces[index].map((trace) => trace.widgetTaskMs ?? 0);
      const longestCpu = traces[index].map((trace) => trace.widgetTaskCpuMs ?? 0);
      const counts = traces[index].map((trace) => trace.widgetTasksMs.length);
      const worst = traces[index].reduce((a, b) => ((b.widgetTaskMs ?? 0) > (a.widgetTaskMs ?? 0) ? b : a));
      console.log(
        `      longest widget task p50 ${ms(quantile(longest, 0.5))}, max ${ms(Math.max(...longest))}; loads with one ` +
          `over 50 ms: ${longest.filter((v) => v > 50).length}/${rounds}; tasks per load ${quantile(counts, 0.5)}`,
      );
      console.log(`      per load: ${longest.map((v) => v.toFixed(0)).join(', ')} ms`);
      console.log(
        `      most main-thread CPU time in one widget task: p50 ${ms(quantile(longestCpu, 0.5))}, max ` +
          `${ms(Math.max(...longestCpu))}; per load ${longestCpu.map((v) => v.toFixed(0)).join(', ')} ms`,
      );
      console.log(
        `      worst load's tasks: ${worst.widgetTasksMs.map((v) => v.toFixed(1)).join(', ')} ms (CPU ` +
          `${worst.widgetTasksCpuMs.map((v) => v.toFixed(1)).join(', ')} ms); inside the longest: ` +
          `${worst.widgetWork.map((w) => `${w.name} ${w.ms.toFixed(1)}`).join(', ')}`,
      );
    }
  }
  console.log(`  (load ${load()})`);
}

/** Fresh loads of the recommended placement: the floor and both files of both builds, interleaved, per CPU rate. */
async function compareRatios() {
  const loads = Number(options.loads);
  const placement = PLACEMENTS.find((p) => p.recommended);
  const url = `${server.url}${placement.page}`;
  const contenders = [
    { name: 'floor', script: await floorScript() },
    ...builds.flatMap((build) => [
      { name: `refundguard.js ${build.name}`, file: 'refundguard.js', script: build.lean },
      { name: `refundguard-chat.js ${build.name}`, file: 'refundguard-chat.js', script: build.chat },
    ]),
  ];
  for (const rate of options.rates.split(',').map(Number)) {
    console.log(`\nScript start → reminder frame, ${placement.id}, ${rate}× CPU, ${loads} loads each (load ${load()})`);
    const runs = contenders.map(() => []);
    for (const contender of contenders) await loadOnce(browser, url, contender.script, { settleMs: 100 });
    for (let i = 0; i < loads; i++) {
      // Rotate who goes first, so no contender always follows the same one.
      for (let k = 0; k < contenders.length; k++) {
        const index = (i + k) % contenders.length;
        try {
          runs[index].push(
            await loadOnce(browser, url, contenders[index].script, { cpuThrottle: rate, settleMs: 300 }),
          );
        } catch (error) {
          console.log(`  ${contenders[index].name}: a load failed: ${String(error).split('\n')[0]}`);
        }
      }
    }
    const floor = quantile(
      runs[0].map((r) => r.frame - r.start),
      0.5,
    );
    for (const [index, contender] of contenders.entries()) {
      const toFrame = runs[index].map((r) => r.frame - r.start);
      const p50 = quantile(toFrame, 0.5);
      const cls = Math.max(...runs[index].map((r) => cumulativeLayoutShift(r.shifts)));
      const target = contender.file ? RATIO_TARGETS[rate]?.[contender.file] : undefined;
      console.log(
        `  ${contender.name.padEnd(27)} p50 ${ms(p50).padStart(9)}  p95 ${ms(quantile(toFrame, 0.95)).padStart(9)}` +
          `${index === 0 ? '' : `  ratio ${(p50 / floor).toFixed(2)}×${target ? ` (target ≤ ${target}×)` : ''}`}  CLS ${cls.toFixed(4)}`,
      );
    }
    console.log(`  (load ${load()})`);
  }
}
