import { HARMFUL_CATEGORIES, type RiskLevel, type SignalCategory } from './types.js';

/** What scoring needs from a signal. */
export interface ScoredSignal {
  readonly id: string;
  readonly category: SignalCategory;
  /** The normalized phrase that was matched; distinct safety phrases count separately. */
  readonly phrase?: string;
  /** For a harmful step: whether it is asked of the reader (`false`: only mentioned). */
  readonly asked?: boolean;
}

/**
 * Points per part of the script, by signal id or category. A harmful step weighs most (asking who you
 * are, less); each further KIND of harmful step adds 0.15. The strongest pretext counts, plus 0.05 for
 * each further one (two at most); "set up by mistake" and "your parcel holds contraband" are stories
 * only scripts tell. Distinct kinds of pressure add up, the credit-record threat (the fourth trap) most.
 * Each distinct safety phrase takes 0.3 away (three at most).
 */
export const WEIGHTS: Readonly<Record<string, number>> = {
  harmful: 0.4,
  'credentials.identity': 0.25,
  impersonation: 0.2,
  pretext: 0.2,
  'pretext.mistake': 0.3,
  'pretext.crime': 0.3,
  'pressure.credit': 0.3,
  'pressure.frozen': 0.2,
  'pressure.deadline': 0.05,
  safety: 0.3,
};

/**
 * Signals that may raise a message to `medium` without a harmful step: threats to the buyer's credit
 * or account, and the stories only scripts tell.
 */
const MEDIUM_WITHOUT_HARM = ['pressure.credit', 'pressure.frozen', 'pretext.mistake', 'pretext.crime'];

/**
 * Stories that, told by someone claiming to be staff (customer service, a courier; not a bare platform
 * name, which genuine notices carry too), are enough for `medium` before anything is asked: "your account
 * shows suspicious transactions". They then weigh like the stories only scripts tell.
 */
const STAFF_STORIES = ['pretext.account'];

/**
 * A harmful step only mentioned ("公积金可以用于贷款", "have you made any transfers?") rather than asked of
 * the reader weighs this share of its weight; it makes a message `high` only beside both a claimed
 * identity and a pretext.
 */
const MENTIONED = 0.5;

/**
 * Combines signals into a 0..1 score and a level; the same rule serves messages and conversation windows.
 * - `high`: score ≥ 0.6 with a harmful step asked of the reader AND (impersonation OR a pretext), or with
 *   one only mentioned AND impersonation AND a pretext;
 * - `medium`: score ≥ 0.5 with a harmful step, a threat, a story only scripts tell, or staff reporting a
 *   threat to the account;
 * - `low`: score ≥ 0.2; otherwise `none`.
 */
export function scoreSignals(signals: Iterable<ScoredSignal>): { level: RiskLevel; score: number } {
  const harmful = new Set<string>();
  const pretexts = new Set<string>();
  const pressures = new Set<string>();
  const safety = new Set<string>();
  let harm = 0;
  let pretext = 0;
  let impersonation = 0;
  let mediumEligible = false;
  let requested = false;
  let staff = false;
  for (const { id, category, phrase, asked } of signals) {
    const weight = WEIGHTS[id] ?? WEIGHTS[category] ?? 0;
    if (HARMFUL_CATEGORIES.includes(category)) {
      harmful.add(category);
      requested ||= asked !== false;
      harm = Math.max(harm, (WEIGHTS[id] ?? 0.4) * (asked === false ? MENTIONED : 1));
    } else if (category === 'impersonation') {
      impersonation = weight;
      staff ||= id !== 'impersonation.platform';
    } else if (category === 'pretext') {
      pretexts.add(id);
      pretext = Math.max(pretext, weight);
    } else if (category === 'pressure') pressures.add(id);
    else if (category === 'safety') safety.add(phrase ?? id);
    mediumEligible ||= MEDIUM_WITHOUT_HARM.includes(id);
  }
  // A caller who claims to be staff and says the account is under threat is already running the script.
  if (staff && STAFF_STORIES.some((id) => pretexts.has(id))) {
    mediumEligible = true;
    pretext = Math.max(pretext, 0.3);
  }
  let score =
    impersonation + pretext + 0.05 * Math.min(2, Math.max(0, pretexts.size - 1)) - 0.3 * Math.min(3, safety.size);
  if (harmful.size) score += harm + 0.15 * (harmful.size - 1);
  for (const id of pressures) score += WEIGHTS[id] ?? 0.05;
  score = Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;

  const level: RiskLevel =
    score >= 0.6 && (requested ? impersonation || pretext : harmful.size && impersonation && pretext)
      ? 'high'
      : score >= 0.5 && (harmful.size || mediumEligible)
        ? 'medium'
        : score >= 0.2
          ? 'low'
          : 'none';
  return { level, score };
}
