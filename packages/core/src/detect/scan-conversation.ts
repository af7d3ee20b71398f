import { explain } from './explanations.js';
import { findSignals, type RawSignal } from './find-signals.js';
import { normalize } from './normalize.js';
import { readDetectorOptions } from './options.js';
import { capText } from './scan-text.js';
import { scoreWindow, withModelSignal } from './score.js';
import {
  type ConversationResult,
  type ConversationSignal,
  type ConversationTurn,
  RISK_LEVELS,
  type RiskLevel,
  type ScanOptions,
} from './types.js';

/** Turns (of all speakers) whose signals combine: the claim, the pretext and the harmful step of one script. */
export const CONVERSATION_WINDOW = 6;

const rank = (level: RiskLevel): number => RISK_LEVELS.indexOf(level);

/** What one added turn did to the conversation. */
export interface TurnVerdict {
  /** Index of the turn, from 0. */
  turn: number;
  /** Level of the conversation window at this turn. */
  level: RiskLevel;
  score: number;
  /** Signals of this turn, with offsets into its text. */
  signals: ConversationSignal[];
  /** The highest level the conversation has reached so far. */
  conversationLevel: RiskLevel;
}

/** Scores a conversation one turn at a time, as it arrives: see {@link createConversationScanner}. */
export interface ConversationScanner {
  /** Reads one more turn and scores the recent window; earlier turns are never read again. */
  add(turn: ConversationTurn): TurnVerdict;
  /** Everything so far, as {@link scanConversation} returns it. */
  result(): ConversationResult;
}

/** A turn still inside the window: who said it and what scoring needs of it (its normalized text, for the model). */
interface RecentTurn {
  speaker: string;
  text: string;
  /** Length of the original (capped) text, for the span of a `model.script` signal. */
  length: number;
  signals: RawSignal[];
}

/**
 * Starts an incremental conversation scan for a live chat: each {@link ConversationScanner.add} reads only the
 * new turn (time linear in its length, capped as in `scanText`) and scores the last
 * {@link CONVERSATION_WINDOW} turns per speaker from what was kept of them: their signals, not their text.
 * Never throws.
 */
export function createConversationScanner(options: ScanOptions = {}): ConversationScanner {
  const { locale, officialDomains, problems } = readDetectorOptions(options);
  const state: ConversationResult = {
    level: 'none',
    score: 0,
    signals: [],
    firstMediumTurn: null,
    firstHighTurn: null,
    levels: [],
    ...(problems.length ? { problems } : {}),
  };
  const recent: RecentTurn[] = [];

  const read = (turn: ConversationTurn): RecentTurn => {
    try {
      const text = typeof turn === 'string' ? turn : typeof turn?.text === 'string' ? turn.text : '';
      const speaker = typeof turn === 'object' && turn !== null ? String(turn.speaker ?? '') : '';
      const capped = capText(text).text;
      const normalized = normalize(capped);
      return {
        speaker,
        text: normalized.text,
        length: capped.length,
        signals: findSignals(normalized, officialDomains),
      };
    } catch {
      return { speaker: '', text: '', length: 0, signals: [] };
    }
  };

  return {
    add(turn) {
      const index = state.levels.length;
      const current = read(turn);
      recent.push(current);
      if (recent.length > CONVERSATION_WINDOW) recent.shift();

      // Each speaker is judged on their own words in the window.
      let level: RiskLevel = 'none';
      let score = 0;
      let modelOnly = false;
      for (const who of new Set(recent.map((past) => past.speaker))) {
        const verdict = scoreWindow(recent.filter((past) => past.speaker === who));
        if (rank(verdict.level) > rank(level)) [level, modelOnly] = [verdict.level, verdict.modelOnly];
        score = Math.max(score, verdict.score);
      }

      const shown = withModelSignal(current.signals, { level, score, modelOnly }, current.length);
      const signals = shown.map(({ id, category, start, end }) => ({
        id,
        category,
        start,
        end,
        explanation: explain(id, category, locale),
        turn: index,
      }));
      for (const signal of signals) state.signals.push(signal);
      state.levels.push(level);
      if (rank(level) > rank(state.level)) state.level = level;
      state.score = Math.max(state.score, score);
      if (state.firstMediumTurn === null && rank(level) >= rank('medium')) state.firstMediumTurn = index;
      if (state.firstHighTurn === null && level === 'high') state.firstHighTurn = index;
      return { turn: index, level, score, signals, conversationLevel: state.level };
    },
    result: () => ({ ...state, signals: [...state.signals], levels: [...state.levels] }),
  };
}

/**
 * Scans a chat or call turn by turn. At each turn, the signals of the last {@link CONVERSATION_WINDOW}
 * turns are scored together, per speaker: each speaker is judged on their own words, so a script whose
 * harmful step comes in turn 5 is caught at turn 5, a buyer asking "is this a scam?" does not make the
 * caller's script look safe, and a buyer's own question ("should I transfer?") is not the caller's
 * demand. Turns without a speaker count as one voice. Each turn is read once: time is linear in the total
 * length. Never throws.
 */
export function scanConversation(
  turns: ReadonlyArray<ConversationTurn>,
  options: ScanOptions = {},
): ConversationResult {
  const scanner = createConversationScanner(options);
  if (!Array.isArray(turns)) {
    const result = scanner.result();
    return { ...result, problems: [...(result.problems ?? []), 'turns should be an array; nothing scanned'] };
  }
  for (const turn of turns) scanner.add(turn);
  return scanner.result();
}
