import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { WorkerConfig } from './config.js';
import { type ContextTurn, loadContext, recordTurns } from './context.js';
import { levelAfter, type TurnSummary, WINDOW } from './conversation.js';
import { type ChatMessage, type ParsedEntry, parseEntry } from './entry.js';
import { compareIds } from './ids.js';
import { keysFor } from './keys.js';
import { errorMessage, type Logger, silentLogger } from './log.js';
import { WorkerMetrics } from './metrics.js';
import { connect, duplicate, type RedisClient } from './redis.js';
import { scanMessage } from './scan.js';
import { startOpsServer } from './server.js';
import {
  acknowledge,
  backlog,
  claimIdle,
  ensureGroup,
  type GroupStream,
  markRecorded,
  oldestPending,
  type ReadResult,
  readNew,
  readyToJudge,
  type StreamEntry,
} from './stream.js';
import { type Verdict, writeVerdicts } from './verdicts.js';

/** A running worker. */
export interface Worker {
  /** Stops reading, finishes and acknowledges the entries in hand, then disconnects. */
  stop(): Promise<void>;
  /** Counters behind `/metrics`. */
  readonly metrics: WorkerMetrics;
  /** Port of the operations server, or null when it is off. */
  readonly metricsPort: number | null;
}

export interface WorkerOptions {
  log?: Logger;
  /** Redis connection to use instead of opening one from the configuration (the worker will not close it). */
  client?: RedisClient;
}

/** How long a blocked read for new entries waits before the worker looks again. */
const WAIT_MS = 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An entry after parsing and scanning; the summary is absent for poison entries. */
interface Scanned {
  entry: StreamEntry;
  parsed: ParsedEntry;
  summary?: TurnSummary;
}

/**
 * Starts a worker: joins the consumer group (creating it at the stream's start if needed), then reads,
 * scans and writes verdicts until {@link Worker.stop}. Any number may run on the same stream and group.
 */
