// One command for the whole deployment in miniature: a throwaway redis-server on a loopback port, two
// refundguard-worker processes in one consumer group, a producer replaying a chat export at RATE messages
// per second (default 10), and a consumer printing each verdict as it arrives. Ends once every message
// has its verdict: the workers get SIGTERM, Redis is stopped.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Redis } from 'ioredis';
import { startRedis } from '../../scripts/redis-server.mjs';

const RATE = Number(process.env.RATE ?? 10);
const EXPORT = new URL('../node-scan/chat-export.jsonl', import.meta.url);
const WORKER = createRequire(import.meta.url)
  .resolve('@refundguard/worker/package.json')
  .replace(/package\.json$/, 'bin/refundguard-worker.js');

/** The export's messages as stream entries: the caller's turns are the `agent` role. */
const messages = readFileSync(EXPORT, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, index) => {
    const { conversation, locale, speaker, text } = JSON.parse(line);
    return { conversation, message: `m-${index + 1}`, role: speaker === 'buyer' ? 'buyer' : 'agent', locale, text };
  });

const redisServer = await startRedis();
console.log(`redis-server at ${redisServer.url}; ${messages.length} messages at ${RATE}/s through two workers\n`);

const workers = ['worker-1', 'worker-2'].map((name) => {
  const child = spawn(process.execPath, [WORKER, '--redis', redisServer.url, '--consumer', name, '--quiet'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return {
    name,
    child,
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal))),
  };
});

const redis = new Redis(redisServer.url);
// The consumer reads on its own connection: a blocking read holds it.
const reader = redis.duplicate();
try {
  const producing = (async () => {
    for (const message of messages) {
      await redis.xadd('refundguard:messages', '*', ...Object.entries(message).flat());
      await new Promise((resolve) => setTimeout(resolve, 1000 / RATE));
    }
  })();

  const high = new Set();
  let last = '0';
  for (let seen = 0; seen < messages.length; ) {
    const reply = await reader.xread('COUNT', 100, 'BLOCK', 5000, 'STREAMS', 'refundguard:verdicts', last);
    for (const [id, fields] of reply?.[0]?.[1] ?? []) {
      last = id;
      seen += 1;
      const verdict = Object.fromEntries(fields.flatMap((field, i) => (i % 2 ? [] : [[field, fields[i + 1]]])));
      if (verdict.conversationLevel === 'high') high.add(verdict.conversation);
      const signals = verdict.signals ? `  ${verdict.signals}` : '';
      console.log(
        `${verdict.conversation}  ${verdict.message.padEnd(5)} ${verdict.role.padEnd(6)} message ${verdict.level.padEnd(6)} conversation ${verdict.conversationLevel.toUpperCase().padEnd(6)}${signals}`,
      );
    }
  }
  await producing;
  console.log(
    `\n${messages.length} messages, ${messages.length} verdicts; conversations at high: ${[...high].join(', ')}`,
  );
} finally {
  for (const { child } of workers) child.kill('SIGTERM');
  const codes = await Promise.all(workers.map(({ exited }) => exited));
  console.log(`workers stopped (exit codes ${codes.join(', ')})`);
  reader.disconnect();
  redis.disconnect();
  await redisServer.stop();
}
