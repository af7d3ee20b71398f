import { hostname } from 'node:os';
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Everything a worker needs to run; {@link readConfig} fills it from flags and environment variables. */
export interface WorkerConfig {
  /** `redis://` or `rediss://` URL; with {@link cluster}, a comma-separated list of seed nodes. */
  redis: string;
  /** Treat {@link redis} as seed nodes of a Redis Cluster. */
  cluster: boolean;
  /** Stream of chat messages to scan. */
  stream: string;
  /** Consumer group shared by all workers of one deployment. */
  group: string;
  /** Stream the verdicts are appended to. */
  verdicts: string;
  /** This worker's name in the group; unique per process. */
  consumer: string;
  /** Port of `/metrics` and `/healthz`; 0 turns the server off. */
  metricsPort: number;
  /** Address the metrics server listens on. */
  metricsHost: string;
  /** An entry pending this long with a silent consumer is taken over (`XAUTOCLAIM`). */
  claimIdleMs: number;
  /** Entries read at once. */
  batch: number;
  /** Batches processed at once; with {@link batch}, the bound on entries held in memory. */
  maxInFlight: number;
  /** Longer texts are not scanned: their verdict carries the error `text-too-long`. */
  maxTextChars: number;
  /** Seconds a conversation's context lives after its last message. */
  contextTtlSeconds: number;
  /** Seconds a written verdict is remembered, so a redelivered message gets no second one. */
  dedupeTtlSeconds: number;
  /** On SIGTERM, give up on entries still in hand after this long (they stay pending for another worker). */
  shutdownTimeoutMs: number;
  /** Prefix of the worker's own keys. */
  prefix: string;
  /** Copy each message's text into its verdict (off: verdicts carry no text). */
  keepText: boolean;
  /** Log only warnings and errors. */
  quiet: boolean;
}

/** Flag name → environment variable and default; each flag can also be set through its variable. */
const OPTIONS = {
  redis: { env: 'REFUNDGUARD_REDIS_URL', type: 'string', default: 'redis://127.0.0.1:6379' },
  cluster: { env: 'REFUNDGUARD_CLUSTER', type: 'boolean', default: false },
  stream: { env: 'REFUNDGUARD_STREAM', type: 'string', default: 'refundguard:messages' },
  group: { env: 'REFUNDGUARD_GROUP', type: 'string', default: 'refundguard' },
  verdicts: { env: 'REFUNDGUARD_VERDICTS', type: 'string', default: 'refundguard:verdicts' },
  consumer: { env: 'REFUNDGUARD_CONSUMER', type: 'string', default: '' },
  'metrics-port': { env: 'REFUNDGUARD_METRICS_PORT', type: 'integer', default: 0 },
  'metrics-host': { env: 'REFUNDGUARD_METRICS_HOST', type: 'string', default: '127.0.0.1' },
  'claim-idle-ms': { env: 'REFUNDGUARD_CLAIM_IDLE_MS', type: 'integer', default: 30_000 },
  batch: { env: 'REFUNDGUARD_BATCH', type: 'integer', default: 100 },
  'max-in-flight': { env: 'REFUNDGUARD_MAX_IN_FLIGHT', type: 'integer', default: 2 },
  'max-text': { env: 'REFUNDGUARD_MAX_TEXT', type: 'integer', default: 10_000 },
  'context-ttl': { env: 'REFUNDGUARD_CONTEXT_TTL', type: 'integer', default: 86_400 },
  'dedupe-ttl': { env: 'REFUNDGUARD_DEDUPE_TTL', type: 'integer', default: 86_400 },
  'shutdown-timeout-ms': { env: 'REFUNDGUARD_SHUTDOWN_TIMEOUT_MS', type: 'integer', default: 30_000 },
  prefix: { env: 'REFUNDGUARD_PREFIX', type: 'string', default: 'refundguard' },
  'keep-text': { env: 'REFUNDGUARD_KEEP_TEXT', type: 'boolean', default: false },
  quiet: { env: 'REFUNDGUARD_QUIET', type: 'boolean', default: false },
} as const;

type Flag = keyof typeof OPTIONS;

