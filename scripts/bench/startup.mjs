// Startup of the script-tag build in Chromium: time from refundguard.js starting to run until the
// reminder is on screen, the longest main-thread task, and cumulative layout shift, over fresh loads
// of the bench fixture pages (tests/bench-fixtures) served beside the examples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, launchOptions } from '../chromium-args.mjs';
import { repoRoot } from '../eval/corpus.mjs';
import { startServer } from '../serve.mjs';
import { profileStartup, readableScriptTagBuild } from './profile.mjs';

/** The placements docs/embedding.md documents, each on its own fixture page. */
export const PLACEMENTS = [
  {
    id: 'placeholder',
    label: 'placeholder banner (recommended: data-variant="banner", reserved min-height)',
    page: '/placeholder.html',
    recommended: true,
  },
  { id: 'toast', label: 'toast (page without a placeholder)', page: '/toast.html', recommended: false },
];

/** The placeholder page served with an empty refundguard.js: the page's own longest task, to tell it from the widget's. */
export const CONTROL_PAGE = '/placeholder.html';

/** A phone, since most buyers read the reminder on one. */
export const VIEWPORT = { width: 390, height: 844 };

const fixturesDir = join(repoRoot, 'tests/bench-fixtures');
const START_MARK = 'refundguard:script-start';
const FRAME_MARK = 'refundguard:frame';

/**
 * Runs in the page before any of its scripts. Records layout shifts and long tasks (buffered), and
 * watches every shadow root the page attaches: when a reminder (`section`) first appears in one,
 * the next animation frame is when it goes on screen, and the task after that frame is when it
 * has been painted.
 */
function instrumentPage() {
  const bench = { shifts: [], longTasks: [], inDom: null, frame: null, painted: null };
  window.__rgBench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.shifts.push({
        value: entry.value,
        startTime: entry.startTime,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?'),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const seen = () => {
    if (bench.inDom !== null) return;
    bench.inDom = performance.now();
    requestAnimationFrame(() => {
      bench.frame = performance.now();
      // The same moment in a trace, to tell how much main-thread work came before the reminder frame.
      performance.mark('refundguard:frame');
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.painted = performance.now();
      };
      channel.port2.postMessage(null);
    });
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    new MutationObserver(() => {
      if (root.querySelector('section')) seen();
    }).observe(root, { childList: true, subtree: true });
    return root;
  };
}

/** Windowed CLS as Chromium reports it: the worst session (gaps < 1 s, at most 5 s) of shifts without input. */
export function cumulativeLayoutShift(shifts) {
  let worst = 0;
  let session = 0;
  let sessionStart = -Infinity;
  let last = -Infinity;
  for (const shift of shifts.filter((s) => !s.hadRecentInput).sort((a, b) => a.startTime - b.startTime)) {
    if (shift.startTime - last > 1000 || shift.startTime - sessionStart > 5000) {
      session = 0;
      sessionStart = shift.startTime;
    }
    session += shift.value;
    last = shift.startTime;
    worst = Math.max(worst, session);
  }
  return worst;
}

/** The value at quantile `q` (0..1) of a list of numbers, nearest rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * One fresh load (new context: empty cache and storage) of a fixture page, with `script` served as its
 * refundguard.js; returns what the page recorded. `cpuThrottle` slows the renderer's CPU as DevTools
 * does (4 is a low-end phone).
 */
export async function loadOnce(browser, url, script, { locale = 'zh-CN', settleMs = 600, cpuThrottle = 1 } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale });
  try {
    const page = await context.newPage();
    if (cpuThrottle !== 1) {
      const devtools = await context.newCDPSession(page);
      await devtools.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    }
    // Mark the first statement of refundguard.js; the body is otherwise the built file, byte for byte.
    await page.route('**/refundguard.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `performance.mark(${JSON.stringify(START_MARK)});${script}`,
      }),
    );
    await page.addInitScript(instrumentPage);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__rgBench?.painted != null, null, {
      timeout: 10_000 * cpuThrottle,
      polling: 100,
    });
    // Later shifts (the toast's entrance, fonts) still count toward CLS.
    await page.waitForTimeout(settleMs);
    return await page.evaluate((mark) => {
      const bench = window.__rgBench;
      const start = performance.getEntriesByName(mark)[0]?.startTime ?? null;
      const resource = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/refundguard.js'));
      const placeholder = document.querySelector('[data-refundguard]');
      return {
        start,
        responseEnd: resource?.responseEnd ?? null,
        inDom: bench.inDom,
        frame: bench.frame,
        painted: bench.painted,
        shifts: bench.shifts,
        longTasks: bench.longTasks,
        placeholderHeight: placeholder ? placeholder.getBoundingClientRect().height : null,
        reservedHeight: placeholder ? Number.parseFloat(getComputedStyle(placeholder).minHeight) || 0 : null,
      };
    }, START_MARK);
  } finally {
    await context.close();
  }
}