export async function startWorker(config: WorkerConfig, options: WorkerOptions = {}): Promise<Worker> {
  const log = options.log ?? silentLogger;
  const client = options.client ?? connect(config.redis, config.cluster);
  // Waiting for new entries blocks a connection; it gets its own so verdicts keep flowing meanwhile.
  const waiter = duplicate(client);
  const keys = keysFor(config.stream, config.group, config.verdicts, config.prefix);
  const group: GroupStream = {
    client,
    stream: config.stream,
    group: config.group,
    consumer: config.consumer,
    unrecorded: keys.unrecorded,
  };
  const metrics = new WorkerMetrics();
  const tasks = new Set<Promise<void>>();
  let stopping = false;
  let healthy = true;
  let claiming = false;

  await ensureGroup(group);

  /** Writes the verdicts of entries whose conversation context is complete (or that are poison). */
  const judge = async (items: Scanned[], contexts = new Map<string, Promise<ContextTurn[]>>()): Promise<void> => {
    if (!items.length) return;
    const verdicts = await Promise.all(items.map((item) => decide(item, contexts)));
    const seen = verdicts.map((verdict, i) => keys.seen(verdict.message || `entry:${items[i]?.entry.id}`));
    const written = await writeVerdicts(client, config.verdicts, seen, config.dedupeTtlSeconds, verdicts);
    verdicts.forEach((verdict, i) => {
      if (!written[i]) metrics.processed.inc({ outcome: 'duplicate' });
      else if (verdict.error) {
        metrics.processed.inc({ outcome: 'poison' });
        metrics.errors.inc({ code: verdict.error });
        log('warn', 'poison', { entry: verdict.entry, conversation: verdict.conversation, code: verdict.error });
      } else {
        metrics.processed.inc({ outcome: 'verdict' });
        metrics.levels.inc({ level: verdict.level as string });
        metrics.conversationLevels.inc({ level: verdict.conversationLevel as string });
      }
    });
  };

  const decide = async (
    { entry, parsed, summary }: Scanned,
    contexts: Map<string, Promise<ContextTurn[]>>,
  ): Promise<Verdict> => {
    if (!parsed.ok) {
      const verdict: Verdict = { conversation: parsed.conversation, message: parsed.message, entry: entry.id };
      verdict.error = parsed.code;
      if (parsed.detail) verdict.detail = parsed.detail;
      return verdict;
    }
    const turn = summary as TurnSummary;
    const message: ChatMessage = parsed.value;
    const contextKey = keys.context(message.conversation);
    if (!contexts.has(contextKey)) contexts.set(contextKey, loadContext(client, contextKey));
    const context = (await contexts.get(contextKey)) as ContextTurn[];
    const mine = context.find((past) => past.message === message.message);
    const upTo = mine?.order ?? entry.id;
    const history: TurnSummary[] = context.filter((past) => compareIds(past.order, upTo) <= 0);
    // Only when the context expired in between: the turn still counts.
    if (!mine) history.push(turn);
    const verdict: Verdict = {
      conversation: message.conversation,
      message: message.message,
      entry: entry.id,
      role: turn.role,
      level: turn.level,
      score: turn.score,
      signals: turn.ids,
      conversationLevel: levelAfter(history),
    };
    if (config.keepText) verdict.text = message.text;
    return verdict;
  };

  /**
   * Scans and records a batch, writes its verdicts in conversation order, acknowledges it. `read` comes
   * with entries from a read; taken-over entries have none and always check the order.
   */
  const processBatch = async (entries: StreamEntry[], read?: Pick<ReadResult, 'clean' | 'oldest'>): Promise<void> => {
    const scanned: Scanned[] = entries.map((entry) => {
      const parsed = parseEntry(entry.fields, config.maxTextChars);
      if (!parsed.ok) return { entry, parsed };
      const start = performance.now();
      const summary = scanMessage(parsed.value);
      metrics.scanSeconds.observe((performance.now() - start) / 1000);
      return { entry, parsed, summary };
    });
    const turns = scanned.filter((item) => item.parsed.ok);
    const options = {
      ttlSeconds: config.contextTtlSeconds,
      oldestPending: read ? read.oldest : await oldestPending(group),
      keepTurns: WINDOW,
    };
    // One script per conversation records its turns in stream order and answers with the context.
    const byConversation = new Map<string, Scanned[]>();
    for (const item of turns) {
      const key = keys.context(item.parsed.ok ? item.parsed.value.conversation : '');
      byConversation.set(key, [...(byConversation.get(key) ?? []), item]);
    }
    const snapshots = new Map<string, Promise<ContextTurn[]>>();
    await Promise.all(
      [...byConversation].map(([key, items]) => {
        const recorded = recordTurns(
          client,
          key,
          items.map(({ entry, parsed, summary }) => ({
            message: parsed.ok ? parsed.value.message : '',
            entryId: entry.id,
            summary: summary as TurnSummary,
          })),
          options,
        );
        snapshots.set(key, recorded);
        return recorded;
      }),
    );

    // A turn whose conversation had nothing unrecorded before it when read is judged on the context its
    // own recording returned; any other waits until every earlier turn of its conversation is in.
    const clean = read?.clean ?? new Set<string>();
    let waiting = turns.filter((item) => !clean.has(item.entry.id));
    metrics.orderChecks.inc({}, waiting.length);
    const first = scanned.filter((item) => !item.parsed.ok || clean.has(item.entry.id));
    if (waiting.length === 0) await markRecorded(group, entries);
    await judge(first, snapshots);
    let recorded: StreamEntry[] = waiting.length ? entries : [];
    for (let pause = 1; waiting.length; pause = Math.min(pause * 2, 20)) {
      const ready = await readyToJudge(
        group,
        waiting.map(({ entry, parsed }) => ({
          id: entry.id,
          conversation: parsed.ok ? parsed.value.conversation : '',
        })),
        recorded,
      );
      recorded = [];
      await judge(waiting.filter((item) => ready.has(item.entry.id)));
      waiting = waiting.filter((item) => !ready.has(item.entry.id));
      if (waiting.length) await sleep(pause);
    }
    await acknowledge(
      group,
      entries.map((entry) => entry.id),
    );
  };

  const spawn = (entries: StreamEntry[], read?: Pick<ReadResult, 'clean' | 'oldest'>): void => {
    metrics.inFlight += entries.length;
    const task: Promise<void> = processBatch(entries, read)
      .then(() => {
        healthy = true;
      })
      .catch((error: unknown) => {
        // The entries stay pending: this worker or another takes them over after the idle timeout.
        healthy = false;
        metrics.errors.inc({ code: 'batch-failed' });
        log('error', 'batch-failed', { entries: entries.length, error: errorMessage(error) });
      })
      .finally(() => {
        metrics.inFlight -= entries.length;
        tasks.delete(task);
      });
    tasks.add(task);
  };

  let claimRun: Promise<void> = Promise.resolve();
  const claim = (): void => {
    if (claiming || (stopping && tasks.size === 0)) return;
    claiming = true;
    claimRun = claimAll();
  };
  const claimAll = async (): Promise<void> => {
    try {
      // A dead worker's entries hold back every later verdict: take them all now, a batch at a time.
      for (let more = true; more; ) {
        const entries = await claimIdle(group, config.claimIdleMs, config.batch);
        if (entries.length) {
          metrics.claimed.inc({}, entries.length);
          log('info', 'claimed', { entries: entries.length, first: entries[0]?.id });
          spawn(entries);
        }
        more = entries.length === config.batch;
      }
    } catch (error) {
      log('error', 'claim-failed', { error: errorMessage(error) });
    } finally {
      claiming = false;
    }
  };
  const claimTimer = setInterval(claim, Math.max(50, Math.floor(config.claimIdleMs / 2)));

  // A blocked read that its connection's disconnect should end can stay pending forever (more often on a
  // cluster), so stopping does not wait for it to settle.
  let requestStop = (): void => {};
  const stopRequested = new Promise<void>((resolve) => {
    requestStop = resolve;
  });
  const waitForNew = (after: string): Promise<unknown> =>
    waiter.xread('COUNT', 1, 'BLOCK', WAIT_MS, 'STREAMS', config.stream, after).catch((error: unknown) => {
      if (!stopping) throw error;
    });

  const readLoop = async (): Promise<void> => {
    while (!stopping) {
      if (tasks.size >= config.maxInFlight) {
        await Promise.race(tasks);
        continue;
      }
      try {
        const read = await readNew(group, config.batch);
        healthy = true;
        if (read.entries.length) spawn(read.entries, read);
        else await Promise.race([waitForNew(read.last), stopRequested]);
      } catch (error) {
        if (stopping) break;
        healthy = false;
        log('error', 'read-failed', { error: errorMessage(error) });
        await sleep(500);
      }
    }
  };

  const ops =
    config.metricsPort > 0
      ? await startOpsServer(
          {
            // A command to an unreachable Redis waits rather than fails, so the connection state is asked too.
            healthy: () => healthy && !stopping && client.status === 'ready',
            // Without Redis the page still answers, without the group's figures.
            metrics: async () =>
              metrics.render(await Promise.race([backlog(group).catch(() => null), sleep(1000).then(() => null)])),
          },
          config.metricsHost,
          config.metricsPort,
        )
      : null;

  log('info', 'started', { consumer: config.consumer, stream: config.stream, group: config.group });
  const reading = readLoop();

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      log('info', 'stopping', { inFlight: metrics.inFlight });
      requestStop();
      waiter.disconnect();
      await reading;
      // Claims go on while entries are in hand: a dead worker's entries may be what they wait for.
      while (tasks.size) await Promise.allSettled([...tasks]);
      clearInterval(claimTimer);
      await claimRun;
      while (tasks.size) await Promise.allSettled([...tasks]);
      await new Promise<void>((resolve) => (ops ? closeServer(ops.server, resolve) : resolve()));
      if (!options.client) await quitWithin(client, QUIT_MS);
      log('info', 'stopped', { processed: metrics.processed.get({ outcome: 'verdict' }) });
    })();
    return stopped;
  };

  return { stop, metrics, metricsPort: ops?.port ?? null };
}

/** How long a stopping worker waits for Redis to confirm QUIT before dropping the connection. */
const QUIT_MS = 2000;

/** QUIT, or drop the connection when Redis (a cluster node mid-failover, say) does not answer in time. */
async function quitWithin(client: RedisClient, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  const outcome = await Promise.race([client.quit().catch(() => undefined), late]);
  clearTimeout(timer);
  if (outcome === 'late') client.disconnect();
}

function closeServer(server: Server, done: () => void): void {
  server.close(() => done());
  server.closeAllConnections();
}
