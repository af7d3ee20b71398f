import { LUA_BEFORE } from './ids.js';
import { luaScript, type RedisClient, runScript } from './redis.js';

/** A stream entry: its id and its fields as `[name, value, name, value, …]`. */
export interface StreamEntry {
  id: string;
  fields: string[];
}

/*
 * Why "unrecorded": a turn's conversation level depends on the turns before it, which other workers may
 * be scanning at the same moment. Every entry handed out by the group goes into a sorted set in the
 * stream's slot, as `<entry id>|<conversation>`, in the same script as the read, and leaves it once its
 * summary is in the conversation context. A worker writes the verdict for entry X only when no entry of
 * X's conversation before X is left in the set: every earlier turn is then in the context, so the level
 * is the one a single worker reading in order would give. Entries not yet handed out all come after X.
 */

/** Lua: the member for an entry, `<id>|<conversation field or nothing>`. */
const MEMBER = `
local function member(entry)
  local fields = entry[2] or {}
  for i = 1, #fields, 2 do
    if fields[i] == 'conversation' then return entry[1] .. '|' .. fields[i + 1] end
  end
  return entry[1] .. '|'
end
`;

// With nothing new, the reply names the stream's last entry: a wait for entries after it cannot miss one
// appended in between. Otherwise, beside the entries: for each, 1 when no earlier entry of its
// conversation was unrecorded at the time (its context is complete once this batch records it), and
// the group's oldest pending entry.
const READ = luaScript(`${MEMBER}
local reply = redis.call('XREADGROUP', 'GROUP', ARGV[1], ARGV[2], 'COUNT', ARGV[3], 'STREAMS', KEYS[1], '>')
if not reply then
  local last = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)
  return { {}, last[1] and last[1][1] or '0-0' }
end
local busy = {}
for _, earlier in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
  busy[string.sub(earlier, string.find(earlier, '|', 1, true) + 1)] = true
end
local entries = reply[1][2]
local clean = {}
for _, entry in ipairs(entries) do
  local own = member(entry)
  clean[#clean + 1] = busy[string.sub(own, string.find(own, '|', 1, true) + 1)] and 0 or 1
  redis.call('ZADD', KEYS[2], string.match(entry[1], '^%d+'), own)
end
return { entries, '', clean, redis.call('XPENDING', KEYS[1], ARGV[1])[2] }
`);

// Entries trimmed from the stream while pending come back as deleted ids: nothing is left to scan. Their
// conversation is unknown by then, so their members are found by id.
const CLAIM = luaScript(`${MEMBER}
local reply = redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[3], '0-0', 'COUNT', ARGV[4])
for _, entry in ipairs(reply[2]) do
  redis.call('ZADD', KEYS[2], string.match(entry[1], '^%d+'), member(entry))
end
for _, id in ipairs(reply[3] or {}) do
  redis.call('XACK', KEYS[1], ARGV[1], id)
  local ms = string.match(id, '^%d+')
  for _, stale in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], ms, ms)) do
    if string.sub(stale, 1, #id + 1) == id .. '|' then redis.call('ZREM', KEYS[2], stale) end
  end
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

/** What one read gives: new entries, or where to wait for them. */
export interface ReadResult {
  entries: StreamEntry[];
  /** With no entries: the id after which to wait for new ones. */
  last: string;
  /** Entries with no earlier entry of their conversation left unrecorded when they were read. */
  clean: Set<string>;
  /** The group's oldest pending entry. */
  oldest: string | null;
}

/** Takes up to `count` new entries for this consumer and marks them unrecorded, atomically. */
export async function readNew(group: GroupStream, count: number): Promise<ReadResult> {
  const [raw, last, flags = [], oldest = null] = (await runScript(
    group.client,
    READ,
    [group.stream, group.unrecorded],
    [group.group, group.consumer, count],
  )) as [unknown, string, number[]?, (string | null)?];
  const entries = toEntries(raw);
  return { entries, last, clean: new Set(entries.filter((_, i) => flags[i] === 1).map(({ id }) => id)), oldest };
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

/** The set member of an entry, as the read script wrote it. */
export function memberOf(entry: StreamEntry): string {
  for (let i = 0; i + 1 < entry.fields.length; i += 2) {
    if (entry.fields[i] === 'conversation') return `${entry.id}|${entry.fields[i + 1]}`;
  }
  return `${entry.id}|`;
}

/** Says that these entries' summaries are in their conversations' context. */
export async function markRecorded(group: GroupStream, entries: readonly StreamEntry[]): Promise<void> {
  if (entries.length) await group.client.zrem(group.unrecorded, ...entries.map(memberOf));
}

// ARGV: n, then n members just recorded (removed first, saving a round trip), then candidates as id,
// conversation, id, conversation, … For each candidate: 1 when no unrecorded entry of the same
// conversation comes before it. Ids within one millisecond are compared by their sequence part.
const READY = luaScript(`${LUA_BEFORE}local recorded = tonumber(ARGV[1])
for i = 2, recorded + 1 do redis.call('ZREM', KEYS[1], ARGV[i]) end
local first = recorded + 2
local latest = 0
for i = first, #ARGV, 2 do
  local ms = tonumber(string.match(ARGV[i], '^%d+'))
  if ms > latest then latest = ms end
end
local oldest = {}
for _, member in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', latest)) do
  local bar = string.find(member, '|', 1, true)
  local id, conversation = string.sub(member, 1, bar - 1), string.sub(member, bar + 1)
  if oldest[conversation] == nil or before(id, oldest[conversation]) then oldest[conversation] = id end
end
local ready = {}
for i = first, #ARGV, 2 do
  local first = oldest[ARGV[i + 1]]
  ready[#ready + 1] = (first == nil or not before(first, ARGV[i])) and 1 or 0
end
return ready
`);

/**
 * Of `turns`, those whose conversation context is complete: no earlier entry of theirs is unrecorded.
 * `recorded` entries are marked recorded first, in the same call.
 */
export async function readyToJudge(
  group: GroupStream,
  turns: ReadonlyArray<{ id: string; conversation: string }>,
  recorded: readonly StreamEntry[] = [],
): Promise<Set<string>> {
  if (!turns.length) {
    await markRecorded(group, recorded);
    return new Set();
  }
  const args = [
    recorded.length,
    ...recorded.map(memberOf),
    ...turns.flatMap(({ id, conversation }) => [id, conversation]),
  ];
  const flags = (await runScript(group.client, READY, [group.unrecorded], args)) as number[];
  return new Set(turns.filter((_, i) => flags[i] === 1).map(({ id }) => id));
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
