import { findSignals } from './find-signals.js';
import { denseFeatures, type FeatureSignal, type Writing, writingOfText } from './model/features.js';
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
  /不会|不會|从不|從不|绝不|絕不|切勿|勿|谨防|謹防|慎防|提防|警惕|小心|防骗|防騙|防诈|防詐|反诈|反詐|报警|報警|诈骗|詐騙|查证|查證|核实|核實|热线|熱線|如有疑|可疑|温馨提示|溫馨提示|(?<![0-9])(96110|18222|165)(?![0-9])|never|beware|scam|fraud|phishing|careful|stay safe|vigilant|hotline|if in doubt|suspect/;

const han = (ch: string | undefined): boolean => ch !== undefined && ch >= '\u3400' && ch <= '\u9fff';
const latinLetter = (ch: string | undefined): boolean => ch !== undefined && ch >= 'a' && ch <= 'z';

/**
 * Where each sentence of a (normalized) text ends, the last at the text's length. A sentence ends after
 * CJK or Latin end punctuation or a line break, before an opening bracket, where the writing changes
 * between Chinese and Latin letters, whatever lies between ("…请点 x.top/claim 本平台不会…", "…人工never
 * share…", "…謝謝~we will never…", "…先退住🙏 we will never…"), and from a number to a word across a space
 * ("…call 138-0000-9012 never share…"): a pasted sentence seldom keeps the writing of the text before it.
 */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  let start = 0;
  /** The writing of the last letter: 1 Chinese, 2 Latin, 0 none yet; whether this sentence has a letter yet. */
  let writing = 0;
  let lettered = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const next = text[i + 1];
    const letter = han(ch) ? 1 : latinLetter(ch) ? 2 : 0;
    if (letter) {
      // "。(anti-scam line…)": a bracket opened the sentence already.
      if (lettered && letter !== writing) {
        ends.push(i);
        start = i;
      }
      writing = letter;
      lettered = true;
    }
    const boundary = '。！？!?；;\n'.includes(ch)
      ? !next || !'。！？!?；;\n'.includes(next)
      : ch === '.'
        ? !next || next === ' '
        : ch === ' ' && /[0-9]/.test(text[i - 1] ?? '') && latinLetter(next);
    if (boundary) {
      ends.push(i + 1);
      start = i + 1;
      lettered = false;
    } else if ((ch === '(' || ch === '（' || ch === '【') && i > start) {
      ends.push(i);
      start = i;
      lettered = false;
    }
  }
  if (start < text.length || !ends.length) ends.push(text.length);
  return ends;
}

/**
 * Who a warning or a promise is made by, just before its safety word ("本平台不会…", "官方不会…", "we will
 * never…", "genuine staff never…", "be careful…"): a pasted sentence with no end before it is cut before
 * these too, so they do not stay behind as the script's last words.
 */
