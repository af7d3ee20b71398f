import { createHash } from 'node:crypto';
import { Cluster, Redis } from 'ioredis';

/** A connection to one Redis server or to a Redis Cluster; the worker uses only what both offer. */
export type RedisClient = Redis | Cluster;

/**
 * Connects to `url` (one server) or, with `cluster`, to the cluster that the comma-separated seed URLs
 * belong to. Commands issued in the same tick are pipelined, per node on a cluster.
 */
export function connect(url: string, cluster: boolean): RedisClient {
  if (!cluster) return new Redis(url.trim(), { enableAutoPipelining: true, maxRetriesPerRequest: null });
  const seeds = url.split(',').map((part) => new URL(part.trim()));
  const first = seeds[0] as URL;
  return new Cluster(
    seeds.map((seed) => ({ host: seed.hostname, port: Number(seed.port || 6379) })),
    {
      enableAutoPipelining: true,
      redisOptions: {
        username: decodeURIComponent(first.username) || undefined,
        password: decodeURIComponent(first.password) || undefined,
        tls: first.protocol === 'rediss:' ? {} : undefined,
        maxRetriesPerRequest: null,
      },
    },
  );
}

/** A Lua script run by its SHA-1, sent in full only to a node that does not know it yet. */
export interface LuaScript {
  readonly lua: string;
  readonly sha: string;
}

export const luaScript = (lua: string): LuaScript => ({ lua, sha: createHash('sha1').update(lua).digest('hex') });

/** Runs `script` atomically on the node owning `keys` (which must share one slot). */
export async function runScript(
  client: RedisClient,
  script: LuaScript,
  keys: readonly string[],
  args: ReadonlyArray<string | number>,
): Promise<unknown> {
  try {
    return await client.evalsha(script.sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!String((error as Error)?.message).startsWith('NOSCRIPT')) throw error;
    return client.eval(script.lua, keys.length, ...keys, ...args);
  }
}

/** A second connection to the same server or cluster, for commands that block. */
export const duplicate = (client: RedisClient): RedisClient =>
  client instanceof Cluster ? client.duplicate() : client.duplicate();
