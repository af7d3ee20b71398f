import { HARMFUL_CATEGORIES, type RiskLevel, type SignalCategory } from './types.js';

/** What scoring needs from a signal. */
export interface ScoredSignal {
  readonly id: string;
  readonly category: SignalCategory;
  /** The normalized phrase that was matched; distinct safety phrases count separately. */
  readonly phrase?: string;
}

/**
 * Weights of each part of the script. A harmful step is the heaviest, but it takes the caller's claimed
 * identity or a pretext on top to reach `high`; genuine safety wording takes points away.
 */
export const SCORE_WEIGHTS = {
  harmful: 0.4,
  /** Asking who you are (name, ID, date of birth) is a weaker step than asking for a code or money. */
  weakHarmful: { 'credentials.identity': 0.25 } as Record<string, number>,
  /** Each further kind of harmful step (a code AND a transfer…). */
  extraHarmfulKind: 0.15,
  impersonation: 0.2,
  pretext: 0.2,
  /** Stories only scripts tell: a membership "set up by mistake", a parcel with contraband. */
  strongPretext: { 'pretext.mistake': 0.3, 'pretext.crime': 0.3 } as Record<string, number>,
  /** Each further distinct pretext (refund AND compensation…), at most two counted. */
  extraPretext: 0.05,
  /** Distinct kinds of pressure add up: the credit-record threat (the fourth trap) weighs most, a deadline least. */
  pressure: { 'pressure.credit': 0.3, 'pressure.frozen': 0.2, 'pressure.deadline': 0.05 } as Record<string, number>,
  /** Per distinct safety phrase (at most three counted): warnings pile them up, scripts rarely do. */
  safety: 0.3,
  maxSafetyPhrases: 3,
} as const;

/** Score thresholds. */
export const LEVEL_THRESHOLDS = { low: 0.2, medium: 0.5, high: 0.6 } as const;

/**
 * Signals that alone (without a harmful step) may still raise a message to `medium`: threats to the
 * buyer's credit or account, and the "set up by mistake" story that only scripts tell.
 */
const MEDIUM_WITHOUT_HARM = new Set(['pressure.credit', 'pressure.frozen', 'pretext.mistake', 'pretext.crime']);

/**
 * Combines signals into a 0..1 score and a level. The same rule serves messages and conversation windows.
 * - `high`: score ≥ 0.6 with a harmful step AND (impersonation OR a pretext);
 * - `medium`: score ≥ 0.5 with a harmful step, a threat, or the "by mistake" pretext;
 * - `low`: score ≥ 0.2; otherwise `none`.
 */
export function scoreSignals(signals: Iterable<ScoredSignal>): { level: RiskLevel; score: number } {
  const w = SCORE_WEIGHTS;
  const harmful = new Set<SignalCategory>();
  const pretexts = new Set<string>();
  const pressures = new Set<string>();
  const safety = new Set<string>();
  let harmWeight = 0;
  let impersonation = false;
  let mediumEligible = false;
  let pretextWeight = 0;
  for (const { id, category, phrase } of signals) {
    if (HARMFUL_CATEGORIES.includes(category)) {
      harmful.add(category);
      harmWeight = Math.max(harmWeight, w.weakHarmful[id] ?? w.harmful);
    } else if (category === 'impersonation') impersonation = true;
    else if (category === 'pretext') {
      pretexts.add(id);
      pretextWeight = Math.max(pretextWeight, w.strongPretext[id] ?? w.pretext);
    } else if (category === 'pressure') pressures.add(id);
    else if (category === 'safety') safety.add(phrase ?? id);
    if (MEDIUM_WITHOUT_HARM.has(id)) mediumEligible = true;
  }
  let score = 0;
  if (harmful.size > 0) score += harmWeight + w.extraHarmfulKind * (harmful.size - 1);
  if (impersonation) score += w.impersonation;
  if (pretexts.size > 0) score += pretextWeight + w.extraPretext * Math.min(2, pretexts.size - 1);
  for (const id of pressures) score += w.pressure[id] ?? 0.05;
  score -= w.safety * Math.min(w.maxSafetyPhrases, safety.size);
  score = Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;

  const context = impersonation || pretexts.size > 0;
  let level: RiskLevel = 'none';
  if (score >= LEVEL_THRESHOLDS.high && harmful.size > 0 && context) level = 'high';
  else if (score >= LEVEL_THRESHOLDS.medium && (harmful.size > 0 || mediumEligible)) level = 'medium';
  else if (score >= LEVEL_THRESHOLDS.low) level = 'low';
  return { level, score };
}
