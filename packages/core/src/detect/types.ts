/** How worried the buyer should be. `high` interrupts; `medium` cautions inline; `low` and `none` stay calm. */
export type RiskLevel = 'none' | 'low' | 'medium' | 'high';

/** Levels in increasing order, for comparisons. */
export const RISK_LEVELS: readonly RiskLevel[] = ['none', 'low', 'medium', 'high'];

/**
 * Which part of the scam's anatomy a signal belongs to. The harmful steps are split by kind
 * (`credentials`, `payment`, `loan`, `remote-control`, `off-platform`); `safety` is genuine warning
 * wording and lowers the score.
 */
export type SignalCategory =
  | 'impersonation'
  | 'pretext'
  | 'pressure'
  | 'credentials'
  | 'payment'
  | 'loan'
  | 'remote-control'
  | 'off-platform'
  | 'safety';

/** Categories that are a step the buyer is talked into; at least one is needed for `high`. */
export const HARMFUL_CATEGORIES: readonly SignalCategory[] = [
  'credentials',
  'payment',
  'loan',
  'remote-control',
  'off-platform',
];

/** One thing seen in a message, with offsets into the ORIGINAL text (`end` exclusive). */
export interface Signal {
  /** Stable id, e.g. `credentials.code`, `impersonation.service`. */
  id: string;
  category: SignalCategory;
  start: number;
  end: number;
  /** A short phrase for the buyer in the requested locale ("asks for a verification code"). */
  explanation: string;
}

/** Result of {@link scanText}. */
export interface ScanResult {
  level: RiskLevel;
  /** 0..1; how strongly the message reads like a fake customer-service script. */
  score: number;
  signals: Signal[];
  /**
   * Set when the text was longer than {@link MAX_SCAN_CHARS}: only its first `MAX_SCAN_CHARS` characters were
   * read. A caller holding more should scan the rest separately.
   */
  truncated?: true;
  /**
   * Set when more than {@link MAX_SIGNALS_PER_ID} signals of one id were found (a text that repeats a phrase
   * thousands of times): how many were left out of `signals`. The level and score count all of them.
   */
  signalsOmitted?: number;
  /** What was wrong with the input or options, in plain words (bad items are left out, never trusted). */
  problems?: string[];
}

/**
 * The most characters (UTF-16 code units) one call reads: 1,048,576. Time is linear in the text up to here;
 * past it the result says `truncated`. A text longer than {@link SCORE_WINDOW} is read in windows of that many
 * characters overlapping by {@link SCORE_OVERLAP}, so a script inside a long benign text is judged on its own.
 */
export const MAX_SCAN_CHARS = 1 << 20;

/**
 * Characters read together (normalized, searched and scored) in a long text: also all one call holds in
 * memory at a time, so a character of a megabyte costs what a character of a short message does.
 */
export const SCORE_WINDOW = 2048;

/**
 * Characters two neighbouring windows share: longer than a whole scam message, so none is cut in two, and
 * short enough that a long text is read about 1.3 times, not twice. A signal is reported by the window whose
 * middle part holds its start.
 */
export const SCORE_OVERLAP = 512;

/**
 * Signals of one id a result lists at most, in text order; the rest are counted in `signalsOmitted`. A
 * message that repeats "验证码" ten thousand times says nothing more with the ten-thousandth.
 */
export const MAX_SIGNALS_PER_ID = 64;

/** Options for {@link scanText} and {@link scanConversation}. */
export interface ScanOptions {
  /** BCP 47 tag for the explanations: zh-Hant/zh-TW/zh-HK/zh-MO, other zh, anything else is English. */
  locale?: string;
  /**
   * The platform's own domains: links to them (or their subdomains) are not counted as leaving
   * the platform. URLs and `www.` forms are read as bare domains, a comma-separated string as a list;
   * anything else is left out and reported in `problems`.
   */
  officialDomains?: readonly string[] | string;
}

/** One turn of a conversation: plain text, or text with who said it. */
export type ConversationTurn = string | { text: string; speaker?: string };

/** A signal found in a conversation, with the index of the turn it came from (offsets are into that turn). */
export interface ConversationSignal extends Signal {
  turn: number;
}

/** Result of {@link scanConversation}. */
export interface ConversationResult {
  /** Highest level reached at any turn. */
  level: RiskLevel;
  score: number;
  signals: ConversationSignal[];
  /** Index of the first turn at which the conversation reached `medium` or worse, or null. */
  firstMediumTurn: number | null;
  /** Index of the first turn at which the conversation reached `high`, or null. */
  firstHighTurn: number | null;
  /** Level after each turn, so a chat view can mark where the script turned harmful. */
  levels: RiskLevel[];
  /**
   * As in {@link ScanResult.signalsOmitted}: signals left out of `signals` beyond {@link MAX_SIGNALS_PER_ID} of one
   * id in the conversation (each turn's own verdict still lists those of its turn, up to the same cap).
   */
  signalsOmitted?: number;
  /** What was wrong with the input or options, in plain words (bad items are left out, never trusted). */
  problems?: string[];
}