/**
 * Trace one more fresh load and return the longest main-thread task in the renderer, with what ran
 * inside it (parsing, compiling and running refundguard.js, style and layout). Long-task entries only
 * report tasks over 50 ms; the trace shows the longest task whatever its length.
 */
export async function tracedLoad(browser, url, script, { reminder = true } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.route('**/refundguard.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `performance.mark(${JSON.stringify(START_MARK)});${script}`,
      }),
    );
    await page.addInitScript(instrumentPage);
    await browser.startTracing(page, {
      // The CPU profiler's samples tell which tasks ran refundguard.js even when no traced event names its URL
      // (a promise continuation, a task posted with scheduler.postTask or a MessageChannel).
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'blink.user_timing',
        'disabled-by-default-v8.cpu_profiler',
      ],
    });
    await page.goto(url, { waitUntil: 'load' });
    if (reminder)
      await page.waitForFunction(() => window.__rgBench?.painted != null, null, { timeout: 10_000, polling: 100 });
    await page.waitForTimeout(reminder ? 300 : 600);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    return longestTask(trace.traceEvents ?? trace, { origin: new URL(url).origin });
  } finally {
    await context.close();
  }
}

/**
 * When each CPU sample of the given renderer main threads was taken (`thread` is `pid:tid`) and whether
 * refundguard.js was on its stack, from the trace's `Profile`/`ProfileChunk` events (V8's sampling profiler);
 * empty when the trace has none.
 */
export function scriptSamples(events, mainThreads, pattern = /refundguard\.js/) {
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile' && mainThreads.has(`${e.pid}:${e.tid}`)) {
      profiles.set(`${e.pid}:${e.id}`, {
        thread: `${e.pid}:${e.tid}`,
        clock: e.args?.data?.startTime ?? e.ts,
        nodes: new Map(),
      });
    }
  }
  const samples = [];
  for (const e of events) {
    const profile = e.name === 'ProfileChunk' ? profiles.get(`${e.pid}:${e.id}`) : undefined;
    if (!profile) continue;
    const data = e.args?.data ?? {};
    for (const node of data.cpuProfile?.nodes ?? []) {
      const parent = node.parent === undefined ? undefined : profile.nodes.get(node.parent);
      profile.nodes.set(node.id, { ours: pattern.test(node.callFrame?.url ?? '') || Boolean(parent?.ours) });
    }
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      profile.clock += deltas[i] ?? 0;
      samples.push({ thread: profile.thread, ts: profile.clock, ours: Boolean(profile.nodes.get(id)?.ours) });
    });
  }
  return samples;
}

/**
 * The longest `RunTask` on the page's renderer main thread and the time of its largest kinds of work inside; the
 * same for the longest task that ran refundguard.js (an event inside names its URL, or a CPU sample inside has it
 * on the stack), and every such task's duration in order (`widgetTasksMs`). With `origin`, only renderers that
 * loaded a page from it count (the browser may run others, such as its new-tab page, beside it).
 */
