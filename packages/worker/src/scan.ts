import { scanText } from '@refundguard/core';
import type { TurnSummary } from './conversation.js';
import type { ChatMessage } from './entry.js';

/** Scans one message with core and keeps what the verdict and the conversation context need: no text. */
export function scanMessage(message: ChatMessage): TurnSummary {
  const { level, score, signals } = scanText(message.text, {
    locale: message.locale,
    officialDomains: message.officialDomains,
  });
  const ids: string[] = [];
  const categories: TurnSummary['categories'] = [];
  for (const signal of signals) {
    if (!ids.includes(signal.id)) ids.push(signal.id);
    if (!categories.includes(signal.category)) categories.push(signal.category);
  }
  return { role: message.role, level, score, ids, categories };
}
