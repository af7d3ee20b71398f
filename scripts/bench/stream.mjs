// pnpm bench:stream — load test of @refundguard/worker on a local redis-server. For 1, 2 and 3 workers:
// 200,000 chat messages (500 conversations open at a time, turns interleaved) go through the stream
// while one worker is killed with SIGKILL half-way (a new one starts in its place, as a supervisor
// would), then a paced run measures the time from entry to verdict. Reports messages per second,
// p50/p99 latency, messages lost, duplicate verdicts, and one worker's throughput against the
// `refundguard scan` CLI on the same messages. Needs `pnpm build` (`pnpm bench:stream` runs it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusDir, readJsonl } from '../eval/corpus.mjs';
import { repoRoot } from '../paths.mjs';
import { startRedis } from '../redis-server.mjs';
import { describeMachine } from './machine.mjs';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '200000' },
    workers: { type: 'string', default: '1,2,3' },
    'paced-seconds': { type: 'string', default: '8' },
  },
});
const TOTAL = Number(values.messages);
const COUNTS = values.workers.split(',').map(Number);
const PACED_SECONDS = Number(values['paced-seconds']);
const WORKER_BIN = join(repoRoot, 'packages/worker/dist/main.js');
const CLI_BIN = join(repoRoot, 'packages/core/dist/cli.js');
const { Redis } = createRequire(join(repoRoot, 'packages/worker/package.json'))('ioredis');
const { scanConversation, scanText } = await import(join(repoRoot, 'packages/core/dist/index.js'));
const { levelAfter } = await import(join(repoRoot, 'packages/worker/dist/index.js'));
const STREAM = 'refundguard:messages';
const VERDICTS = 'refundguard:verdicts';
const CLAIM_IDLE_MS = 2000;

