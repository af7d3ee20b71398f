import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { COMMANDS, type StreamOptions, streamLines } from './commands.js';
import { USAGE } from './usage.js';
import { OutputError } from './writer.js';

/** The streams a run reads and writes; the real process's in `main.ts`, in-memory ones in tests. */
export interface CliIo {
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: Writable;
  stderr: Writable;
}

/** Exit statuses, as documented in `refundguard --help`. */
export const EXIT = { ok: 0, input: 1, usage: 2, output: 3 } as const;

/** Runs the CLI on `argv` (without node and the script path) and resolves to the exit status. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`refundguard: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const chosen = command && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!chosen || extra.length) {
    const what = command && !chosen ? `unknown command "${command}"` : 'expected one command';
    io.stderr.write(`refundguard: ${what}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const maxLine = values['max-line'] === undefined ? undefined : Number(values['max-line']);
  if (maxLine !== undefined && !(Number.isInteger(maxLine) && maxLine > 0)) {
    io.stderr.write('refundguard: --max-line needs a positive whole number\n');
    return EXIT.usage;
  }
  const options: StreamOptions = {
    officialDomains: (values.official ?? [])
      .flatMap((v) => v.split(','))
      .map((d) => d.trim())
      .filter(Boolean),
    keepText: values['keep-text'] ?? false,
    base: values.base,
    maxLineChars: maxLine,
  };
  try {
    const stats = await streamLines(chosen, io.stdin, io.stdout, io.stderr, options);
    if (stats.skipped) io.stderr.write(`refundguard: ${stats.skipped} of ${stats.lines} lines skipped\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof OutputError) {
      io.stderr.write(`refundguard: ${error.message}; stopped\n`);
      return EXIT.output;
    }
    io.stderr.write(`refundguard: could not read the input (${(error as Error)?.message ?? 'unknown error'})\n`);
    return EXIT.input;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      official: { type: 'string', multiple: true },
      base: { type: 'string' },
      'keep-text': { type: 'boolean' },
      'max-line': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
