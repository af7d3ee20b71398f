// Where refundguard.js spends its startup: a V8 CPU profile of one fresh load of a bench fixture,
// running an unminified build of the same entry (same sources, same bundling, readable names), with
// self time summed per function and per source file.
import { join } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../eval/corpus.mjs';

/** The script-tag entry bundled like rollup.config.mjs does, minus minification, so the profile names functions. */
export async function readableScriptTagBuild() {
  const { outputFiles } = await build({
    entryPoints: [join(repoRoot, 'packages/widget/src/host/script-tag.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { '@refundguard/core': join(repoRoot, 'packages/core/src/index.ts') },
    mainFields: ['browser', 'module', 'main'],
    conditions: ['browser', 'module', 'import'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  return outputFiles[0].text;
}

/**
 * Profile `loads` fresh loads of `url` in `browser`, serving `script` as /refundguard.js.
 * @returns per load on average: the script's self time, and its top functions and source modules
 */
export async function profileStartup(browser, url, script, { viewport, locale = 'zh-CN', loads = 5, top = 8 } = {}) {
  const profiles = [];
  for (let i = 0; i < loads; i++) profiles.push(await profileOnce(browser, url, script, { viewport, locale }));
  return summarizeProfiles(profiles, script, top);
}

async function profileOnce(browser, url, script, { viewport, locale }) {
  const context = await browser.newContext({ viewport, locale });
  try {
    const page = await context.newPage();
    await page.route('**/refundguard.js', (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('*')].some((el) => el.shadowRoot?.querySelector('section')),
    );
    return (await cdp.send('Profiler.stop')).profile;
  } finally {
    await context.close();
  }
}

/** Self time per function and per source module of the frames that came from refundguard.js, per profile on average. */
export function summarizeProfiles(profiles, script, top = 8) {
  // esbuild heads every bundled module with a `// path/to/module.ts` line comment.
  const modules = script
    .split('\n')
    .map((text, line) => ({ line, path: /^\s*\/\/ ((?:packages|node_modules)\/\S+)$/.exec(text)?.[1] }))
    .filter((entry) => entry.path);
  // A frame's line is where its function starts; the IIFE's own body (every module's top-level code) starts above the first module.
  const moduleAt = (line) => {
    let found = 'top-level code of every module';
    for (const entry of modules) {
      if (entry.line > line) break;
      found = entry.path.replace(/^node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, '');
    }
    return found;
  };
  const byFunction = new Map();
  const byModule = new Map();
  let totalMs = 0;
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const profile of profiles) {
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    // A sample's time is the gap to the next sample.
    const deltas = profile.timeDeltas ?? [];
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id)?.callFrame;
      if (!frame?.url.endsWith('/refundguard.js')) return;
      const ms = (deltas[i + 1] ?? 0) / 1000 / profiles.length;
      const module = moduleAt(frame.lineNumber);
      add(byFunction, `${frame.functionName || '(anonymous)'} (${module.split('/').pop()})`, ms);
      add(byModule, module, ms);
      totalMs += ms;
    });
  }
  const ranked = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms }));
  return { totalMs, functions: ranked(byFunction), modules: ranked(byModule) };
}