const FLAGS: ParseArgsConfig['options'] = {
  help: { type: 'boolean' },
  ...Object.fromEntries(
    Object.entries(OPTIONS).map(([flag, { type }]) => [flag, { type: type === 'boolean' ? 'boolean' : 'string' }]),
  ),
};

/** Integers that must be at least 1 (the others may be 0). */
const POSITIVE: readonly Flag[] = [
  'claim-idle-ms',
  'batch',
  'max-in-flight',
  'max-text',
  'context-ttl',
  'dedupe-ttl',
  'shutdown-timeout-ms',
];

export const USAGE = `Usage: refundguard-worker [options]

Scans chat messages from a Redis Stream with a consumer group and appends one verdict per message.

${Object.entries(OPTIONS)
  .map(([flag, { env, type, default: fallback }]) => {
    const value = type === 'boolean' ? '' : ` <${type === 'integer' ? 'n' : 'value'}>`;
    const shown = type === 'boolean' ? '' : ` (default ${fallback === '' ? 'host-pid' : fallback})`;
    return `${`  --${flag}${value}`.padEnd(28)}${env}${shown}`;
  })
  .join('\n')}
  --help                    this text
`;

/** Thrown for a flag or variable that cannot be used; the message says which and why. */
export class ConfigError extends Error {}

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off', '']);

/**
 * Reads the configuration: a flag wins over its environment variable, which wins over the default.
 * Returns `'help'` for `--help`. Throws {@link ConfigError} on an unknown flag or a bad value.
 */
export function readConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): WorkerConfig | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: FLAGS,
    }));
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  if (values.help) return 'help';

  const read = <F extends Flag>(flag: F): string | number | boolean => {
    const { env: name, type, default: fallback } = OPTIONS[flag];
    const given = values[flag] ?? env[name];
    if (given === undefined) return fallback;
    if (type === 'boolean') {
      if (typeof given === 'boolean') return given;
      const word = given.trim().toLowerCase();
      if (TRUE.has(word)) return true;
      if (FALSE.has(word)) return false;
      throw new ConfigError(`${name} must be true or false, not "${given}"`);
    }
    if (type === 'integer') {
      const number = Number(given);
      const least = POSITIVE.includes(flag) ? 1 : 0;
      if (typeof given !== 'string' || given.trim() === '' || !Number.isInteger(number) || number < least) {
        throw new ConfigError(`--${flag} (${name}) must be a whole number of at least ${least}, not "${given}"`);
      }
      return number;
    }
    return String(given);
  };

  const config: WorkerConfig = {
    redis: read('redis') as string,
    cluster: read('cluster') as boolean,
    stream: read('stream') as string,
    group: read('group') as string,
    verdicts: read('verdicts') as string,
    consumer: (read('consumer') as string) || `${hostname()}-${process.pid}`,
    metricsPort: read('metrics-port') as number,
    metricsHost: read('metrics-host') as string,
    claimIdleMs: read('claim-idle-ms') as number,
    batch: read('batch') as number,
    maxInFlight: read('max-in-flight') as number,
    maxTextChars: read('max-text') as number,
    contextTtlSeconds: read('context-ttl') as number,
    dedupeTtlSeconds: read('dedupe-ttl') as number,
    shutdownTimeoutMs: read('shutdown-timeout-ms') as number,
    prefix: read('prefix') as string,
    keepText: read('keep-text') as boolean,
    quiet: read('quiet') as boolean,
  };
  if (config.metricsPort > 65_535) throw new ConfigError('--metrics-port must be at most 65535');
  for (const name of ['stream', 'group', 'verdicts', 'prefix'] as const) {
    if (!config[name]) throw new ConfigError(`--${name} must not be empty`);
  }
  if (config.stream === config.verdicts) throw new ConfigError('--stream and --verdicts must differ');
  return config;
}

/** The configuration as it may be logged: passwords in Redis URLs are masked. */
export function describeConfig(config: WorkerConfig): Record<string, unknown> {
  return { ...config, redis: config.redis.split(',').map(maskPassword).join(',') };
}

function maskPassword(url: string): string {
  try {
    const parsed = new URL(url.trim());
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
