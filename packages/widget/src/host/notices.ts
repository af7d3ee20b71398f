import type { RiskLevel, SensitiveMatch, Signal, UrlCheck } from '@refundguard/core';
import type { RiskNotice } from './risk-host.js';

const unique = (phrases: string[]) => [...new Set(phrases)];

/**
 * What a message scan shows the buyer. Safety wording ("never share this code")
 * lowers the score but is not something "seen" to warn about, so it is left out.
 */
export function noticeFromSignals(level: RiskLevel, signals: readonly Signal[]): RiskNotice {
  const risky = signals.filter((signal) => signal.category !== 'safety');
  return {
    source: 'message',
    level,
    explanations: unique(risky.map((signal) => signal.explanation)),
    signals: risky.map(({ id, category }) => ({ id, category })),
  };
}

/** What a link check shows the buyer, naming the imitated domain of a lookalike. */
export function noticeFromUrl(check: UrlCheck): RiskNotice {
  return {
    source: 'link',
    level: check.level,
    explanations: check.reasons.map((reason) => reason.explanation),
    signals: check.reasons.map((reason) => ({ id: reason.id, category: check.verdict })),
    ...(check.imitates ? { imitates: check.imitates } : {}),
  };
}

/** What a sensitive-data find shows the buyer: kinds only, never the values. */
export function noticeFromSensitive(matches: readonly SensitiveMatch[]): RiskNotice {
  return {
    source: 'input',
    level: matches.some((match) => match.level === 'high') ? 'high' : 'medium',
    explanations: unique(matches.map((match) => match.explanation)),
    signals: matches.map((match) => ({ id: match.kind, category: 'sensitive-data' })),
  };
}

/** Sensitive-data finds worth asking about before a send (medium and high). */
export function worthAsking(matches: readonly SensitiveMatch[]): SensitiveMatch[] {
  return matches.filter((match) => match.level === 'medium' || match.level === 'high');
}