export function longestTask(events, { origin } = {}) {
  const key = (e) => `${e.pid}:${e.tid}`;
  let mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(key),
  );
  if (origin) {
    const pages = new Set(
      events.filter((e) => mainThreads.has(key(e)) && e.args && JSON.stringify(e.args).includes(origin)).map(key),
    );
    if (pages.size > 0) mainThreads = pages;
  }
  const onMain = events.filter((e) => mainThreads.has(key(e)) && e.ph === 'X' && e.dur !== undefined);
  const isTask = (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';
  // Tasks can nest (a task runs a nested loop); only the outermost ones of each thread are its tasks.
  const ends = new Map();
  const tasks = onMain
    .filter(isTask)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)
    .filter((task) => {
      const inside = task.ts < (ends.get(key(task)) ?? -Infinity);
      if (!inside) ends.set(key(task), task.ts + task.dur);
      return !inside;
    });
  const within = (task, ts) => ts >= task.ts && ts < task.ts + task.dur;
  const ourSamples = scriptSamples(events, mainThreads).filter((sample) => sample.ours);
  const widgetTasks = tasks.filter(
    (task) =>
      onMain.some(
        (e) =>
          key(e) === key(task) &&
          within(task, e.ts) &&
          /refundguard\.js/.test(e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? ''),
      ) || ourSamples.some((sample) => sample.thread === key(task) && within(task, sample.ts)),
  );
  const inside = (task) => {
    // Self time per kind of work (time in an event minus its nested events), so nothing counts twice.
    const nested = onMain
      .filter((e) => e !== task && key(e) === key(task) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const work = {};
    const stack = [];
    const charge = (e, ms) => {
      const url = e.args?.data?.url ?? '';
      // A nested task's own time is work the trace does not name.
      const name = isTask(e) ? 'unnamed work' : e.name;
      const label = url ? `${name} (${url.split('/').pop()})` : name;
      work[label] = (work[label] ?? 0) + ms;
    };
    for (const e of nested) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) charge(parent, -e.dur / 1000);
      charge(e, e.dur / 1000);
      stack.push(e);
    }
    return Object.entries(work)
      .filter(([, ms]) => ms >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, ms]) => ({ name, ms }));
  };
  const longest = tasks.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), undefined);
  const widget = widgetTasks.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), undefined);
  // The main thread's CPU time in a task: on a loaded machine a task's wall time also holds the time the thread
  // waited for a core, which no change to the script can remove.
  const cpuMs = (task) => (task.tdur ?? task.dur) / 1000;
  const layouts = onMain.filter((e) => e.name === 'Layout').map((e) => e.dur / 1000);
  // Marks carry the thread's CPU clock (tts) too: the main thread's CPU time from script start to the reminder
  // frame, which machine load does not stretch.
  const mark = (name) => events.find((e) => e.name === name && mainThreads.has(key(e)) && e.tts !== undefined);
  const [start, frame] = [mark(START_MARK), mark(FRAME_MARK)];
  return {
    cpuToFrameMs: start && frame ? (frame.tts - start.tts) / 1000 : null,
    longestLayoutMs: layouts.length ? Math.max(...layouts) : null,
    longestMs: longest ? longest.dur / 1000 : null,
    longestWork: longest ? inside(longest) : [],
    widgetTaskMs: widget ? widget.dur / 1000 : null,
    widgetTasksMs: widgetTasks.map((task) => task.dur / 1000),
    widgetTaskCpuMs: widgetTasks.length ? Math.max(...widgetTasks.map(cpuMs)) : null,
    widgetTasksCpuMs: widgetTasks.map(cpuMs),
    widgetWork: widget ? inside(widget) : [],
  };
}

/**
 * Fresh loads of every placement in Chromium.
 * @param options.loads loads per placement (median and p95 over these)
 * @param options.tracedLoads extra traced loads per placement, for the longest task below 50 ms
 * @param options.profiledLoads extra CPU-profiled loads per placement, of an unminified build, for where the script's time goes
 * @param options.executablePath the Chromium to drive (nothing is downloaded)
 */
