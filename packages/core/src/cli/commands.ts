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

/** One input line's outcome: the JSON line to write, or why there is none. */
type LineOutcome = { line: string } | { skipped: string };

/** Turns one line into its output line, or the reason it has none; never throws. */
function processLine(
  command: LineCommand,
  transform: (item: Json | string) => Json | string,
  text: string,
): LineOutcome {
  let item: unknown = text.trim();
  if (!command.plainLines || text.trimStart().startsWith('{')) {
    try {
      item = JSON.parse(text);
    } catch (error) {
      return { skipped: error instanceof RangeError ? 'nested too deeply to read' : 'not valid JSON' };
    }
  }
  const isObject = !!item && typeof item === 'object' && !Array.isArray(item);
  if (!isObject && typeof item !== 'string') return { skipped: 'expected a JSON object' };
  try {
    const result = transform(item as Json | string);
    return typeof result === 'string' ? { skipped: result } : { line: JSON.stringify(result) };
  } catch (error) {
    // Passed-through fields nested deeper than JSON.stringify can go, or a value it cannot write.
    return { skipped: error instanceof RangeError ? 'nested too deeply to write back' : 'could not be scanned' };
  }
}

/**
 * Reads `input` line by line and writes, for every line, either one JSON line on `output` or one line on
 * `errors` naming the line number (blank lines included), so a consumer can always account for every input
 * line. A line that cannot be handled never stops the run; a failing output does, with an {@link OutputError}
 * after everything before it was handed to the output.
 */
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
    if (!text.trim()) {
      skip(number, 'empty');
      continue;
    }
    const outcome = processLine(command, transform, text);
    if ('skipped' in outcome) {
      skip(number, outcome.skipped);
      continue;
    }
    await out.write(outcome.line);
    stats.written++;
  }
  await out.end();
  return stats;
}
