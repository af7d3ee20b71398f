// The `refundguard` bin: wires the real process streams to `run`.
import { EXIT, run } from './run.js';

// Output errors (a closed pipe, a full disk) reach `run` through its writer; stderr failing too must not crash.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`refundguard: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.input;
  },
);
