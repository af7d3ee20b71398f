import { explain } from './explanations.js';
import { findSignals, type RawSignal } from './find-signals.js';
import { BucketWindow, type TurnTrace, traceTurn } from './model/window.js';
import { normalize } from './normalize.js';
import { type DetectorOptions, readDetectorOptions } from './options.js';
import { capPerId, capText, cutAt, readInWindows } from './scan-text.js';
import {
  conversationScorer,
  scoreMessage,
  scoreTogether,
  scoreTurnAlone,
  type Verdict,
  withModelSignal,
  worse,
} from './score.js';
import {
  type ConversationResult,
  type ConversationSignal,
  type ConversationTurn,
  RISK_LEVELS,
  type RiskLevel,
  SCORE_WINDOW,
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

/** One turn's verdict without the conversation's running totals: see {@link createTurnScorer}. */
export type TurnScore = Omit<TurnVerdict, 'conversationLevel'>;

/** Reads one more turn of a live chat and scores the recent window: see {@link createTurnScorer}. */
export type TurnScorer = (turn: ConversationTurn) => TurnScore;

/**
 * A turn still inside the window: who said it and what scoring needs of it — its signals, its trace (n-gram
 * buckets and framing, see `model/window.ts`) and its verdict read alone. Never its text.
 */
interface RecentTurn {
  speaker: string;
  signals: RawSignal[];
  trace: TurnTrace;
  alone: Verdict;
}

/** One speaker's part of the window: their turns' buckets, and their verdict while it has not changed. */
interface SpeakerWindow {
  buckets: BucketWindow;
  turns: RecentTurn[];
  verdict: Verdict | null;
}

const NOTHING: Verdict = { level: 'none', score: 0, modelOnly: false };

/**
 * The window of recent turns per speaker, scoring each turn added. `omitted` hears, at every turn, how many of
 * its signals the turn's own listing left out (beyond MAX_SIGNALS_PER_ID of one id), for a result that counts them.
 */
function windowScorer({ locale, officialDomains }: DetectorOptions, omitted?: (count: number) => void): TurnScorer {
  const recent: RecentTurn[] = [];
  const speakers = new Map<string, SpeakerWindow>();
  let turns = 0;

  /** What is kept of a turn and what it lists; a turn that cannot be read (a hostile object) counts as empty. */
  const read = (
    turn: ConversationTurn,
  ): { current: RecentTurn; listed: RawSignal[]; found: number; length: number } => {
    try {
      const text = typeof turn === 'string' ? turn : typeof turn?.text === 'string' ? turn.text : '';
      const speaker = typeof turn === 'object' && turn !== null ? String(turn.speaker ?? '') : '';
      const capped = capText(text).text;
      const length = capped.length;
      // A long turn is read in windows, as scanText reads a long text. It joins the window of turns by its last
      // stretch, which the next step of a script would follow.
      const long = length > SCORE_WINDOW;
      const tail = normalize(long ? capped.slice(cutAt(capped, length - SCORE_WINDOW)) : capped);
      const signals = findSignals(tail, officialDomains);
      const trace = traceTurn(conversationScorer(), tail.text);
      const {
        verdict: alone,
        signals: listed,
        found,
      } = long
        ? readInWindows(capped, officialDomains)
        : {
            verdict: scoreTurnAlone(tail.text, trace, signals) ?? scoreMessage(tail.text, signals, officialDomains),
            signals: capPerId(signals, new Map()),
            found: signals.length,
          };
      return { current: { speaker, signals, trace, alone }, listed, found, length };
    } catch {
      return {
        current: { speaker: '', signals: [], trace: EMPTY_TRACE, alone: NOTHING },
        listed: [],
        found: 0,
        length: 0,
      };
    }
  };

  /**
   * A speaker's verdict: their newest turn alone, or their turns in the window together, the worse; kept until
   * their window changes.
   */
  const judgeSpeaker = (window: SpeakerWindow): Verdict => {
    const alone = window.turns.at(-1)?.alone ?? NOTHING;
    window.verdict ??=
      window.turns.length > 1
        ? worse(
            scoreTogether(
              window.buckets,
              window.turns.flatMap((past) => past.signals),
            ),
            alone,
          )
        : alone;
    return window.verdict;
  };

  return (turn) => {
    const index = turns++;
    const { current, listed, found, length } = read(turn);
    recent.push(current);
    const mine = speakers.get(current.speaker) ?? {
      buckets: new BucketWindow(conversationScorer().levels),
      turns: [],
      verdict: null,
    };
    speakers.set(current.speaker, mine);
    mine.turns.push(current);
    mine.buckets.add(current.trace);
    mine.verdict = null;
    if (recent.length > CONVERSATION_WINDOW) {
      const gone = recent.shift() as RecentTurn;
      const theirs = speakers.get(gone.speaker) as SpeakerWindow;
      theirs.turns.shift();
      theirs.buckets.remove(gone.trace);
      theirs.verdict = null;
      if (!theirs.turns.length) speakers.delete(gone.speaker);
    }

    // Each speaker is judged on their own words in the window.
    let verdict = NOTHING;
    for (const window of speakers.values()) verdict = worse(verdict, judgeSpeaker(window));
    const { level, score } = verdict;
    omitted?.(found - listed.length);
    const signals: ConversationSignal[] = withModelSignal(listed, verdict, length).map(
      ({ id, category, start, end }) => ({
        id,
        category,
        start,
        end,
        explanation: explain(id, category, locale),
        turn: index,
      }),
    );
    return { turn: index, level, score, signals };
  };
}

/**
 * Scores a live chat turn by turn, as {@link createConversationScanner}'s `add` does, without keeping the
 * conversation's totals (its levels, its listed signals): for a chat view that needs only each turn's verdict.
 * Options are read as `scanText` reads them; what is wrong with them is left out, not reported. Never throws.
 */
export const createTurnScorer = (options?: ScanOptions): TurnScorer => windowScorer(readDetectorOptions(options));

/**
 * Starts an incremental conversation scan for a live chat: each {@link ConversationScanner.add} reads only the
 * new turn (time linear in its length, capped as in `scanText`) and scores the last
 * {@link CONVERSATION_WINDOW} turns per speaker from what was kept of them: their signals, n-gram buckets and
 * framing, not their text. A speaker's window is scored again only when it changes. Never throws.
 */
export function createConversationScanner(options: ScanOptions = {}): ConversationScanner {
  const read = readDetectorOptions(options);
  const state: ConversationResult = {
    level: 'none',
    score: 0,
    signals: [],
    firstMediumTurn: null,
    firstHighTurn: null,
    levels: [],
    ...(read.problems.length ? { problems: read.problems } : {}),
  };
  // The result lists signals as scanText does, at most MAX_SIGNALS_PER_ID of one id: a scanner kept open on a
  // live chat for days holds a bounded list.
  const listedPerId = new Map<string, number>();
  let omittedInTurn = 0;
  const scoreTurn = windowScorer(read, (count) => {
    omittedInTurn = count;
  });

  return {
    add(turn) {
      const verdict = scoreTurn(turn);
      const { turn: index, level, score, signals } = verdict;
      const kept = capPerId(signals, listedPerId);
      for (const signal of kept) state.signals.push(signal);
      const omitted = omittedInTurn + signals.length - kept.length;
      if (omitted) state.signalsOmitted = (state.signalsOmitted ?? 0) + omitted;
      state.levels.push(level);
      if (rank(level) > rank(state.level)) state.level = level;
      state.score = Math.max(state.score, score);
      if (state.firstMediumTurn === null && rank(level) >= rank('medium')) state.firstMediumTurn = index;
      if (state.firstHighTurn === null && level === 'high') state.firstHighTurn = index;
      return { ...verdict, conversationLevel: state.level };
    },
    result: () => ({ ...state, signals: [...state.signals], levels: [...state.levels] }),
  };
}

const EMPTY_TRACE: TurnTrace = { buckets: [], levelSum: 0, frames: new Set(), han: 0, traditional: 0, latin: 0 };

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
