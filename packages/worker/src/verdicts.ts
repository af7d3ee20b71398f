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

/** The verdict and the message's "written" mark live in the verdict stream's slot, so both happen or neither. */
const WRITE = luaScript(`
if redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[1]) then
  return redis.call('XADD', KEYS[1], '*', unpack(ARGV, 2))
end
return false
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
 * Appends the verdict unless one was already written for this message (a redelivery, a retry, a second
 * worker that took over). Resolves to whether this call wrote it.
 */
export async function writeVerdict(
  client: RedisClient,
  stream: string,
  seenKey: string,
  ttlSeconds: number,
  verdict: Verdict,
): Promise<boolean> {
  const id = await runScript(client, WRITE, [stream, seenKey], [ttlSeconds, ...verdictFields(verdict)]);
  return id !== null;
}
