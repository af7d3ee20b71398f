import { HARMFUL_CATEGORIES, type RiskLevel, type SignalCategory } from './types.js';

/** What scoring needs from a signal. */
export interface ScoredSignal {
  readonly id: string;
  readonly category: SignalCategory;
}

/**
 * Weights of each part of the script. A harmful step is the heaviest, but it takes the caller's claimed
 * identity or a pretext on top to reach `high`; genuine safety wording takes points away.
 */
export const SCORE_WEIGHTS = {
  harmful: 0.4,
  /** Each further kind of harmful step (a code AND a transfer…). */
  extraHarmfulKind: 0.15,
  impersonation: 0.2,
  pretext: 0.2,
  /** Each further distinct pretext (refund AND compensation…). */
  extraPretext: 0.05,
  pressure: 0.15,
  /** The credit-record threat is the fourth trap named in the advice, more than a deadline. */
  creditThreat: 0.1,
  extraPressure: 0.05,
  /** Per distinct kind of safety wording. */
  safety: 0.3,
} as const;

/** Score thresholds; `high` additionally needs a harmful step plus impersonation or a pretext. */
export const LEVEL_THRESHOLDS = { low: 0.2, medium: 0.5, high: 0.6 } as const;

/** Combines signals into a 0..1 score and a level. The same rule serves messages and conversation windows. */
export function scoreSignals(signals: Iterable<ScoredSignal>): { level: RiskLevel; score: number } {
  const harmful = new Set<SignalCategory>();
  const pretexts = new Set<string>();
  const pressures = new Set<string>();
  const safety = new Set<string>();
  let impersonation = false;
  for (const { id, category } of signals) {
    if (HARMFUL_CATEGORIES.includes(category)) harmful.add(category);
    else if (category === 'impersonation') impersonation = true;
    else if (category === 'pretext') pretexts.add(id);
    else if (category === 'pressure') pressures.add(id);
    else if (category === 'safety') safety.add(id);
  }
  const w = SCORE_WEIGHTS;
  let score = 0;
  if (harmful.size > 0) score += w.harmful + w.extraHarmfulKind * (harmful.size - 1);
  if (impersonation) score += w.impersonation;
  if (pretexts.size > 0) score += w.pretext + w.extraPretext * Math.min(2, pretexts.size - 1);
  if (pressures.size > 0) {
    score += w.pressure + w.extraPressure * (pressures.size - 1);
    if (pressures.has('pressure.credit')) score += w.creditThreat;
  }
  score -= w.safety * safety.size;
  score = Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;

  const context = impersonation || pretexts.size > 0;
  let level: RiskLevel = 'none';
  if (score >= LEVEL_THRESHOLDS.high && harmful.size > 0 && context) level = 'high';
  else if (score >= LEVEL_THRESHOLDS.medium) level = 'medium';
  else if (score >= LEVEL_THRESHOLDS.low) level = 'low';
  return { level, score };
}
