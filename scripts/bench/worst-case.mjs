// `pnpm bench`, worst cases: the detectors on inputs built to be slow (signal words repeated, long runs of
// digits, links, invisible characters, text spelled apart, megabyte strings, 10,000-turn conversations), each
// timed per character against the typical per-character time of scanText on the corpus, and at two sizes,
// so that doubling the input shows what it does to the time. Importable: `runWorstCase()`.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { corpusDir, repoRoot } from '../eval/corpus.mjs';
import { seededRandom } from '../eval/mutations.mjs';
import { benchMessages } from './scan.mjs';

/** The worst per-character time may be this many times the typical one. */
export const WORST_RATIO_TARGET = 4;
/** Doubling an input may at most double its time; timer noise on a shared machine is allowed on top. */
export const DOUBLING_TARGET = 2;
const DOUBLING_NOISE = 0.1;

const MB = 1024 * 1024;

/** `unit` repeated to `chars` characters. */
const fill = (unit, chars) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

function randomText(chars) {
  const random = seededRandom(7);
  const pool = [...'请把验证码告诉我退款客服账户转账 abcdefghijklmnopqrstuvwxyz0123456789.-:/@，。😊\u200b'];
  let out = '';
  while (out.length < chars) out += pool[Math.floor(random() * pool.length)];
  return out.slice(0, chars);
}

/** Inputs built to be slow, by name: each a function of the size in characters. */
const TEXTS = {
  'signal words, Chinese': (n) => fill('请把验证码告诉我', n),
  'signal words, English': (n) => fill('please send the verification code now ', n),
  'one repeated request': (n) => fill('请验证码', n),
  'digits, one run': (n) => fill('6222021234567890', n),
  'digits spelled apart': (n) => fill('4 8 2 9 ', n),
  'chat handles': (n) => fill('qq 12345 ', n),
  links: (n) => fill('x.com.', n),
  'invisible characters': (n) => fill('\u200b退\u2066款\u{e0041}', n),
  'letters spelled apart': (n) => fill('r e f u n d ', n),
  'random mix': randomText,
};

// Nine: the fastest of nine holds still to a few per cent on a shared machine where five did not.
const RUNS = 9;

/** Milliseconds one call of `work()` takes. */
function timed(work) {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * The fastest of `runs` timings of `work()`, in milliseconds: what the code costs, with as little as possible
 * of what else the machine was doing at the time (other processes, a garbage collection started earlier).
 */
function fastest(work, runs = RUNS) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) best = Math.min(best, timed(work));
  return best;
}

/**
 * The fastest timings of `half()` and `whole()`, taken in turns, so that a busy spell on the machine falls on
 * both sizes alike instead of on one of them and the doubling ratio stays about the code.
 */
function fastestPair(half, whole, runs = RUNS) {
  let bestHalf = Number.POSITIVE_INFINITY;
  let bestWhole = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    bestHalf = Math.min(bestHalf, timed(half));
    bestWhole = Math.min(bestWhole, timed(whole));
  }
  return { half: bestHalf, whole: bestWhole };
}

/**
 * @param options.core the built core module (defaults to packages/core/dist/index.js)
 * @param options.size the larger input size in characters (default 1 MiB); the smaller is half of it
 */
export async function runWorstCase({ core, size = MB } = {}) {
  const scanner = core ?? (await import(pathToFileURL(join(repoRoot, 'packages/core/dist/index.js')).href));
  const { messages } = benchMessages(corpusDir(), 2 * MB);
  for (const text of messages.slice(0, 2000)) scanner.scanText(text);
  const typicalChars = messages.reduce((sum, text) => sum + text.length, 0);
  const typicalMs = fastest(() => {
    for (const text of messages) scanner.scanText(text);
  });
  const typicalNsPerChar = (typicalMs * 1e6) / typicalChars;

  const detectors = {
    scanText: (text) => scanner.scanText(text),
    findSensitiveData: (text) => scanner.findSensitiveData(text),
  };
  const rows = [];
  const measure = (name, detector, run) => {
    const { half, whole } = fastestPair(
      () => run(size / 2),
      () => run(size),
    );
    rows.push({
      input: name,
      detector,
      nsPerChar: (whole * 1e6) / size,
      ratio: (whole * 1e6) / size / typicalNsPerChar,
      doubling: whole / half,
    });
  };
  for (const [name, make] of Object.entries(TEXTS)) {
    const texts = { [size / 2]: make(size / 2), [size]: make(size) };
    for (const [detector, run] of Object.entries(detectors)) measure(name, detector, (n) => run(texts[n]));
  }
  // Conversations: 10,000 and 20,000 turns, read as a chat arrives.
  const turn = '我是平台客服，您的订单可以退款，请把验证码告诉我';
  const turns = { 10000: Array(10_000).fill(turn), 20000: Array(20_000).fill(turn) };
  const { half, whole } = fastestPair(
    () => scanner.scanConversation(turns[10_000]),
    () => scanner.scanConversation(turns[20_000]),
  );
  const chars = turn.length * 20_000;
  rows.push({
    input: '20,000-turn conversation',
    detector: 'scanConversation',
    nsPerChar: (whole * 1e6) / chars,
    ratio: (whole * 1e6) / chars / typicalNsPerChar,
    doubling: whole / half,
  });
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const worstDoubling = rows.reduce((a, b) => (b.doubling > a.doubling ? b : a));
  return {
    size,
    typicalNsPerChar,
    rows,
    worst,
    worstDoubling,
    ok: worst.ratio <= WORST_RATIO_TARGET && worstDoubling.doubling <= DOUBLING_TARGET * (1 + DOUBLING_NOISE),
  };
}

/** The result as Markdown table rows, worst first. */
export function worstCaseTable(result) {
  const lines = [
    `Typical scanText on corpus messages: ${result.typicalNsPerChar.toFixed(0)} ns per character. Inputs of ` +
      `${result.size / MB} MiB (conversations: 20,000 turns), fastest of ${RUNS} runs; "×2" is the time at this size ` +
      'over the time at half of it, the two sizes timed in turns.',
    '',
    '| input | detector | ns / char | × typical | ×2 input → time × |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  for (const row of [...result.rows].sort((a, b) => b.ratio - a.ratio)) {
    lines.push(
      `| ${row.input} | ${row.detector} | ${row.nsPerChar.toFixed(0)} | ${row.ratio.toFixed(2)} | ${row.doubling.toFixed(2)} |`,
    );
  }
  lines.push(
    '',
    `Worst: ${result.worst.ratio.toFixed(2)}× typical (${result.worst.input}, ${result.worst.detector}; target ≤ ` +
      `${WORST_RATIO_TARGET}); doubling the input: at most ×${result.worstDoubling.doubling.toFixed(2)} the time ` +
      `(${result.worstDoubling.input}; target ≤ ${DOUBLING_TARGET}, ${DOUBLING_NOISE * 100} % timer noise allowed): ` +
      (result.ok ? 'ok' : 'OVER'),
  );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runWorstCase();
  console.log('\n## Worst cases: adversarial inputs against typical messages\n');
  console.log(worstCaseTable(result));
  if (!result.ok) process.exitCode = 1;
}