export async function runStartupBench({
  loads = 20,
  tracedLoads = 3,
  profiledLoads = 5,
  executablePath = CHROMIUM_PATH,
} = {}) {
  const script = readFileSync(join(repoRoot, 'packages/widget/dist/refundguard.js'), 'utf8');
  const readable = await readableScriptTagBuild();
  const server = await startServer({ port: 0, host: '127.0.0.1', extraRoots: [fixturesDir] });
  let browser;
  try {
    browser = await chromium.launch(launchOptions(executablePath));
    const placements = [];
    for (const placement of PLACEMENTS) {
      const url = `${server.url}${placement.page}`;
      await loadOnce(browser, url, script, { settleMs: 100 }); // warm the server and the browser's process pool
      const runs = [];
      for (let i = 0; i < loads; i++) runs.push(await loadOnce(browser, url, script));
      const traces = [];
      for (let i = 0; i < tracedLoads; i++) traces.push(await tracedLoad(browser, url, script));
      const profile = await profileStartup(browser, url, readable, { viewport: VIEWPORT, loads: profiledLoads });
      placements.push({ ...summarize(placement, runs, traces), profile });
    }
    const control = [];
    for (let i = 0; i < tracedLoads; i++) {
      control.push(await tracedLoad(browser, `${server.url}${CONTROL_PAGE}`, '', { reminder: false }));
    }
    const controlLongest = control.reduce((a, b) => ((b.longestMs ?? 0) > (a?.longestMs ?? -1) ? b : a), undefined);
    return {
      browserVersion: browser.version(),
      viewport: VIEWPORT,
      loads,
      tracedLoads,
      profiledLoads,
      placements,
      control: {
        longestMs: controlLongest?.longestMs ?? null,
        longestWork: controlLongest?.longestWork ?? [],
        longestLayoutMs: Math.max(0, ...control.map((trace) => trace.longestLayoutMs ?? 0)),
      },
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}

function summarize(placement, runs, traces) {
  const toFrame = runs.map((r) => r.frame - r.start);
  const toPaint = runs.map((r) => r.painted - r.start);
  const fromResponse = runs.filter((r) => r.responseEnd !== null).map((r) => r.frame - r.responseEnd);
  const longTasks = runs.flatMap((r) => r.longTasks);
  // A long task that overlaps the time from script start to the painted frame may hold the widget's work.
  const duringStartup = runs.flatMap((r) =>
    r.longTasks.filter((t) => t.startTime < r.painted && t.startTime + t.duration > r.start),
  );
  const cls = runs.map((r) => cumulativeLayoutShift(r.shifts));
  const shiftSources = [...new Set(runs.flatMap((r) => r.shifts.flatMap((s) => s.sources)))];
  const longestTraced = traces.reduce((a, b) => ((b.longestMs ?? 0) > (a?.longestMs ?? -1) ? b : a), undefined);
  const widgetTraced = traces.reduce((a, b) => ((b.widgetTaskMs ?? 0) > (a?.widgetTaskMs ?? -1) ? b : a), undefined);
  return {
    ...placement,
    toFrame: { p50: quantile(toFrame, 0.5), p95: quantile(toFrame, 0.95) },
    toPaint: { p50: quantile(toPaint, 0.5), p95: quantile(toPaint, 0.95) },
    fromResponseEnd: fromResponse.length
      ? { p50: quantile(fromResponse, 0.5), p95: quantile(fromResponse, 0.95) }
      : null,
    longTasksOver50: longTasks.length,
    longTasksDuringStartup: duringStartup.length,
    longestLongTaskMs: longTasks.length ? Math.max(...longTasks.map((t) => t.duration)) : null,
    loadsWithLongTask: runs.filter((r) => r.longTasks.length > 0).length,
    tracedLongestMs: longestTraced?.longestMs ?? null,
    tracedLongestWork: longestTraced?.longestWork ?? [],
    tracedWidgetTaskMs: widgetTraced?.widgetTaskMs ?? null,
    tracedWidgetWork: widgetTraced?.widgetWork ?? [],
    // Beside the wall time: what the tasks cost the main thread, which a loaded machine does not stretch.
    tracedWidgetTaskCpuMs: traces.length ? Math.max(...traces.map((t) => t.widgetTaskCpuMs ?? 0)) : null,
    tracedWidgetTasks: widgetTraced?.widgetTasksMs.length ?? 0,
    cls: { max: Math.max(...cls), p50: quantile(cls, 0.5) },
    shiftSources,
    placeholderHeight: runs[0]?.placeholderHeight ?? null,
    reservedHeight: runs[0]?.reservedHeight ?? null,
  };
}
