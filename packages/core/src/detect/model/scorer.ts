import { DENSE_FEATURES, denseFeatures, type FeatureSignal, ngramScore, type RuleVerdict } from './features.js';

/**
 * A trained logistic-regression scorer as the generated module stores it (see `scripts/train`):
 * n-gram weights quantized to a few levels, one printable character each or one for a run of zeros, so gzip
 * sees a small alphabet.
 */
export interface StoredModel {
  /** `2^bits` n-gram buckets. */
  readonly bits: number;
  /** Weight of one quantization step of an n-gram bucket. */
  readonly ngramScale: number;
  readonly bias: number;
  /** One weight per entry of `DENSE_FEATURES`, in order. */
  readonly dense: readonly number[];
  /** Platt scaling fitted on cross-validated logits: score = sigmoid(a · logit + b). */
  readonly calibration: readonly [number, number];
  /**
   * Calibrated-score thresholds for `low`, `medium` and `high`, chosen by cross-validation: Chinese text in
   * Simplified characters (see `writingOf`), chosen on the Simplified messages and the dialogues.
   */
  readonly thresholds: readonly [number, number, number];
  /** The same for Chinese text in Traditional characters, chosen on the Traditional messages. */
  readonly traditionalThresholds: readonly [number, number, number];
  /** The same for text written in Latin letters, chosen on the English rows. */
  readonly latinThresholds: readonly [number, number, number];
  /** The buckets' quantization levels in characters of {@link WEIGHT_ALPHABET} (see {@link packLevels}). */
  readonly ngrams: string;
}

/**
 * The characters of the stored n-gram weights: printable ASCII without the quotes and the backslash, so the
 * weights sit in a plain string literal and the generated module stays readable to every tool. The first
 * 2·QUANT_MAX + 1 are the quantization levels −QUANT_MAX…QUANT_MAX, one bucket each; each later one is a run
 * of two or more zero buckets. Most buckets are pruned to exactly zero, and a run gzips to one symbol.
 */
export const WEIGHT_ALPHABET =
  '!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~';
/** Largest quantization level; level q is the character at index q + QUANT_MAX. */
export const QUANT_MAX = 15;
/** Index of the character for a run of two zero buckets; the next ones are runs of three, four… */
const RUNS = 2 * QUANT_MAX + 1;
/** Longest run of zero buckets one character holds. */
const LONGEST_RUN = WEIGHT_ALPHABET.length - RUNS + 1;

/** A stored model unpacked for scoring. */
export interface Scorer {
  readonly model: StoredModel;
  /** Quantization level per bucket. */
  readonly levels: Int8Array;
  /** Per bucket, the number of the last text that hit it: counts each bucket once per text without a set. */
  readonly seen: Uint32Array;
  /** Number of texts read so far (the stamp in `seen`). */
  texts: number;
}

/** Unpacks the character-coded weights once. A wrong length (a hand-edited module) leaves the rest zero. */
export function unpack(model: StoredModel): Scorer {
  const levels = new Int8Array(1 << model.bits);
  for (let i = 0, bucket = 0; i < model.ngrams.length && bucket < levels.length; i++) {
    const code = WEIGHT_ALPHABET.indexOf(model.ngrams[i] as string);
    if (code < RUNS) levels[bucket++] = code < 0 ? 0 : code - QUANT_MAX;
    else bucket += code - RUNS + 2;
  }
  return { model, levels, seen: new Uint32Array(levels.length), texts: 0 };
}

/** The inverse of {@link unpack}, for the training script. */
export function packLevels(levels: ArrayLike<number>): string {
  let out = '';
  let zeros = 0;
  for (let i = 0; i <= levels.length; i++) {
    const level = i < levels.length ? (levels[i] as number) : 1;
    if (level === 0) {
      zeros++;
      continue;
    }
    for (; zeros > 0; zeros -= LONGEST_RUN) {
      const run = Math.min(zeros, LONGEST_RUN);
      out += WEIGHT_ALPHABET[run === 1 ? QUANT_MAX : RUNS + run - 2];
    }
    zeros = 0;
    if (i < levels.length) out += WEIGHT_ALPHABET[level + QUANT_MAX];
  }
  return out;
}

/** A new stamp for `seen`: the number of the text about to be read. */
export function nextStamp(scorer: Scorer): number {
  // Wrapping after 2^32 texts would only let a bucket from 2^32 texts ago count as seen; restart instead.
  if (scorer.texts === 0xffffffff) {
    scorer.seen.fill(0);
    scorer.texts = 0;
  }
  return ++scorer.texts;
}

/** The dense features of the text being scored, filled again for each one (scoring never nests). */
export const denseScratch = new Float64Array(DENSE_FEATURES.length);

/** The model's raw log-odds that `text` (normalized) with these signals is a fake customer-service script. */
export function logit(scorer: Scorer, text: string, signals: Iterable<FeatureSignal>, rule: RuleVerdict): number {
  const { model, levels, seen } = scorer;
  const ngrams = ngramScore(text, model.bits, levels, seen, nextStamp(scorer));
  return combinedLogit(model, ngrams, denseFeatures(text, signals, rule, undefined, denseScratch));
}

/** Log-odds from the n-gram part (`ngramScore`'s reading) and the dense features: one sum for every reading. */
export function combinedLogit(model: StoredModel, ngrams: number, dense: Float64Array): number {
  let z = model.bias + ngrams * model.ngramScale;
  for (let i = 0; i < DENSE_FEATURES.length; i++) z += (dense[i] as number) * (model.dense[i] ?? 0);
  return z;
}

/** Calibrated probability from a logit. */
export function calibrated(model: StoredModel, z: number): number {
  const [a, b] = model.calibration;
  const p = 1 / (1 + Math.exp(-(a * z + b)));
  return Number.isFinite(p) ? p : 0;
}
