import { RISK_LEVELS, type RiskLevel, type SignalCategory } from '@refundguard/core';

/**
 * What the context keeps of one turn: enough to score the turns after it, never its text. The worker
 * cannot re-read earlier messages, so a conversation is judged from these summaries alone.
 */
export interface TurnSummary {
  /** Who spoke: `agent`, `buyer`, `seller` or `system`. Each speaker is judged on their own words. */
  role: string;
  /** The turn's own level and score from `scanText`. */
  level: RiskLevel;
  score: number;
  /** Ids and categories of the signals `scanText` found in the turn. */
  ids: string[];
  categories: SignalCategory[];
}

/** Turns read together, as `scanConversation` in core does: a script's claim, story and step are seldom one message. */
export const WINDOW = 6;

const HARMFUL: ReadonlySet<string> = new Set(['credentials', 'payment', 'loan', 'remote-control', 'off-platform']);

const rank = (level: RiskLevel): number => RISK_LEVELS.indexOf(level);
const higher = (a: RiskLevel, b: RiskLevel): RiskLevel => (rank(b) > rank(a) ? b : a);

/**
 * The conversation's level after the last of `turns` (oldest first): for each speaker in the last
 * {@link WINDOW} turns, the highest level of their own turns, raised when their turns together tell the
 * whole script. Core's `scanConversation` re-scores the window's signals with weights it does not export,
 * so this rule works on what `scanText` returns: one speaker's harmful step (a card, a code, a payment, a
 * loan, a remote-control app, a move off the platform) beside a claimed identity and a story or pressure
 * in the window is `high`, unless the same speaker's turns there carry genuine safety wording (staff
 * warning "never tell anyone your code" are not running the script). `pnpm bench:stream` reports how
 * often this matches `scanConversation` (docs/server.md has the last figure).
 */
export function levelAfter(turns: readonly TurnSummary[]): RiskLevel {
  const window = turns.slice(-WINDOW);
  const bySpeaker = new Map<string, TurnSummary[]>();
  for (const turn of window) bySpeaker.set(turn.role, [...(bySpeaker.get(turn.role) ?? []), turn]);
  let level: RiskLevel = 'none';
  for (const spoken of bySpeaker.values()) level = higher(level, speakerLevel(spoken));
  return level;
}

function speakerLevel(turns: readonly TurnSummary[]): RiskLevel {
  let own: RiskLevel = 'none';
  const categories = new Set<string>();
  for (const turn of turns) {
    own = higher(own, turn.level);
    for (const category of turn.categories) categories.add(category);
  }
  if (categories.has('safety') || ![...categories].some((category) => HARMFUL.has(category))) return own;
  const story = categories.has('pretext') || categories.has('pressure');
  return categories.has('impersonation') && story ? 'high' : own;
}
