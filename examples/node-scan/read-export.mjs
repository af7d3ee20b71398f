// Reads the chat export: JSON lines, one message each, with `conversation`, `locale`, `speaker` and `text`.
import { readFileSync } from 'node:fs';

/** The platform's own domains: links there are not "leaving the platform". */
export const OFFICIAL_DOMAINS = ['shop.example'];

/** Every message of a JSON-lines file, in order. */
export function readMessages(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

/** Messages grouped by conversation id, each list in the order the messages were sent. */
export function byConversation(messages) {
  const conversations = new Map();
  for (const message of messages) {
    const turns = conversations.get(message.conversation) ?? [];
    turns.push(message);
    conversations.set(message.conversation, turns);
  }
  return conversations;
}
