// Link detector evaluation on the corpus's urls-*.jsonl files (read in place, never copied).
// Run directly: `node scripts/eval/urls.mjs [corpusDir] [--links]` after `pnpm build`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../paths.mjs';

const root = repoRoot;

/** Where the shared corpus lives unless a path is given. */
export const DEFAULT_CORPUS = resolve(root, '../shared/corpus');

const share = (part, whole) => (whole ? part / whole : 0);

/**
 * Runs `core.checkUrl` over urls-dev.jsonl and measures what the buyer would see.
 * @param core the built `@refundguard/core` module (packages/core/dist/index.js)
 * @param corpusDir folder holding urls-dev.jsonl
 * @param file file name inside corpusDir
 * @returns one row per link and the headline metrics
 */
export function evaluateUrls(core, corpusDir = DEFAULT_CORPUS, file = 'urls-dev.jsonl') {
  const lines = readFileSync(join(corpusDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const rows = lines.map((line) => {
    const item = JSON.parse(line);
    const result = core.checkUrl(item.url, { officialDomains: item.officialDomains });
    return {
      url: item.url,
      label: item.label,
      op: item.op ?? null,
      target: item.target ?? null,
      level: result.level,
      verdict: result.verdict,
      imitates: result.imitates ?? null,
      reasons: result.reasons.map((r) => r.id),
    };
  });
  const of = (label) => rows.filter((r) => r.label === label);
  const lookalikes = of('lookalike');
  const official = of('official');
  const legit = of('legit');
  const caught = lookalikes.filter((r) => r.level === 'high');
  const byOp = {};
  for (const r of lookalikes) {
    const op = r.op ?? '?';
    byOp[op] ??= { total: 0, high: 0 };
    const o = byOp[op];
    o.total++;
    if (r.level === 'high') o.high++;
  }
  const metrics = {
    file,
    rows: rows.length,
    lookalikes: lookalikes.length,
    lookalikeRecallHigh: share(caught.length, lookalikes.length),
    targetNamedShare: share(
      lookalikes.filter((r) => r.level === 'high' && r.imitates === r.target).length,
      lookalikes.length,
    ),
    officialFlagged: official.filter((r) => r.verdict !== 'official' || r.level !== 'none').length,
    legitCalledLookalike: legit.filter((r) => r.verdict === 'lookalike').length,
    legitOffPlatformRate: share(legit.filter((r) => r.verdict === 'off-platform').length, legit.length),
    recallByOp: Object.fromEntries(Object.entries(byOp).map(([op, o]) => [op, share(o.high, o.total)])),
  };
  return { rows, metrics, misses: lookalikes.filter((r) => r.level !== 'high' || r.imitates !== r.target) };
}

/**
 * Prints the metrics as plain text; returns false when a target is missed. Individual links are
 * listed only with `showLinks` (a local debugging aid: reports that get committed hold figures only).
 */
export function printUrlReport({ metrics, misses, rows }, log = console.log, showLinks = false) {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  log(`${metrics.file}: ${metrics.rows} links, ${metrics.lookalikes} lookalikes`);
  log(`  lookalike recall at high      ${pct(metrics.lookalikeRecallHigh)}   (target >= 95%)`);
  log(`  lookalikes naming the target  ${pct(metrics.targetNamedShare)}`);
  log(`  official links flagged        ${metrics.officialFlagged}   (must be 0)`);
  log(`  legit sites called lookalike  ${metrics.legitCalledLookalike}   (must be 0)`);
  log(`  legit sites off-platform      ${pct(metrics.legitOffPlatformRate)}`);
  log(
    `  recall by technique: ${Object.entries(metrics.recallByOp)
      .map(([op, r]) => `${op} ${pct(r)}`)
      .join(', ')}`,
  );
  if (!showLinks) return passes(metrics);
  for (const m of misses.slice(0, 10)) log(`  miss: ${m.op} ${m.url} -> ${m.level} ${m.imitates ?? ''}`);
  for (const r of rows.filter((x) => x.label !== 'lookalike' && x.verdict === 'lookalike').slice(0, 10)) {
    log(`  false lookalike: ${r.url} -> ${r.imitates}`);
  }
  return passes(metrics);
}

const passes = (m) => m.lookalikeRecallHigh >= 0.95 && m.officialFlagged === 0 && m.legitCalledLookalike === 0;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const core = await import(
    pathToFileURL(process.env.REFUNDGUARD_CORE ?? join(root, 'packages/core/dist/index.js')).href
  );
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? DEFAULT_CORPUS;
  const ok = printUrlReport(evaluateUrls(core, dir), console.log, args.includes('--links'));
  process.exitCode = ok ? 0 : 1;
}
