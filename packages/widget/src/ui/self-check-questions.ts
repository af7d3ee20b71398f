import type { ReminderKey } from '@refundguard/core';

/** One self-check question; `harmful` marks the actions that only a scammer asks for. */
export interface SelfCheckQuestion {
  key: ReminderKey;
  harmful: boolean;
}

/** The questions in asking order: the traps first (identity is the premise), then the harmful actions. */
export const SELF_CHECK_QUESTIONS: readonly SelfCheckQuestion[] = [
  { key: 'selfcheck.q.knowsOrder', harmful: false },
  { key: 'selfcheck.q.offersMoney', harmful: false },
  { key: 'selfcheck.q.threatens', harmful: false },
  { key: 'selfcheck.q.asksCode', harmful: true },
  { key: 'selfcheck.q.asksMoney', harmful: true },
  { key: 'selfcheck.q.asksApp', harmful: true },
];

/** The self-check's outcome. */
export type SelfCheckVerdict = 'scam' | 'caution' | 'clear';

/**
 * The verdict for the answers so far (`true` = yes, in question order), or `null` while undecided.
 * Any harmful-action yes decides at once; otherwise a trap yes means caution, all no means clear.
 */
export function selfCheckVerdict(
  answers: readonly boolean[],
  questions: readonly SelfCheckQuestion[] = SELF_CHECK_QUESTIONS,
): SelfCheckVerdict | null {
  if (answers.some((yes, i) => yes && questions[i]?.harmful)) return 'scam';
  if (answers.length < questions.length) return null;
  return answers.includes(true) ? 'caution' : 'clear';
}