const LEAD_IN =
  /(?:(?:本|我们|我們|我司)?(?:平台|官方|公司|客服|银行|銀行|商家|本店)|我们|我們|本人|请|請|如遇|若遇|如有|若有|(?:we|i|you)(?: will| would|'ll| do| must| should)?(?: not)?|(?:(?:our|genuine|real|official) )?(?:staff|team|agents?|bank|support)(?: will| would| do)?|please|(?:please )?be|if you|stay|always)\s?$/;

/** How far from the end of a text an appended warning's first safety word may start: warnings are short. */
const PASTED_REACH = 60;

/**
 * The parts of a (normalized) text to read again without the safety wording at its edges, as [start, end)
 * ranges; none when it has none. A scammer can paste "谨防诈骗" after a script; it must not switch the
 * script off, so the text is also read:
 * - up to the first safety word of its last sentence, within the last {@link PASTED_REACH} characters: a
 *   sentence pasted with no end between ("…加1下很快的本平台不会…", "…money enter never share your pin…")
 *   leaves at most its first few words behind;
 * - without its last sentence when that is a short warning or reassurance;
 * - without up to three of them at its end and one at its start.
 * A closing question ("is this a scam?") is the writer asking, not a warning.
 */
export function safetyCuts(text: string): Array<readonly [number, number]> {
  // Most texts hold no safety wording at all: one test instead of splitting them into sentences.
  if (!SAFETY_SENTENCE.test(text)) return [];
  const ends = sentenceEnds(text);
  const startOf = (k: number): number => (k ? (ends[k - 1] as number) : 0);
  const cuts: Array<readonly [number, number]> = [];
  const add = (from: number, to: number): void => {
    if (to > from && text.slice(from, to).trim() && !cuts.some(([a, b]) => a === from && b === to)) {
      cuts.push([from, to]);
    }
  };
  const asking = (sentence: string): boolean => /[?？]\s*$/.test(sentence);
  const isSafety = (k: number): boolean => {
    const sentence = text.slice(startOf(k), ends[k]);
    return sentence.trim().length <= 80 && !asking(sentence) && SAFETY_SENTENCE.test(sentence);
  };
  let from = 0;
  let to = ends.length;
  let dropped = 0;
  while (dropped < 3 && to > from + 1 && isSafety(to - 1)) {
    to--;
    dropped++;
    if (dropped === 1) add(0, startOf(to));
  }
  if (!asking(text.slice(startOf(ends.length - 1)))) {
    // The last sentence ran on into the pasted one: cut where a run of safety words begins (the script's
    // own "核实" may come first), with and without who makes the promise ("本平台不会", but "…claims team").
    const lastStart = Math.max(startOf(ends.length - 1), text.length - PASTED_REACH);
    const last = text.slice(lastStart);
    const words = new RegExp(SAFETY_SENTENCE.source, 'g');
    let runEnd = Number.NEGATIVE_INFINITY;
    for (let word = words.exec(last); word; word = words.exec(last)) {
      const lead = LEAD_IN.exec(last.slice(0, word.index))?.[0].length ?? 0;
      // A line pasted with no end before it is not much longer than the script it is pasted onto: a short
      // text's own safety words ("客服：为了核实…") are not a pasted line.
      const cut = lastStart + word.index;
      if (word.index - lead - runEnd > RUN_GAP && 2 * (cut - lead) >= text.length - cut + lead) {
        add(0, cut - lead);
        add(0, cut);
      }
      runEnd = word.index + word[0].length;
    }
  }
  if (dropped < 3 && to > from + 1 && isSafety(from)) {
    from++;
    dropped++;
  }
  if (dropped) add(startOf(from), startOf(to));
  return cuts;
}

/** Safety words this close together belong to one warning ("谨防诈骗", "切勿…，慎防…"). */
const RUN_GAP = 4;

/** One way of reading a text: the text itself, or a part of it without its edge safety wording. */
export interface Reading {
  readonly text: string;
  readonly signals: readonly ModelSignal[];
}

/**
 * The readings of a (normalized) text: whole, and each part of {@link safetyCuts} with the signals found
 * in that part alone. Each part is read as if it were the whole message, safety wording of its own
 * included, so a pasted warning can never rate a script below what it would be without it (its "请勿…" or
 * "please…" no longer turns a mentioned step into one asked), and a warning, a news item or a victim's
 * post is read as what it is with or without its closing line. `officialDomains` as for `findSignals`.
 */
export function readingsOf(
  text: string,
  signals: readonly ModelSignal[],
  officialDomains: readonly string[] = [],
): Reading[] {
  const readings: Reading[] = [{ text, signals }];
  // A part is cut again as a text of its own would be ("…勿泄露给其他人。" + a pasted line: the script's own
  // closing line goes too), a few parts at most: each costs one more reading of the text.
  const ranges: Array<readonly [number, number]> = [[0, text.length]];
  for (let k = 0; k < ranges.length && readings.length < MAX_READINGS; k++) {
    const [offset, end] = ranges[k] as readonly [number, number];
    for (const [from, to] of safetyCuts(text.slice(offset, end))) {
      if (readings.length >= MAX_READINGS) break;
      const range = [offset + from, offset + to] as const;
      if (ranges.some(([a, b]) => a === range[0] && b === range[1])) continue;
      ranges.push(range);
      const part = text.slice(range[0], range[1]).trim();
      readings.push({ text: part, signals: findSignals(part, officialDomains) });
    }
  }
  return readings;
}

/** Readings of one text at most: the whole and a few parts. */
const MAX_READINGS = 6;

/**
 * How the model and the rules read a text: the highest log-odds and the highest rule level of its
 * {@link readingsOf}. What training calibrates and picks thresholds on.
 */
export function readText(
  scorer: Scorer,
  normalizedText: string,
  signals: readonly ModelSignal[],
  officialDomains: readonly string[] = [],
): { logit: number; rule: { level: RiskLevel; score: number } } {
  let best = Number.NEGATIVE_INFINITY;
  let rule: { level: RiskLevel; score: number } | undefined;
  for (const reading of readingsOf(normalizedText, signals, officialDomains)) {
    const readingRule = scoreSignals(reading.signals);
    best = Math.max(best, logit(scorer, reading.text, reading.signals, readingRule));
    if (!rule || RISK_LEVELS.indexOf(readingRule.level) > RISK_LEVELS.indexOf(rule.level)) rule = readingRule;
  }
  return { logit: best, rule: rule ?? scoreSignals(signals) };
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
export function judge(
  scorer: Scorer,
  normalizedText: string,
  signals: readonly ModelSignal[],
  officialDomains: readonly string[] = [],
): Verdict {
  if (!signals.length && !normalizedText.trim()) return { level: 'none', score: 0, modelOnly: false };
  let verdict: Verdict | undefined;
  for (const reading of readingsOf(normalizedText, signals, officialDomains)) {
    const rule = scoreSignals(reading.signals);
    const z = logit(scorer, reading.text, reading.signals, rule);
    const read = verdictOf(scorer.model, z, writingOfText(reading.text), rule, reading.signals);
    verdict = verdict ? worse(verdict, read) : read;
  }
  return verdict as Verdict;
}

/** Thresholds by writing: the false alarms of one language do not set the bar for another. */
const THRESHOLDS_OF: Readonly<Record<Writing, 'thresholds' | 'traditionalThresholds' | 'latinThresholds'>> = {
  simplified: 'thresholds',
  traditional: 'traditionalThresholds',
  latin: 'latinThresholds',
};

/** The verdict from a logit: calibrated, leveled by the thresholds of the writing, and the rules' reading. */
function verdictOf(
  model: StoredModel,
  z: number,
  writing: Writing,
  rule: { level: RiskLevel; score: number },
  signals: readonly ModelSignal[],
): Verdict {
  const score = Math.round(calibrated(model, z) * 1000) / 1000;
  const level = levelFor(
    score,
    model[THRESHOLDS_OF[writing]],
    rule.level,
    signals.some((signal) => HARMFUL_CATEGORIES.includes(signal.category)),
  );
  return { level, score, modelOnly: RISK_LEVELS.indexOf(level) >= 2 && RISK_LEVELS.indexOf(rule.level) < 2 };
}

/** The higher of two verdicts (by level, then score). */
export const worse = (a: Verdict, b: Verdict): Verdict =>
  RISK_LEVELS.indexOf(b.level) > RISK_LEVELS.indexOf(a.level) || (b.level === a.level && b.score > a.score) ? b : a;

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
  return verdictOf(scorer.model, z, reading.writing(), rule, signals);
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
  if (normalizedText.length > SCORE_WINDOW || safetyCuts(normalizedText).length) return null;
  if (!signals.length && !normalizedText.trim()) return { level: 'none', score: 0, modelOnly: false };
  return scoreTogether(readTrace(trace), signals);
}

/** The shipped scorer, for reading turns into traces and keeping windows (see `model/window.ts`). */
export const conversationScorer = (): Scorer => shippedScorer();

/**
 * Level and score of one message from its normalized text (`normalize(text).text`) and its rule signals
 * (`findSignals`, with the same `officialDomains`), by the shipped model. Never throws: a failure falls back
 * to the rules alone.
 */
export function scoreMessage(
  normalizedText: string,
  signals: readonly ModelSignal[],
  officialDomains: readonly string[] = [],
): Verdict {
  try {
    return judge(shippedScorer(), normalizedText, signals, officialDomains);
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
