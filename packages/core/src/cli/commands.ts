import type { Writable } from 'node:stream';
import { checkUrl, scanText } from '../detect/index.js';
import { readLines } from './lines.js';
import { lineWriter } from './writer.js';

/** What the streaming commands need besides their streams. */
export interface StreamOptions {
  /** The platform's own domains. */
  officialDomains?: readonly string[];
  /** Copy the input `text` into the output (off by default: the output then holds no message text). */
  keepText?: boolean;
  /** Page that relative links come from (check-url). */
  base?: string;
  /** Longest line accepted, in characters; longer lines are reported and skipped. */
  maxLineChars?: number;
}

/** Counts reported on stderr when a command finishes. */
export interface StreamStats {
  lines: number;
  written: number;
  skipped: number;
}

type Json = Record<string, unknown>;

/** A streaming command: how one input item (an object, or a bare line) becomes one output object. */
export interface LineCommand {
  /** Whether a line that is not JSON is taken as a plain string (a bare link). */
  plainLines: boolean;
  /** Builds the per-item transform; a string result is the reason the item is skipped. */
  prepare(options: StreamOptions): (item: Json | string) => Json | string;
}

/**
 * `scan`: `{"text": …, …}` in; level, score and signal ids and categories out; other fields pass
 * through, the text only with `keepText`.
 */
const scan: LineCommand = {
  plainLines: false,
  prepare: (options) => {
    const scanOptions = { officialDomains: options.officialDomains };
    return (item) => {
      if (typeof item === 'string' || typeof item.text !== 'string') return 'expected an object with a "text" string';
      const { text, ...rest } = item;
      const result = scanText(text, scanOptions);
      const seen = new Set<string>();
      const signals = result.signals
        .filter((s) => !seen.has(s.id) && seen.add(s.id))
        .map(({ id, category }) => ({ id, category }));
      const kept = options.keepText ? { text } : {};
      return { ...rest, ...kept, level: result.level, score: Math.round(result.score * 1000) / 1000, signals };
    };
  },
};

/** `check-url`: a link a line (or `{"url": …}`) in, its verdict out. */
const checkUrlCommand: LineCommand = {
  plainLines: true,
  prepare: (options) => {
    const urlOptions = { officialDomains: options.officialDomains, base: options.base };
    return (item) => {
      const fields: Json = typeof item === 'string' ? { url: item } : item;
      if (typeof fields.url !== 'string') return 'expected a link or an object with a "url" string';
      const result = checkUrl(fields.url, urlOptions);
      const imitates = result.imitates ? { imitates: result.imitates } : {};
      const reasons = result.reasons.map((r) => r.id);
      return { ...fields, level: result.level, verdict: result.verdict, host: result.host, ...imitates, reasons };
    };
  },
};

/** The streaming commands by name. */
export const COMMANDS: Readonly<Record<string, LineCommand>> = { scan, 'check-url': checkUrlCommand };

/** Reads `input` line by line, writes one JSON line per good line, reports bad ones on `errors`. */
export async function streamLines(
  command: LineCommand,
  input: AsyncIterable<string | Uint8Array>,
  output: Writable,
  errors: Writable,
  options: StreamOptions = {},
): Promise<StreamStats> {
  const transform = command.prepare(options);
  const out = lineWriter(output);
  const stats: StreamStats = { lines: 0, written: 0, skipped: 0 };
  const skip = (number: number, why: string) => {
    stats.skipped++;
    // Only the line number and the reason: the line itself may hold a card number or a code.
    errors.write(`refundguard: line ${number}: ${why}; skipped\n`);
  };
  for await (const { number, text } of readLines(input, options.maxLineChars)) {
    stats.lines = number;
    if (text === null) {
      skip(number, `longer than ${options.maxLineChars ?? 1_000_000} characters`);
      continue;
    }
    if (!text.trim()) continue;
    let item: unknown = text.trim();
    if (!command.plainLines || text.trimStart().startsWith('{')) {
      try {
        item = JSON.parse(text);
      } catch {
        skip(number, 'not valid JSON');
        continue;
      }
    }
    const isObject = !!item && typeof item === 'object' && !Array.isArray(item);
    const result = isObject || typeof item === 'string' ? transform(item as Json | string) : 'expected a JSON object';
    if (typeof result === 'string') skip(number, result);
    else {
      await out.write(JSON.stringify(result));
      stats.written++;
    }
  }
  await out.end();
  return stats;
}
