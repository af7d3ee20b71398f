import { explain, explanationLocale } from './explanations.js';
import { findSignals, type RawSignal } from './find-signals.js';
import { scoreSignals } from './score.js';
import {
  type ConversationResult,
  type ConversationTurn,
  RISK_LEVELS,
  type RiskLevel,
  type ScanOptions,
} from './types.js';

/** Turns (of all speakers) whose signals combine: the claim, the pretext and the harmful step of one script. */
export const CONVERSATION_WINDOW = 6;

const rank = (level: RiskLevel): number => RISK_LEVELS.indexOf(level);

/**
 * Scans a chat or call turn by turn. At each turn, the signals of the last {@link CONVERSATION_WINDOW}
 * turns are scored together, per speaker: each speaker is judged on their own words, so a script whose
 * harmful step comes in turn 5 is caught at turn 5, a buyer asking "is this a scam?" does not make the
 * caller's script look safe, and a buyer's own question ("should I transfer?") is not the caller's
 * demand. Turns without a speaker count as one voice. Never throws.
 */
export function scanConversation(
  turns: ReadonlyArray<ConversationTurn>,
  options: ScanOptions = {},
): ConversationResult {
  const result: ConversationResult = {
    level: 'none',
    score: 0,
    signals: [],
    firstMediumTurn: null,
    firstHighTurn: null,
    levels: [],
  };
  try {
    const locale = explanationLocale(options?.locale);
    const perTurn: Array<{ speaker: string; signals: RawSignal[] }> = [];
    for (const [index, turn] of (Array.isArray(turns) ? turns : []).entries()) {
      const text = typeof turn === 'string' ? turn : typeof turn?.text === 'string' ? turn.text : '';
      const speaker = typeof turn === 'object' && turn !== null ? String(turn.speaker ?? '') : '';
      const signals = findSignals(text, options?.officialDomains);
      perTurn.push({ speaker, signals });
      for (const { id, category, start, end } of signals) {
        result.signals.push({ id, category, start, end, explanation: explain(id, category, locale), turn: index });
      }
    }

    const speakers = [...new Set(perTurn.map((turn) => turn.speaker))];
    perTurn.forEach((_, index) => {
      let turnLevel: RiskLevel = 'none';
      let turnScore = 0;
      for (const who of speakers) {
        const recent: RawSignal[] = [];
        for (let j = Math.max(0, index - CONVERSATION_WINDOW + 1); j <= index; j++) {
          const past = perTurn[j];
          if (past?.speaker === who) recent.push(...past.signals);
        }
        const { level, score } = scoreSignals(recent);
        if (rank(level) > rank(turnLevel)) turnLevel = level;
        turnScore = Math.max(turnScore, score);
      }
      result.levels.push(turnLevel);
      if (rank(turnLevel) > rank(result.level)) result.level = turnLevel;
      result.score = Math.max(result.score, turnScore);
      if (result.firstMediumTurn === null && rank(turnLevel) >= rank('medium')) result.firstMediumTurn = index;
      if (result.firstHighTurn === null && turnLevel === 'high') result.firstHighTurn = index;
    });
    return result;
  } catch {
    return result;
  }
}
