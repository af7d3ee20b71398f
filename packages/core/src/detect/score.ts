import { denseFeatures, type FeatureSignal, tellsAboutScript, writtenInLatin } from './model/features.js';
import {
  calibrated,
  combinedLogit,
  denseScratch,
  logit,
  type Scorer,
  type StoredModel,
  unpack,
} from './model/scorer.js';
import { MODEL } from './model/weights.generated.js';
import { type BucketReading, readTrace, type TurnTrace } from './model/window.js';
import { HARMFUL_CATEGORIES, RISK_LEVELS, type RiskLevel, SCORE_WINDOW, type SignalCategory } from './types.js';

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

/** What the learned scorer needs from a rule signal (a `RawSignal` of `findSignals` fits). */
export type ModelSignal = ScoredSignal & FeatureSignal;

/** The verdict on one message or one conversation window. */
export interface Verdict {
  level: RiskLevel;
  /** Calibrated 0..1: how likely the text is a fake customer-service script. */
  score: number;
  /**
   * The rules alone would not have reached this level: the text reads like a script in ways no single
   * signal names, so the buyer is shown the general explanation (`model.script`) beside the signals.
   */
  modelOnly: boolean;
}

let shipped: Scorer | undefined;
/** The committed model, unpacked on the first scan so importing core costs nothing. */
const shippedScorer = (): Scorer => {
  shipped ??= unpack(MODEL);
  return shipped;
};

/**
 * A sentence that warns or reassures ("谨防诈骗", "we never ask for your code", "(anti-scam line 96110)"):
 * on normalized text, so Traditional spellings the fold table knows are Simplified already.
 */
const SAFETY_SENTENCE =
  /不会|不會|从不|從不|绝不|絕不|切勿|勿|谨防|謹防|慎防|提防|警惕|小心|防骗|防騙|防诈|防詐|反诈|反詐|报警|報警|诈骗|詐騙|查证|查證|核实|核實|热线|熱線|(?<![0-9])(96110|18222|165)(?![0-9])|never|beware|scam|fraud|phishing|careful|stay safe|vigilant|hotline|if in doubt|suspect/;
