import type { TurnSummary } from './conversation.js';
import { compareIds, LUA_BEFORE } from './ids.js';
import { luaScript, type RedisClient, runScript } from './redis.js';

/**
 * A conversation's context is one hash: message id → `<entry id>|<summary JSON>`. Keying by message makes
 * a redelivery (or a producer's retry) one turn, placed where the message first appeared.
 *
 * Pruning keeps the context small without changing any verdict still to come: every entry before the
 * group's oldest pending one is acknowledged, so only turns from there on are still to be judged, and they
 * look back at most a window of turns. Older turns beyond that window are deleted.
 */
// ARGV: TTL, the oldest pending entry (or ''), turns kept before it, then message, entry id, summary for
// each turn in stream order. Replies with the whole context.
const RECORD = luaScript(`${LUA_BEFORE}for i = 4, #ARGV, 3 do
  local current = redis.call('HGET', KEYS[1], ARGV[i])
  if not current or before(ARGV[i + 1], string.match(current, '^[^|]+')) then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1] .. '|' .. ARGV[i + 2])
  end
end
local keep = tonumber(ARGV[3])
-- Pruning sorts the whole hash, so it waits until there is enough to prune.
if ARGV[2] ~= '' and redis.call('HLEN', KEYS[1]) > 2 * keep then
  local all = redis.call('HGETALL', KEYS[1])
  local old = {}
  for i = 1, #all, 2 do
    local order = string.match(all[i + 1], '^[^|]+')
    if before(order, ARGV[2]) then table.insert(old, { all[i], order }) end
  end
  if #old > keep then
    table.sort(old, function(x, y) return before(x[2], y[2]) end)
    for i = 1, #old - keep do redis.call('HDEL', KEYS[1], old[i][1]) end
  end
end
redis.call('EXPIRE', KEYS[1], ARGV[1])
return redis.call('HGETALL', KEYS[1])
`);

/** Compact form stored in Redis; no text, only what the verdict and the next turns need. */
interface Stored {
  r: string;
  l: TurnSummary['level'];
  s: number;
  i: string[];
  c: TurnSummary['categories'];
}

export interface RecordOptions {
  ttlSeconds: number;
  /** The group's oldest pending entry when known: turns before it beyond `keepTurns` may go. */
  oldestPending: string | null;
  keepTurns: number;
}

/** One turn to record: its message id, its stream entry and what scoring keeps of it. */
export interface NewTurn {
  message: string;
  entryId: string;
  summary: TurnSummary;
}

/**
 * Adds turns of one conversation (in stream order) to its context, atomically, and resolves to the
 * context as it then is.
 */
export async function recordTurns(
  client: RedisClient,
  key: string,
  turns: readonly NewTurn[],
  options: RecordOptions,
): Promise<ContextTurn[]> {
  const args: Array<string | number> = [options.ttlSeconds, options.oldestPending ?? '', options.keepTurns];
  for (const { message, entryId, summary } of turns) {
    const stored: Stored = {
      r: summary.role,
      l: summary.level,
      s: summary.score,
      i: summary.ids,
      c: summary.categories,
    };
    args.push(message, entryId, JSON.stringify(stored));
  }
  const pairs = (await runScript(client, RECORD, [key], args)) as string[];
  return readContext(pairs);
}

/** A conversation's recorded turns, oldest first, each with its message id and stream position. */
export type ContextTurn = TurnSummary & { message: string; order: string };

export async function loadContext(client: RedisClient, key: string): Promise<ContextTurn[]> {
  return readContext(Object.entries(await client.hgetall(key)).flat());
}

/** Turns from the hash's `[field, value, field, value, …]`, oldest first. */
function readContext(pairs: readonly string[]): ContextTurn[] {
  const turns: ContextTurn[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const value = pairs[i + 1] as string;
    const bar = value.indexOf('|');
    const stored = JSON.parse(value.slice(bar + 1)) as Stored;
    turns.push({
      message: pairs[i] as string,
      order: value.slice(0, bar),
      role: stored.r,
      level: stored.l,
      score: stored.s,
      ids: stored.i,
      categories: stored.c,
    });
  }
  return turns.sort((a, b) => compareIds(a.order, b.order));
}
