import { compareIds } from './ids.js';
import { luaScript, type RedisClient, runScript } from './redis.js';

/** A stream entry: its id and its fields as `[name, value, name, value, …]`. */
export interface StreamEntry {
  id: string;
  fields: string[];
}

/*
 * Why "unrecorded": a turn's conversation level depends on the turns before it, which other workers may
 * be scanning at the same moment. Every entry handed out by the group goes into a sorted set in the
 * stream's slot, in the same script as the read, and leaves it once its summary is in the conversation
 * context. A worker writes the verdict for entry X only when no entry before X is left in the set: every
 * earlier turn of the conversation is then in the context, so the level is the one a single worker reading
 * in order would give. Entries not yet handed out all come after X, so they cannot change it.
 */

const READ = luaScript(`
local reply = redis.call('XREADGROUP', 'GROUP', ARGV[1], ARGV[2], 'COUNT', ARGV[3], 'STREAMS', KEYS[1], '>')
if not reply then return {} end
local entries = reply[1][2]
for _, entry in ipairs(entries) do
  redis.call('ZADD', KEYS[2], string.match(entry[1], '^%d+'), entry[1])
end
return entries
`);

// Entries trimmed from the stream while pending come back as deleted ids: nothing is left to scan.
const CLAIM = luaScript(`
local reply = redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[3], '0-0', 'COUNT', ARGV[4])
for _, entry in ipairs(reply[2]) do
  redis.call('ZADD', KEYS[2], string.match(entry[1], '^%d+'), entry[1])
end
for _, id in ipairs(reply[3] or {}) do
  redis.call('XACK', KEYS[1], ARGV[1], id)
  redis.call('ZREM', KEYS[2], id)
end
return reply[2]
`);

/** The stream, its consumer group and this worker's name in it. */
export interface GroupStream {
  client: RedisClient;
  stream: string;
  group: string;
  consumer: string;
  /** Sorted set of entries handed out but not yet recorded (same slot as the stream). */
  unrecorded: string;
}

/** Creates the group (reading from the start of the stream) unless it exists. */
export async function ensureGroup({ client, stream, group }: GroupStream): Promise<void> {
  try {
    await client.xgroup('CREATE', stream, group, '0', 'MKSTREAM');
  } catch (error) {
    if (!String((error as Error)?.message).startsWith('BUSYGROUP')) throw error;
  }
}

const toEntries = (reply: unknown): StreamEntry[] =>
  (reply as Array<[string, string[] | null]>)
    // A deleted entry still pending comes back without fields.
    .map(([id, fields]) => ({ id, fields: fields ?? [] }));

/** Takes up to `count` new entries for this consumer and marks them unrecorded, atomically. */
export async function readNew(group: GroupStream, count: number): Promise<StreamEntry[]> {
  const reply = await runScript(
    group.client,
    READ,
    [group.stream, group.unrecorded],
    [group.group, group.consumer, count],
  );
  return toEntries(reply);
}

/** Takes over up to `count` entries that another consumer has left pending for `idleMs`. */
export async function claimIdle(group: GroupStream, idleMs: number, count: number): Promise<StreamEntry[]> {
  const reply = await runScript(
    group.client,
    CLAIM,
    [group.stream, group.unrecorded],
    [group.group, group.consumer, idleMs, count],
  );
  return toEntries(reply);
}

/** Says that these entries' summaries are in their conversations' context. */
export async function markRecorded(group: GroupStream, ids: readonly string[]): Promise<void> {
  if (ids.length) await group.client.zrem(group.unrecorded, ...ids);
}

// Members with the same millisecond sort by text, where "-10" comes before "-9": compare them as ids.
const OLDEST_UNRECORDED = luaScript(`
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #first == 0 then return false end
local oldest, oldestSeq = nil, nil
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], first[2], first[2])) do
  local seq = tonumber(string.match(id, '-(%d+)$'))
  if oldest == nil or seq < oldestSeq then oldest, oldestSeq = id, seq end
end
return oldest
`);

/** Of `ids`, those that no unrecorded entry precedes: their conversation context is complete. */
export async function readyToJudge(group: GroupStream, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const oldest = (await runScript(group.client, OLDEST_UNRECORDED, [group.unrecorded], [])) as string | null;
  return oldest === null ? [...ids] : ids.filter((id) => compareIds(id, oldest) <= 0);
}

/** The oldest entry still pending in the group, or null: every entry before it is acknowledged. */
export async function oldestPending({ client, stream, group }: GroupStream): Promise<string | null> {
  const [, oldest] = (await client.xpending(stream, group)) as [number, string | null, string | null, unknown];
  return oldest;
}

/** Acknowledges entries whose verdicts are written. */
export async function acknowledge({ client, stream, group }: GroupStream, ids: readonly string[]): Promise<void> {
  if (ids.length) await client.xack(stream, group, ...ids);
}

/** How many entries wait for the group and how many are handed out but unacknowledged. */
export async function backlog({ client, stream, group }: GroupStream): Promise<{ lag: number; pending: number }> {
  const groups = (await client.xinfo('GROUPS', stream)) as unknown[][];
  for (const row of groups) {
    const info = new Map<string, unknown>();
    for (let i = 0; i + 1 < row.length; i += 2) info.set(String(row[i]), row[i + 1]);
    if (info.get('name') === group)
      return { lag: Number(info.get('lag') ?? 0), pending: Number(info.get('pending') ?? 0) };
  }
  return { lag: 0, pending: 0 };
}
