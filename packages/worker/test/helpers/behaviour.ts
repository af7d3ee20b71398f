// What a platform relies on, run against one redis-server and against a three-node cluster alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig, type WorkerConfig } from '../../src/config.js';
import { connect, type RedisClient } from '../../src/redis.js';
import { startWorker, type Worker } from '../../src/worker.js';
import { levelsInOrder, makeChats, produce, readVerdicts, waitForVerdicts } from './chat.js';
import { buildWorkerBin, spawnWorker } from './child.js';
import { freePort, type RedisTarget } from './redis-server.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function describeWorker(title: string, start: () => Promise<RedisTarget>): void {
  describe(title, () => {
    let target: RedisTarget;
    let client: RedisClient;
    let bin: string;
    let removeBin = () => {};
    const running: Worker[] = [];
    let streams = 0;

    beforeAll(async () => {
      const [started, built] = await Promise.all([start(), buildWorkerBin()]);
      target = started;
      ({ bin, remove: removeBin } = built);
      client = connect(target.url, target.cluster);
    }, 60_000);

    afterAll(async () => {
      await Promise.all(running.map((worker) => worker.stop()));
      client?.disconnect();
      await target?.stop();
      removeBin();
    }, 30_000);

    /** A configuration on fresh stream names, so tests sharing the server never see each other's entries. */
    const configFor = (overrides: Partial<WorkerConfig> = {}): WorkerConfig => {
      streams += 1;
      return {
        ...(readConfig([], {}) as WorkerConfig),
        redis: target.url,
        cluster: target.cluster,
        stream: `t${streams}:messages`,
        verdicts: `t${streams}:verdicts`,
        consumer: `w${streams}-a`,
        claimIdleMs: 400,
        batch: 10,
        ...overrides,
      };
    };
    const launch = async (config: WorkerConfig): Promise<Worker> => {
      const worker = await startWorker(config);
      running.push(worker);
      return worker;
    };
    const pendingOf = async (config: WorkerConfig, consumer?: string): Promise<number> => {
      const rows = (await client.xpending(config.stream, config.group, '-', '+', 10_000)) as Array<[string, string]>;
      return rows.filter(([, owner]) => consumer === undefined || owner === consumer).length;
    };
    const flagsOf = (config: WorkerConfig): string[] => [
      '--redis',
      config.redis,
      ...(config.cluster ? ['--cluster'] : []),
      '--stream',
      config.stream,
      '--verdicts',
      config.verdicts,
      '--claim-idle-ms',
      String(config.claimIdleMs),
    ];

    /** Every message has exactly one verdict, carrying the level one reader in order gives. */
    const expectOneVerdictEach = (verdicts: Array<Record<string, string>>, chats: ReturnType<typeof makeChats>) => {
      const reference = levelsInOrder(chats);
      expect(verdicts.map((verdict) => verdict.message).sort()).toEqual(chats.map((chat) => chat.message).sort());
      for (const verdict of verdicts) {
        expect(verdict.conversationLevel, verdict.message).toBe(reference.get(verdict.message as string));
      }
    };

    it('writes one verdict per message, with no text in the verdicts or in any key it writes', async () => {
      const config = configFor();
      const chats = makeChats(40);
      await produce(client, config.stream, chats);
      const worker = await launch(config);
      const verdicts = await waitForVerdicts(client, config.verdicts, chats.length);
      expectOneVerdictEach(verdicts, chats);
      const scam = verdicts.find((verdict) => verdict.message === 'c-0-4');
      // Alone, the last step reads as a caution at most; after the claim and the pretext the chat is high.
      expect(scam).toMatchObject({ conversation: 'c-0', role: 'agent', conversationLevel: 'high' });
      expect(['low', 'medium']).toContain(scam?.level);
      expect(scam?.signals).toContain('credentials.code');
      expect(verdicts.every((verdict) => !('text' in verdict))).toBe(true);
      await worker.stop();
      expect(await pendingOf(config)).toBe(0);

      const written = await everythingStored(client);
      for (const { text } of chats) expect(written).not.toContain(text);
    });

    it('gives the same conversation levels with two workers as one worker reading in order', async () => {
      const config = configFor({ batch: 3 });
      const chats = makeChats(60);
      await produce(client, config.stream, chats);
      await Promise.all([launch(config), launch({ ...config, consumer: `${config.consumer}-2` })]);
      expectOneVerdictEach(await waitForVerdicts(client, config.verdicts, chats.length), chats);
    });

    it('writes no second verdict for a redelivered or repeated message', async () => {
      const config = configFor();
      const chats = makeChats(12);
      await produce(client, config.stream, chats);
      const first = await launch(config);
      await waitForVerdicts(client, config.verdicts, chats.length);
      await first.stop();

      // Every entry handed out again, and a producer retrying one message.
      await client.xgroup('SETID', config.stream, config.group, '0');
      await produce(client, config.stream, [chats[0] as (typeof chats)[0]]);
      const second = await launch({ ...config, consumer: 'again' });
      for (
        let tries = 0;
        (await client.xlen(config.stream)) && (await lastDelivered(config)) !== (await lastEntry(config));
        tries++
      ) {
        if (tries > 200) throw new Error('the second worker did not read the stream');
        await sleep(25);
      }
      await second.stop();
      // At least every message again; on a slow machine a batch can outlast the short idle time and be
      // taken over once more, which writes nothing either.
      expect(second.metrics.processed.get({ outcome: 'duplicate' })).toBeGreaterThanOrEqual(chats.length + 1);
      expect(second.metrics.processed.get({ outcome: 'verdict' })).toBe(0);
      expectOneVerdictEach(await readVerdicts(client, config.verdicts), chats);
      expect(await pendingOf(config)).toBe(0);
    });

    it('answers poison entries with an error code and acknowledges them once', async () => {
      const config = configFor({ maxTextChars: 50 });
      await produce(client, config.stream, [
        { conversation: 'p', message: 'p-1', role: 'agent' },
        { conversation: 'p', message: 'p-2', role: 'caller', text: 'hello' },
        { conversation: 'p', message: 'p-3', role: 'agent', text: 'x'.repeat(51) },
        { conversation: 'p', message: 'p-4', role: 'agent', text: 'see link', officialDomains: '["shop.example"' },
        { conversation: 'p', role: 'agent', text: 'no id' },
        { conversation: 'p', message: 'p-6', role: 'buyer', text: 'Is my parcel on its way?' },
      ]);
      const worker = await launch(config);
      const verdicts = await waitForVerdicts(client, config.verdicts, 6);
      expect(verdicts.map(({ message, error }) => [message, error])).toEqual([
        ['p-1', 'missing-field'],
        ['p-2', 'bad-role'],
        ['p-3', 'text-too-long'],
        ['p-4', 'bad-official-domains'],
        ['', 'missing-field'],
        ['p-6', undefined],
      ]);
      await sleep(config.claimIdleMs * 2);
      await worker.stop();
      expect(await client.xlen(config.verdicts)).toBe(6);
      expect(await pendingOf(config)).toBe(0);
      expect(worker.metrics.errors.get({ code: 'bad-role' })).toBe(1);
    });

    /** 2,400 messages, and a worker process in the middle of them (100 verdicts written). */
    const midRun = async (config: WorkerConfig, consumer: string, maxInFlight: number) => {
      const chats = makeChats(600);
      await produce(client, config.stream, chats);
      const flags = ['--consumer', consumer, '--batch', '5', '--max-in-flight', String(maxInFlight)];
      const worker = spawnWorker(bin, [...flagsOf(config), ...flags]);
      while ((await client.xlen(config.verdicts)) < 100) await sleep(10);
      return { chats, worker };
    };

    it('takes over the entries of a worker killed with SIGKILL, and still writes each verdict once', async () => {
      const config = configFor();
      const { chats, worker: doomed } = await midRun(config, 'doomed', 1);
      // Between acknowledging one batch and reading the next, a worker holds nothing: it is frozen and
      // looked at first, and killed only while it holds entries, so the test is about taking them over.
      for (let tries = 0; ; tries++) {
        doomed.child.kill('SIGSTOP');
        if ((await pendingOf(config, 'doomed')) > 0 || tries > 200) break;
        doomed.child.kill('SIGCONT');
        await sleep(5);
      }
      doomed.child.kill('SIGKILL');
      await doomed.exited;
      const left = await pendingOf(config, 'doomed');
      expect(left).toBeGreaterThan(0);

      const rescuer = await launch({ ...config, consumer: 'rescuer', batch: 100 });
      expectOneVerdictEach(await waitForVerdicts(client, config.verdicts, chats.length, 60_000), chats);
      // The dead worker may have written verdicts it never acknowledged: those entries are taken over once
      // they have been idle long enough, after every verdict is already there.
      const deadline = Date.now() + 60_000;
      while ((await pendingOf(config, 'doomed')) > 0 && Date.now() < deadline) await sleep(50);
      expect(await pendingOf(config, 'doomed')).toBe(0);
      expect(rescuer.metrics.claimed.get()).toBeGreaterThanOrEqual(left);
      expectOneVerdictEach(await waitForVerdicts(client, config.verdicts, chats.length, 60_000), chats);
    }, 90_000);

    it('on SIGTERM finishes and acknowledges the entries in hand, then exits', async () => {
      const config = configFor();
      const { chats, worker: leaving } = await midRun(config, 'leaving', 2);
      leaving.child.kill('SIGTERM');
      expect(await leaving.exited).toBe(0);
      expect(await pendingOf(config, 'leaving')).toBe(0);
      expect(leaving.logs.map((line) => line.event)).toEqual(
        expect.arrayContaining(['config', 'started', 'stopping', 'stopped']),
      );
      expect(JSON.stringify(leaving.logs[0])).toContain('"redis"');

      await launch({ ...config, consumer: 'after' });
      expectOneVerdictEach(await waitForVerdicts(client, config.verdicts, chats.length, 60_000), chats);
    }, 90_000);

    it('copies the text into the verdict only when asked to', async () => {
      const config = configFor({ keepText: true });
      const chats = makeChats(2);
      await produce(client, config.stream, chats);
      const worker = await launch(config);
      const verdicts = await waitForVerdicts(client, config.verdicts, chats.length);
      await worker.stop();
      expect(verdicts.map((verdict) => verdict.text).sort()).toEqual(chats.map((chat) => chat.text).sort());
    });

    it('serves Prometheus metrics and a health check', async () => {
      // Nothing is taken over here, however slow the machine: each message is scanned exactly once.
      const config = configFor({ metricsPort: await freePort(), claimIdleMs: 60_000 });
      const chats = makeChats(6);
      await produce(client, config.stream, chats);
      const worker = await launch(config);
      await waitForVerdicts(client, config.verdicts, chats.length);
      const base = `http://127.0.0.1:${worker.metricsPort}`;
      const health = await fetch(`${base}/healthz`);
      expect([health.status, await health.text()]).toEqual([200, 'ok\n']);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain(`refundguard_worker_processed_total{outcome="verdict"} ${chats.length}`);
      expect(metrics).toMatch(/refundguard_worker_verdicts_total\{level="low"\} \d+/);
      expect(metrics).toContain(`refundguard_worker_scan_seconds_count ${chats.length}`);
      expect(metrics).toContain('refundguard_stream_lag 0');
      expect(metrics).toMatch(/refundguard_stream_pending \d+/);
      await worker.stop();
    });

    async function lastDelivered(config: WorkerConfig): Promise<string> {
      const groups = (await client.xinfo('GROUPS', config.stream)) as unknown[][];
      const row = groups.find((fields) => fields[1] === config.group) ?? [];
      return String(row[row.indexOf('last-delivered-id') + 1]);
    }
    async function lastEntry(config: WorkerConfig): Promise<string> {
      const [last] = await client.xrevrange(config.stream, '+', '-', 'COUNT', 1);
      return last?.[0] ?? '';
    }
  });
}

/** Every key name and value the test's Redis holds, on every node, as one text. */
async function everythingStored(client: RedisClient): Promise<string> {
  const nodes = 'nodes' in client ? client.nodes('master') : [client];
  const parts: string[] = [];
  for (const node of nodes) {
    for (const key of await node.keys('*')) {
      const type = await node.type(key);
      parts.push(key);
      if (type === 'string') parts.push(String(await node.get(key)));
      if (type === 'hash') parts.push(JSON.stringify(await node.hgetall(key)));
      if (type === 'zset') parts.push(JSON.stringify(await node.zrange(key, '0', '-1')));
      // The input stream holds the messages by design; what the worker writes is everything else.
      if (type === 'stream' && !key.endsWith(':messages')) parts.push(JSON.stringify(await node.xrange(key, '-', '+')));
    }
  }
  return parts.join('\n');
}
