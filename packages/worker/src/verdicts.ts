import type { RiskLevel } from '@refundguard/core';
import type { PoisonCode } from './entry.js';
import { luaScript, type RedisClient, runScript } from './redis.js';

/** One line of the verdict stream. Never the message's text unless the worker was asked to keep it. */
export interface Verdict {
  conversation: string;
  message: string;
  /** Id of the input entry, so a consumer can trace a verdict back. */
  entry: string;
  role?: string;
  /** The message on its own, from `scanText`. */
  level?: RiskLevel;
  score?: number;
  /** Signal ids, comma-separated in the stream. */
  signals?: string[];
  /** The conversation's level after this message. */
  conversationLevel?: RiskLevel;
  /** Set when the entry could not be scanned; it is acknowledged and never retried. */
  error?: PoisonCode;
  detail?: string;
  text?: string;
}

/**
 * The verdicts and each message's "written" mark live in the verdict stream's slot, so a batch is written
 * in one call and, per message, both happen or neither. ARGV: the mark's TTL, then for each verdict its
 * field count and fields.
 */
const WRITE = luaScript(`
local written = {}
local at = 2
for i = 2, #KEYS do
  local count = tonumber(ARGV[at])
  if redis.call('SET', KEYS[i], '1', 'NX', 'EX', ARGV[1]) then
    redis.call('XADD', KEYS[1], '*', unpack(ARGV, at + 1, at + count))
    written[#written + 1] = 1
  else
    written[#written + 1] = 0
  end
  at = at + count + 1
end
return written
`);

/** The verdict as stream fields. */
export function verdictFields(verdict: Verdict): string[] {
  const fields: string[] = [];
  for (const [name, value] of Object.entries(verdict)) {
    if (value === undefined) continue;
    fields.push(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return fields;
}

/**
 * Appends each verdict unless one was already written for its message (a redelivery, a producer's retry, a
 * worker that took over). `seenKeys[i]` marks `verdicts[i]`. Resolves to whether each was written now.
 */
export async function writeVerdicts(
  client: RedisClient,
  stream: string,
  seenKeys: readonly string[],
  ttlSeconds: number,
  verdicts: readonly Verdict[],
): Promise<boolean[]> {
  if (!verdicts.length) return [];
  const args: Array<string | number> = [ttlSeconds];
  for (const verdict of verdicts) {
    const fields = verdictFields(verdict);
    args.push(fields.length, ...fields);
  }
  const written = (await runScript(client, WRITE, [stream, ...seenKeys], args)) as number[];
  return written.map((flag) => flag === 1);
}
