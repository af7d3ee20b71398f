/** Severity of a log line; `--quiet` keeps `warn` and `error` only. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Writes one JSON object per line: `{time, level, event, ...fields}`. Never text of a message. */
export type Logger = (level: LogLevel, event: string, fields?: Record<string, unknown>) => void;

/** A logger writing to `out` (standard output by default). */
export function createLogger(options: { quiet?: boolean; out?: { write(line: string): unknown } } = {}): Logger {
  const out = options.out ?? process.stdout;
  return (level, event, fields = {}) => {
    if (options.quiet && (level === 'debug' || level === 'info')) return;
    out.write(`${JSON.stringify({ time: new Date().toISOString(), level, event, ...fields })}\n`);
  };
}

/** A logger that drops everything, for embedding in tests and tools. */
export const silentLogger: Logger = () => {};

/** The message of an unknown thrown value, for a log field. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