for (const file of [WORKER_BIN, CLI_BIN]) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run pnpm build first`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const idTime = (id) => Number(id.slice(0, id.indexOf('-')));

/** Chat turns to replay: the shared corpus's dialogues split into turns, else the node-scan example's export. */
function loadTurns() {
  const conversations = [];
  try {
    const dir = corpusDir();
    for (const file of ['teleantifraud-dev.jsonl', 'challenge-train.jsonl', 'challenge-train-2.jsonl']) {
      for (const row of readJsonl(dir, file)) {
        const lines = String(row.text).split('\n').filter(Boolean);
        const speakers = [];
        conversations.push(
          lines.map((line) => {
            const match = /^([^:：]{1,12})[:：]\s*(.*)$/.exec(line);
            const who = match?.[1] ?? '';
            if (!speakers.includes(who)) speakers.push(who);
            const index = speakers.indexOf(who);
            return { role: index === 0 ? 'agent' : index === 1 ? 'buyer' : 'system', text: match?.[2] ?? line };
          }),
        );
      }
    }
    return { source: 'the shared corpus (dialogues split into turns)', conversations };
  } catch {
    const byConversation = new Map();
    for (const row of readJsonl(join(repoRoot, 'examples/node-scan'), 'chat-export.jsonl')) {
      const turns = byConversation.get(row.conversation) ?? [];
      turns.push({ role: row.speaker === 'buyer' ? 'buyer' : 'agent', text: row.text, locale: row.locale });
      byConversation.set(row.conversation, turns);
    }
    return { source: 'examples/node-scan/chat-export.jsonl', conversations: [...byConversation.values()] };
  }
}

/**
 * `count` messages from `open` conversations at a time, their turns interleaved as on a busy platform:
 * conversations are replayed with fresh ids until there are enough, each one's turns in order.
 */
function makeMessages(conversations, count, tag, open = 500) {
  const out = [];
  let next = 0;
  const start = () => {
    const n = next++;
    return { n, turns: conversations[n % conversations.length], index: 0 };
  };
  const active = Array.from({ length: open }, start);
  for (let slot = 0; out.length < count; slot = (slot + 1) % open) {
    const chat = active[slot];
    const turn = chat.turns[chat.index];
    if (turn) out.push({ conversation: `${tag}${chat.n}`, message: `${tag}${chat.n}.${chat.index}`, ...turn });
    chat.index += 1;
    if (chat.index >= chat.turns.length) active[slot] = start();
  }
  return out;
}

/**
 * How often the worker's conversation level, built from per-message summaries, equals core's
 * `scanConversation` on the whole conversation: per turn, and for the highest level of each conversation.
 */
function agreement(conversations) {
  const order = ['none', 'low', 'medium', 'high'];
  let turns = 0;
  let same = 0;
  let lower = 0;
  let sameHighest = 0;
  for (const chat of conversations) {
    const reference = scanConversation(chat.map(({ role, text }) => ({ speaker: role, text })));
    const summaries = [];
    let highest = 'none';
    chat.forEach(({ role, text }, index) => {
      const { level, score, signals } = scanText(text);
      summaries.push({ role, level, score, ids: signals.map((s) => s.id), categories: signals.map((s) => s.category) });
      const mine = levelAfter(summaries);
      if (order.indexOf(mine) > order.indexOf(highest)) highest = mine;
      turns += 1;
      if (mine === reference.levels[index]) same += 1;
      else if (order.indexOf(mine) < order.indexOf(reference.levels[index])) lower += 1;
    });
    if (highest === reference.level) sameHighest += 1;
  }
  const percent = (n, of) => `${round((100 * n) / of, 1)} %`;
  return (
    `worker's conversation level = scanConversation's at ${percent(same, turns)} of ${turns} turns ` +
    `(lower at ${percent(lower, turns)}, higher at ${percent(turns - same - lower, turns)}); ` +
    `highest level equal in ${percent(sameHighest, conversations.length)} of ${conversations.length} conversations`
  );
}

function cliBaseline(messages) {
  const dir = mkdtempSync(join(tmpdir(), 'refundguard-bench-'));
  try {
    const file = join(dir, 'messages.jsonl');
    writeFileSync(file, `${messages.map((m) => JSON.stringify(m)).join('\n')}\n`);
    const start = process.hrtime.bigint();
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI_BIN}" scan < "${file}" > /dev/null`]);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0) throw new Error(`refundguard scan failed: ${result.stderr}`);
    return messages.length / seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function startWorker(url, name) {
  const child = spawn(
    process.execPath,
    [WORKER_BIN, '--redis', url, '--consumer', name, '--claim-idle-ms', String(CLAIM_IDLE_MS), '--quiet'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  child.exited = new Promise((resolve) => child.once('exit', resolve));
  return child;
}

async function produce(redis, messages, perSecond = Number.POSITIVE_INFINITY) {
  const chunk = Number.isFinite(perSecond) ? Math.max(1, Math.round(perSecond / 100)) : 1000;
  const start = Date.now();
  for (let i = 0; i < messages.length; i += chunk) {
    const pipeline = redis.pipeline();
    for (const message of messages.slice(i, i + chunk)) {
      pipeline.xadd(STREAM, '*', ...Object.entries(message).flat());
    }
    await pipeline.exec();
    if (Number.isFinite(perSecond)) {
      const due = start + ((i + chunk) / perSecond) * 1000;
      if (due > Date.now()) await sleep(due - Date.now());
    }
  }
}

/** Waits until every message has a verdict and nothing is pending; fails after `timeoutMs`. */
async function drained(redis, count, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [length, [pending]] = await Promise.all([redis.xlen(VERDICTS), redis.xpending(STREAM, 'refundguard')]);
    if (length >= count && pending === 0) return;
    if (Date.now() > deadline) throw new Error(`stuck at ${length} of ${count} verdicts, ${pending} pending`);
    await sleep(50);
  }
}

/** Reads every verdict; counts lost and duplicate messages and the time from entry to verdict. */
async function audit(redis, messages) {
  const seen = new Map();
  const latencies = [];
  let last = 0;
  for (let from = '-'; ; ) {
    const page = await redis.xrange(VERDICTS, from, '+', 'COUNT', 10_000);
    for (const [id, fields] of page) {
      const message = fields[fields.indexOf('message') + 1];
      const entry = fields[fields.indexOf('entry') + 1];
      seen.set(message, (seen.get(message) ?? 0) + 1);
      latencies.push(idTime(id) - idTime(entry));
      last = Math.max(last, idTime(id));
    }
    if (page.length < 10_000) break;
    from = `(${page[page.length - 1][0]}`;
  }
  const lost = messages.filter((message) => !seen.has(message.message)).length;
  const duplicates = [...seen.values()].reduce((sum, n) => sum + n - 1, 0);
  latencies.sort((a, b) => a - b);
  return { lost, duplicates, last, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function runWith(url, redis, count, messages, paced) {
  await redis.flushall();
  let workers = Array.from({ length: count }, (_, i) => startWorker(url, `w${i}`));
  await sleep(500);
  const producing = produce(redis, messages);
  // Half-way, one worker dies without a word; a new one takes its place.
  while ((await redis.xlen(VERDICTS)) < messages.length / 2) await sleep(20);
  workers[0].kill('SIGKILL');
  await workers[0].exited;
  workers = [...workers.slice(1), startWorker(url, 'w-replacement')];
  await producing;
  await drained(redis, messages.length, 300_000);
  const [first] = await redis.xrange(STREAM, '-', '+', 'COUNT', 1);
  const load = await audit(redis, messages);
  const seconds = (load.last - idTime(first[0])) / 1000;

  // The paced run: half the measured rate, so the figure is the time a message waits, not a queue.
  await redis.multi().del(STREAM, VERDICTS).xgroup('CREATE', STREAM, 'refundguard', '$', 'MKSTREAM').exec();
  const rate = Math.round(messages.length / seconds / 2);
  const pacedMessages = paced.slice(0, rate * PACED_SECONDS);
  await produce(redis, pacedMessages, rate);
  await drained(redis, pacedMessages.length, 120_000);
  const calm = await audit(redis, pacedMessages);

  for (const worker of workers) worker.kill('SIGTERM');
  const codes = await Promise.all(workers.map((worker) => worker.exited));
  return {
    workers: count,
    messages: messages.length,
    perSecond: round(messages.length / seconds),
    seconds: round(seconds, 1),
    lost: load.lost + calm.lost,
    duplicates: load.duplicates + calm.duplicates,
    loadedP50: load.p50,
    loadedP99: load.p99,
    pacedRate: rate,
    pacedP50: calm.p50,
    pacedP99: calm.p99,
    cleanExits: codes.every((code) => code === 0),
  };
}

const { source, conversations } = loadTurns();
const messages = makeMessages(conversations, TOTAL, 'c');
console.log(`bench:stream: ${messages.length} messages from ${source}`);
console.log(`machine: ${JSON.stringify(describeMachine())}; 1-minute load average ${loadavg()[0]?.toFixed(2)}`);
const cli = cliBaseline(messages);
console.log(`refundguard scan (CLI, one process): ${round(cli)} messages/s`);
console.log(agreement(conversations.filter((chat) => chat.length > 1)));

const target = await startRedis();
const redis = new Redis(target.url);
const results = [];
try {
  for (const count of COUNTS) {
    const paced = makeMessages(conversations, 200_000, `p${count}-`);
    const result = await runWith(target.url, redis, count, messages, paced);
    results.push(result);
    console.log(JSON.stringify(result));
  }
} finally {
  redis.disconnect();
  await target.stop();
}

const one = results.find((result) => result.workers === 1);
console.log('\n| workers | messages/s | under load p50 / p99 | paced (msgs/s) p50 / p99 | lost | duplicates |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(
    `| ${r.workers} | ${r.perSecond} | ${r.loadedP50} / ${r.loadedP99} ms | (${r.pacedRate}) ${r.pacedP50} / ${r.pacedP99} ms | ${r.lost} | ${r.duplicates} |`,
  );
}
console.log(`\n1-minute load average at the end: ${loadavg()[0]?.toFixed(2)}`);
if (one) console.log(`one worker / CLI: ${round(one.perSecond / cli, 2)} (CLI ${round(cli)} messages/s)`);
const failed = results.some((r) => r.lost || r.duplicates || !r.cleanExits);
if (failed) {
  console.error('bench:stream: messages were lost or duplicated, or a worker did not stop cleanly');
  process.exitCode = 1;
}
