import { explain, explanationLocale } from './explanations.js';
import { findSignals, type RawSignal } from './find-signals.js';
import { scoreSignals } from './score.js';
import {
  type ConversationResult,
  type ConversationSignal,
  type ConversationTurn,
  RISK_LEVELS,
  type RiskLevel,
  type ScanOptions,
} from './types.js';

/** Turns (of all speakers) over which pressure, harmful steps and safety wording combine. */
export const CONVERSATION_WINDOW = 6;

const rank = (level: RiskLevel): number => RISK_LEVELS.indexOf(level);

/**
 * Scans a chat or call turn by turn. Each speaker is judged on their own words: who they claimed to
 * be and the pretext they gave stay in force for the rest of the conversation, while pressure,
 * harmful steps and safety wording count within a sliding window of recent turns. So a script whose
 * harmful step comes in turn 5 is caught at turn 5, and a buyer asking "is this a scam?" does not
 * make the caller's script look safe. Never throws.
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
    const locale = explanationLocale(options.locale);
    const perTurn: Array<{ speaker: string; signals: RawSignal[] }> = [];
    for (const [index, turn] of (Array.isArray(turns) ? turns : []).entries()) {
      const text = typeof turn === 'string' ? turn : typeof turn?.text === 'string' ? turn.text : '';
      const speaker = typeof turn === 'object' && turn !== null ? String(turn.speaker ?? '') : '';
      const signals = findSignals(text, options.officialDomains);
      perTurn.push({ speaker, signals });
      for (const signal of signals) {
        result.signals.push({ ...signal, explanation: explain(signal.id, locale), turn: index } as ConversationSignal);
      }
    }

    const context = new Map<string, RawSignal[]>();
    perTurn.forEach(({ speaker, signals }, index) => {
      const sticky = context.get(speaker) ?? [];
      for (const s of signals) if (s.category === 'impersonation' || s.category === 'pretext') sticky.push(s);
      context.set(speaker, sticky);

      let turnLevel: RiskLevel = 'none';
      let turnScore = 0;
      for (const [who, claims] of context) {
        const recent: RawSignal[] = [...claims];
        for (let j = Math.max(0, index - CONVERSATION_WINDOW + 1); j <= index; j++) {
          const past = perTurn[j];
          if (past?.speaker !== who) continue;
          for (const s of past.signals) if (s.category !== 'impersonation' && s.category !== 'pretext') recent.push(s);
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
