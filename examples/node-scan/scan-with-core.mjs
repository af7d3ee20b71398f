// Batch scan with the core library: each conversation is read turn by turn, so a script whose
// harmful step comes late (a code asked for in turn 5) is caught at the turn where it happens.
import { scanConversation } from '@refundguard/core';
import { byConversation, OFFICIAL_DOMAINS, readMessages } from './read-export.mjs';

const file = process.argv[2] ?? 'chat-export.jsonl';
const messages = readMessages(file);
const conversations = byConversation(messages);
console.log(`scanConversation: ${conversations.size} conversations, ${messages.length} messages in ${file}\n`);

const flagged = [];
for (const [id, turns] of conversations) {
  const locale = turns[0]?.locale;
  const result = scanConversation(
    turns.map(({ text, speaker }) => ({ text, speaker })),
    { locale, officialDomains: OFFICIAL_DOMAINS },
  );
  if (result.firstMediumTurn === null) {
    console.log(`  ${id}  ${locale.padEnd(7)}  ok      (${result.level})`);
    continue;
  }
  flagged.push(id);
  // Turns are counted from 1 for people; the explanations come in the conversation's language.
  const decisive = result.firstHighTurn ?? result.firstMediumTurn;
  const reasons = new Set(result.signals.filter((signal) => signal.turn === decisive).map((s) => s.explanation));
  const when = [];
  if (result.firstMediumTurn !== result.firstHighTurn) when.push(`medium at turn ${result.firstMediumTurn + 1}`);
  if (result.firstHighTurn !== null) when.push(`high at turn ${result.firstHighTurn + 1}`);
  const level = result.level.toUpperCase().padEnd(6);
  console.log(`  ${id}  ${locale.padEnd(7)}  ${level}  ${when.join(', ')}: ${[...reasons].join('; ')}`);
}

console.log(
  `\n${flagged.length} of ${conversations.size} conversations need a look: ${flagged.join(', ') || 'none'}\n`,
);
