/** A Redis deployment started for a test, the benchmark or an example. */
export interface RedisTarget {
  /** As the worker's `--redis` takes it: one URL, or the cluster's seed URLs comma-separated. */
  url: string;
  cluster: boolean;
  stop(): Promise<void>;
}
export function freePort(): Promise<number>;
export function startRedis(): Promise<RedisTarget>;
export function startCluster(): Promise<RedisTarget>;
