// `pnpm bench`: scanText throughput on ~10 MB of corpus messages beside two baselines run in the
// same process on the same messages: one `indexOf` scan per lexicon pattern, and one RegExp
// alternation of all patterns. Baselines only lower-case the text; scanText also normalizes it
// (NFKC, Traditional→Simplified, separators) and scores it. Importable: `runScanBench()` returns
// the figures for a later performance report.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { corpusDir, readJsonl, repoRoot } from '../eval/corpus.mjs';

/** Messages (dialogue turns count as one message) repeated until `targetBytes` of UTF-8. */
export function benchMessages(dir, targetBytes) {
  const pool = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && !f.startsWith('urls'))
    .flatMap((f) => readJsonl(dir, f).map((row) => row.text))
    .filter((text) => typeof text === 'string' && text.length > 0);
  const messages = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const text = pool[i % pool.length];
    messages.push(text);
    bytes += Buffer.byteLength(text);
  }
  return { messages, bytes };
}

/** The lexicon's patterns, as the baselines see them (lower case, `*` prefix marks removed). */
async function lexiconPatterns() {
  const { outputFiles } = await build({
    entryPoints: [join(repoRoot, 'packages/core/src/detect/lexicon.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
  });
  const source = outputFiles[0].text;
  const { LEXICON, NEGATORS } = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  const terms = [...Object.values(LEXICON).flatMap((list) => list.split('|')), ...NEGATORS.split('|')];
  return [...new Set(terms.map((t) => t.replace(/\*$/, '').toLowerCase()))];
}

/**
 * The scoring step alone, from the core sources: the learned scorer (`scoreMessage`, the model with the rule
 * signals as features) beside the hand-written rules (`scoreSignals`), over messages normalized and read
 * once beforehand, so the model's own cost shows apart from normalization and matching.
 */
async function scoringBench(messages, bytes) {
  const { outputFiles } = await build({
    stdin: {
      contents: [
        "export { normalize } from './packages/core/src/detect/normalize.ts';",
        "export { findSignals } from './packages/core/src/detect/find-signals.ts';",
        "export { scoreMessage, scoreSignals } from './packages/core/src/detect/score.ts';",
      ].join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    logLevel: 'silent',
  });
  const source = outputFiles[0].text;
  const core = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  const read = messages.map((text) => {
    const normalized = core.normalize(text);
    return { text: normalized.text, signals: core.findSignals(normalized) };
  });
  const contenders = {
    model: ({ text, signals }) => core.scoreMessage(text, signals).score,
    rules: ({ signals }) => core.scoreSignals(signals).score,
  };
  const out = {};
  for (const [name, score] of Object.entries(contenders)) {
    time(read.slice(0, 2000), score);
    const { ms } = time(read, score);
    out[name] = { ms, mbPerSecond: bytes / 1024 / 1024 / (ms / 1000) };
  }
  return out;
}

function time(messages, scan) {
  let sink = 0;
  const start = performance.now();
  for (const text of messages) sink += scan(text);
  return { ms: performance.now() - start, sink };
}

/**
 * @param options.core the built core module (defaults to packages/core/dist/index.js)
 * @param options.targetBytes how much text to scan (default 10 MB)
 * @returns per contender: MB/s and µs per message, plus scanText's speed relative to each baseline
 */
export async function runScanBench({ core, dir = corpusDir(), targetBytes = 10 * 1024 * 1024 } = {}) {
  const scanner = core ?? (await import(pathToFileURL(join(repoRoot, 'packages/core/dist/index.js')).href));
  const { messages, bytes } = benchMessages(dir, targetBytes);
  const patterns = await lexiconPatterns();
  const escaped = patterns.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const alternation = new RegExp(escaped.join('|'), 'g');

  const contenders = {
    scanText: (text) => scanner.scanText(text).signals.length,
    indexOf: (text) => {
      const lower = text.toLowerCase();
      let found = 0;
      for (const pattern of patterns) {
        for (let at = lower.indexOf(pattern); at !== -1; at = lower.indexOf(pattern, at + 1)) found++;
      }
      return found;
    },
    regexp: (text) => {
      const lower = text.toLowerCase();
      let found = 0;
      alternation.lastIndex = 0;
      while (alternation.exec(lower) !== null) found++;
      return found;
    },
  };

  const warm = messages.slice(0, 2000);
  for (const scan of Object.values(contenders)) time(warm, scan);
  const results = {};
  for (const [name, scan] of Object.entries(contenders)) {
    const { ms } = time(messages, scan);
    results[name] = { ms, mbPerSecond: bytes / 1024 / 1024 / (ms / 1000), usPerMessage: (ms * 1000) / messages.length };
  }
  const scoring = await scoringBench(messages, bytes);
  return {
    bytes,
    scoring,
    messages: messages.length,
    patterns: patterns.length,
    results,
    ratios: {
      scanTextVsIndexOf: results.indexOf.ms / results.scanText.ms,
      scanTextVsRegExp: results.regexp.ms / results.scanText.ms,
    },
  };
}

/** Prints a bench result as a small table; ratios above 1 mean scanText is faster. */
export function printScanBench(result, log = console.log) {
  log(
    `${(result.bytes / 1024 / 1024).toFixed(1)} MB in ${result.messages} messages, ${result.patterns} lexicon patterns`,
  );
  log('contender   MB/s     µs/message');
  for (const [name, r] of Object.entries(result.results)) {
    log(`${name.padEnd(10)} ${r.mbPerSecond.toFixed(2).padStart(7)}  ${r.usPerMessage.toFixed(2).padStart(9)}`);
  }
  if (result.scoring) {
    log(
      `scoring alone: learned scorer ${result.scoring.model.mbPerSecond.toFixed(2)} MB/s, ` +
        `rules ${result.scoring.rules.mbPerSecond.toFixed(2)} MB/s (on text already normalized and read)`,
    );
  }
  log(`scanText with the learned scorer: ${result.results.scanText.mbPerSecond.toFixed(2)} MB/s (target ≥ 10 MB/s)`);
  log(`scanText speed vs indexOf baseline: ×${result.ratios.scanTextVsIndexOf.toFixed(2)} (must be ≥ 1)`);
  log(`scanText speed vs RegExp alternation: ×${result.ratios.scanTextVsRegExp.toFixed(2)}`);
  return result.ratios.scanTextVsIndexOf >= 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const core = process.env.REFUNDGUARD_CORE
    ? await import(pathToFileURL(process.env.REFUNDGUARD_CORE).href)
    : undefined;
  const ok = printScanBench(await runScanBench({ core }));
  if (!ok) process.exitCode = 1;
}
