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
const RECORD = luaScript(`${LUA_BEFORE}local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current or before(ARGV[2], string.match(current, '^[^|]+')) then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '|' .. ARGV[3])
end
-- Pruning reads the whole hash, so it waits until there is enough to prune.
if ARGV[5] ~= '' and redis.call('HLEN', KEYS[1]) > 2 * tonumber(ARGV[6]) then
  local all = redis.call('HGETALL', KEYS[1])
  local old = {}
  for i = 1, #all, 2 do
    local order = string.match(all[i + 1], '^[^|]+')
    if before(order, ARGV[5]) then table.insert(old, { all[i], order }) end
  end
  local keep = tonumber(ARGV[6])
  if #old > keep then
    table.sort(old, function(x, y) return before(x[2], y[2]) end)
    for i = 1, #old - keep do redis.call('HDEL', KEYS[1], old[i][1]) end
  end
end
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1
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

/** Adds a turn's summary to its conversation context, atomically. */
export async function recordTurn(
  client: RedisClient,
  key: string,
  message: string,
  entryId: string,
  summary: TurnSummary,
  options: RecordOptions,
): Promise<void> {
  const stored: Stored = { r: summary.role, l: summary.level, s: summary.score, i: summary.ids, c: summary.categories };
  await runScript(
    client,
    RECORD,
    [key],
    [message, entryId, JSON.stringify(stored), options.ttlSeconds, options.oldestPending ?? '', options.keepTurns],
  );
}

/** A conversation's recorded turns, oldest first, each with its message id and stream position. */
export type ContextTurn = TurnSummary & { message: string; order: string };

export async function loadContext(client: RedisClient, key: string): Promise<ContextTurn[]> {
  const hash = await client.hgetall(key);
  const turns: ContextTurn[] = [];
  for (const [message, value] of Object.entries(hash)) {
    const bar = value.indexOf('|');
    const stored = JSON.parse(value.slice(bar + 1)) as Stored;
    turns.push({
      message,
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