/** Where a sentence may end: after CJK or Latin end punctuation, a line break, or before an opening bracket. */
function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const han = (ch: string | undefined): boolean => ch !== undefined && ch >= '\u3400' && ch <= '\u9fff';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const next = text[i + 1];
    const ends = '。！？!?；;\n'.includes(ch)
      ? !next || !'。！？!?；;\n'.includes(next)
      : ch === '.'
        ? !next || next === ' '
        : // A space where the writing changes (Chinese and Latin, a number and a word) starts a new sentence:
          // "…请点 x.top/claim 本平台不会…", "…致电 138-0000-9012 never share…".
          ch === ' ' &&
          next !== undefined &&
          (han(text[i - 1]) !== han(next) || (/[0-9]/.test(text[i - 1] ?? '') && /[a-z]/.test(next)));
    if (ends) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    } else if ((ch === '(' || ch === '（' || ch === '【') && i > start) {
      out.push(text.slice(start, i));
      start = i;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/**
 * The text without the safety sentences at its end or start (at most three), or null when there are none
 * or nothing else is left. A scammer can paste "谨防诈骗" after a script; it must not switch the script off.
 */
export function withoutSafetyEdges(text: string): string | null {
  // Most texts hold no safety wording at all: one test instead of splitting them into sentences.
  if (!SAFETY_SENTENCE.test(text)) return null;
  const parts = sentences(text);
  let from = 0;
  let to = parts.length;
  let dropped = 0;
  const isSafety = (sentence: string | undefined): boolean =>
    // A closing question ("is this a scam?") is the writer asking, not a warning.
    sentence !== undefined &&
    sentence.trim().length <= 80 &&
    !/[?？]\s*$/.test(sentence) &&
    SAFETY_SENTENCE.test(sentence);
  while (dropped < 3 && to > from + 1 && isSafety(parts[to - 1])) {
    to--;
    dropped++;
  }
  if (dropped < 3 && to > from + 1 && isSafety(parts[from])) {
    from++;
    dropped++;
  }
  return dropped ? parts.slice(from, to).join('').trim() || null : null;
}

/**
 * How the model and the rules read a text: whole, and without its edge safety sentences (with the safety
 * signals left out), the higher of the two. A warning then lowers the verdict only when the text as a
 * whole reads as one: a news report or an anti-fraud notice keeps its framing once its closing line is
 * gone, an appended "beware of scams" does not hide the request before it.
 */
export function readText(
  scorer: Scorer,
  normalizedText: string,
  signals: readonly ModelSignal[],
): { logit: number; rule: { level: RiskLevel; score: number } } {
  const rule = scoreSignals(signals);
  const whole = logit(scorer, normalizedText, signals, rule);
  const core = withoutSafetyEdges(normalizedText);
  if (core === null) return { logit: whole, rule };
  const kept = signals.filter((signal) => signal.category !== 'safety');
  const keptRule = scoreSignals(kept);
  return {
    logit: Math.max(whole, logit(scorer, core, kept, keptRule)),
    // The rules' reading without the closing warning counts only when what is left does not itself tell
    // about a script (news, a warning, a victim, a question): an appended sentence cannot switch the rules
    // off, a warning that retells the script is not turned into one.
    rule:
      RISK_LEVELS.indexOf(keptRule.level) > RISK_LEVELS.indexOf(rule.level) && !tellsAboutScript(core)
        ? keptRule
        : rule,
  };
}

/**
 * The level of a calibrated score, given the rules' level and whether the rules name a harmful step.
 * - `high` (an interrupting dialog that names the danger): score ≥ the high threshold and a harmful step;
 * - `medium`: score ≥ the medium threshold, or a full script by the rules (a harmful step asked, with a
 *   claimed identity or a pretext) that the model scores within a fifth of the way from `medium` down to
 *   `low`: short, blunt scripts carry few n-grams to go on;
 * - `low`: score ≥ the low threshold; otherwise `none`.
 * The training script picks the thresholds with this same function, so the floor is paid for in false alarms.
 */
export function levelFor(
  score: number,
  [low, medium, high]: readonly [number, number, number],
  ruleLevel: RiskLevel,
  named: boolean,
): RiskLevel {
  if (score >= high && named) return 'high';
  if (score >= medium || (ruleLevel === 'high' && score >= medium - (medium - low) / 5)) return 'medium';
  return score >= low ? 'low' : 'none';
}

/**
 * Scores a (normalized) text with a given scorer: the rule verdict becomes features of the model, the
 * model's calibrated probability is the score, and the cross-validated thresholds give the level.
 * Exported for the training and evaluation scripts, which pass the models of their folds.
 */
export function judge(scorer: Scorer, normalizedText: string, signals: readonly ModelSignal[]): Verdict {
  if (!signals.length && !normalizedText.trim()) return { level: 'none', score: 0, modelOnly: false };
  const { logit: z, rule } = readText(scorer, normalizedText, signals);
  return verdictOf(scorer.model, z, writtenInLatin(normalizedText), rule, signals);
}

/** The verdict from a logit: calibrated, leveled by the thresholds of the writing, and the rules' reading. */
function verdictOf(
  model: StoredModel,
  z: number,
  latin: boolean,
  rule: { level: RiskLevel; score: number },
  signals: readonly ModelSignal[],
): Verdict {
  const score = Math.round(calibrated(model, z) * 1000) / 1000;
  const level = levelFor(
    score,
    latin ? model.latinThresholds : model.thresholds,
    rule.level,
    signals.some((signal) => HARMFUL_CATEGORIES.includes(signal.category)),
  );
  return { level, score, modelOnly: RISK_LEVELS.indexOf(level) >= 2 && RISK_LEVELS.indexOf(rule.level) < 2 };
}

/** The higher of two verdicts (by level, then score). */
export const worse = (a: Verdict, b: Verdict): Verdict =>
  RISK_LEVELS.indexOf(b.level) > RISK_LEVELS.indexOf(a.level) || (b.level === a.level && b.score > a.score) ? b : a;

/**
 * Verdict on a conversation window: the turns of one speaker (oldest first), read together as one text
 * and the newest turn on its own, the worse of the two. Together, a gentle late step after friendly turns
 * still meets the claim and the pretext said before it; alone, the newest turn is never rated lower than
 * scanText would rate it. Reads the turns' texts: training and evaluation use it with the models of their
 * folds; scanning uses the same reading from kept traces (`scoreTogether`), never rereading a turn.
 */
export function judgeWindow(
  scorer: Scorer,
  turns: ReadonlyArray<{ readonly text: string; readonly signals: readonly ModelSignal[] }>,
): Verdict {
  const last = turns[turns.length - 1];
  if (!last) return { level: 'none', score: 0, modelOnly: false };
  const alone = judge(scorer, last.text, last.signals);
  if (turns.length === 1) return alone;
  const together = judge(
    scorer,
    turns.map((turn) => turn.text).join('\n'),
    turns.flatMap((turn) => turn.signals),
  );
  return worse(together, alone);
}

/**
 * The model's log-odds for one speaker's window read together (or one turn alone), from what was kept of
 * the turns. `rule` is `scoreSignals(signals)`, passed in when the caller has it already.
 */
export function togetherLogit(
  scorer: Scorer,
  reading: BucketReading,
  signals: readonly ModelSignal[],
  rule: { level: RiskLevel; score: number } = scoreSignals(signals),
): number {
  const dense = denseFeatures('', signals, rule, reading.frames(), denseScratch);
  return combinedLogit(scorer.model, reading.ngramScore(), dense);
}

/**
 * Verdict on one speaker's turns in the window read together, by a given scorer (the training and evaluation
 * scripts pass the models of their folds).
 */
export function judgeTogether(scorer: Scorer, reading: BucketReading, signals: readonly ModelSignal[]): Verdict {
  const rule = scoreSignals(signals);
  const z = togetherLogit(scorer, reading, signals, rule);
  return verdictOf(scorer.model, z, reading.writtenInLatin(), rule, signals);
}

/**
 * Verdict on one speaker's turns in the window read together, from what the window kept of them (their
 * n-gram buckets, framing and signals) rather than their text: no turn is ever read twice. Never throws.
 */
export function scoreTogether(window: BucketReading, signals: readonly ModelSignal[]): Verdict {
  try {
    return judgeTogether(shippedScorer(), window, signals);
  } catch {
    return { ...scoreSignals(signals), modelOnly: false };
  }
}

/**
 * Verdict on one conversation turn read alone: what {@link scoreMessage} gives its text, from the trace the
 * window keeps anyway, so a short turn is not hashed twice. Null for a turn that must be read from its text
 * as `scanText` reads it: one with a safety sentence at an edge (read with and without it), or one longer
 * than a scoring window.
 */
export function scoreTurnAlone(
  normalizedText: string,
  trace: TurnTrace,
  signals: readonly ModelSignal[],
): Verdict | null {
  if (normalizedText.length > SCORE_WINDOW || withoutSafetyEdges(normalizedText) !== null) return null;
  if (!signals.length && !normalizedText.trim()) return { level: 'none', score: 0, modelOnly: false };
  return scoreTogether(readTrace(trace), signals);
}

/** The shipped scorer, for reading turns into traces and keeping windows (see `model/window.ts`). */
export const conversationScorer = (): Scorer => shippedScorer();

/**
 * Level and score of one message from its normalized text (`normalize(text).text`) and its rule signals
 * (`findSignals`), by the shipped model. Never throws: a failure falls back to the rules alone.
 */
export function scoreMessage(normalizedText: string, signals: readonly ModelSignal[]): Verdict {
  try {
    return judge(shippedScorer(), normalizedText, signals);
  } catch {
    return { ...scoreSignals(signals), modelOnly: false };
  }
}

/**
 * The signals to show for a verdict: the rule signals, plus the general `model.script` explanation over
 * the whole text when the model alone carries the level.
 */
export function withModelSignal<T extends { id: string; category: string; start: number; end: number }>(
  signals: readonly T[],
  verdict: Verdict,
  length: number,
): Array<T | { id: 'model.script'; category: 'pretext'; start: number; end: number }> {
  return verdict.modelOnly
    ? [...signals, { id: 'model.script', category: 'pretext', start: 0, end: length }]
    : [...signals];
}
