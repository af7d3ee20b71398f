// The `refundguard-worker` bin: configuration from flags and environment, a worker, graceful SIGTERM.
import { ConfigError, describeConfig, readConfig, USAGE } from './config.js';
import { createLogger, errorMessage } from './log.js';
import { startWorker } from './worker.js';

async function main(): Promise<number> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`refundguard-worker: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (config === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const log = createLogger({ quiet: config.quiet });
  // Listen before starting: a supervisor may stop a worker that is still connecting.
  let signalled: string | undefined;
  let onSignal = (signal: string) => {
    signalled = signal;
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => onSignal(signal));
  log('info', 'config', describeConfig(config));
  const worker = await startWorker(config, { log });
  if (worker.metricsPort) log('info', 'metrics', { url: `http://${config.metricsHost}:${worker.metricsPort}/metrics` });
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      log('info', 'signal', { signal });
      // Redis may be gone: commands then wait for it forever, and a supervisor needs the process to end.
      setTimeout(() => {
        log('error', 'shutdown-timeout', { inFlight: worker.metrics.inFlight });
        process.exit(1);
      }, config.shutdownTimeoutMs).unref();
      worker.stop().then(resolve, resolve);
    };
    if (signalled) shutdown(signalled);
    else onSignal = shutdown;
  });
  return 0;
}

main().then(
  (status) => {
    process.exitCode = status;
    // Nothing should be left, but a stray socket must not keep a stopped worker alive.
    setTimeout(() => process.exit(status), 1000).unref();
  },
  (error: unknown) => {
    process.stderr.write(
      `${JSON.stringify({ time: new Date().toISOString(), level: 'error', event: 'fatal', error: errorMessage(error) })}\n`,
    );
    process.exit(1);
  },
);
