// Batch scan with the `refundguard` CLI: JSON lines in, one verdict line per message out. The verdicts
// carry the other fields through but not the text, so they can be stored or shared without the chats.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { byConversation, OFFICIAL_DOMAINS, readMessages } from './read-export.mjs';

const file = process.argv[2] ?? 'chat-export.jsonl';
const out = 'dist/verdicts.jsonl';

// The `refundguard` bin of @refundguard/core; with the package installed from npm, `npx refundguard` runs it.
const corePackage = createRequire(import.meta.url).resolve('@refundguard/core/package.json');
const cli = join(dirname(corePackage), 'dist/cli.js');

const args = ['scan', '--official', OFFICIAL_DOMAINS.join(',')];
console.log(`refundguard ${args.join(' ')} < ${file} > ${out}`);
mkdirSync(dirname(out), { recursive: true });
const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
const exited = new Promise((resolve) => child.once('close', resolve));
await Promise.all([pipeline(createReadStream(file), child.stdin), pipeline(child.stdout, createWriteStream(out))]);
const code = await exited;
if (code !== 0) throw new Error(`refundguard scan exited with ${code}`);

// Verdicts come back in input order, so the n-th message of a conversation is its n-th verdict.
const verdicts = byConversation(readMessages(out));
const risky = [];
for (const [id, lines] of verdicts) {
  lines.forEach((verdict, index) => {
    if (verdict.level !== 'medium' && verdict.level !== 'high') return;
    risky.push(id);
    const signals = verdict.signals.map((signal) => signal.id).join(', ');
    console.log(
      `  ${id}  turn ${index + 1} (${verdict.speaker})  ${verdict.level.toUpperCase().padEnd(6)}  ${signals}`,
    );
  });
}
const conversations = [...new Set(risky)];
console.log(`\n${risky.length} messages at medium or high, in ${conversations.join(', ') || 'no conversation'}.`);
console.log('One message at a time misses a script spread over several turns: scanConversation reads them together.');
