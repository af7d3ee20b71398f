/**
 * @refundguard/worker: scans chat messages from a Redis Stream with RefundGuard's detectors and appends
 * one verdict per message. Run it as the `refundguard-worker` bin, or embed it with {@link startWorker}.
 * @packageDocumentation
 */
export { ConfigError, describeConfig, readConfig, type WorkerConfig } from './config.js';
export { levelAfter, type TurnSummary, WINDOW } from './conversation.js';
export { type ChatMessage, type PoisonCode, ROLES } from './entry.js';
export { createLogger, type Logger, type LogLevel, silentLogger } from './log.js';
export { connect, type RedisClient } from './redis.js';
export type { Verdict } from './verdicts.js';
export { startWorker, type Worker, type WorkerOptions } from './worker.js';
