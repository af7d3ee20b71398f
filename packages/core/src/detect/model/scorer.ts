import { DENSE_FEATURES, denseFeatures, type FeatureSignal, ngramScore, type RuleVerdict } from './features.js';

/**
 * A trained logistic-regression scorer as the generated module stores it (see `scripts/train`):
 * n-gram weights quantized to one printable character each, so gzip sees a small alphabet.
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
  /** Calibrated-score thresholds for `low`, `medium` and `high`, chosen by cross-validation: Chinese text. */
  readonly thresholds: readonly [number, number, number];
  /** The same for text written in Latin letters (see `writtenInLatin`), chosen on the English rows. */
  readonly latinThresholds: readonly [number, number, number];
  /** One character of {@link WEIGHT_ALPHABET} per bucket. */
  readonly ngrams: string;
}

/**
 * Quantization levels −45…45 as characters: printable ASCII without the quotes and the backslash, so the
 * weights sit in a plain string literal and the generated module stays readable to every tool.
 */
export const WEIGHT_ALPHABET =
  '!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~';
/** Largest quantization level; level q is the character at index q + QUANT_MAX. */
export const QUANT_MAX = (WEIGHT_ALPHABET.length - 1) / 2;

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
  const decode = new Int8Array(128);
  for (let i = 0; i < WEIGHT_ALPHABET.length; i++) decode[WEIGHT_ALPHABET.charCodeAt(i)] = i - QUANT_MAX;
  const count = Math.min(levels.length, model.ngrams.length);
  for (let i = 0; i < count; i++) levels[i] = decode[model.ngrams.charCodeAt(i) & 127] as number;
  return { model, levels, seen: new Uint32Array(levels.length), texts: 0 };
}

/** The inverse of {@link unpack}, for the training script. */
export function packLevels(levels: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < levels.length; i++) out += WEIGHT_ALPHABET[(levels[i] as number) + QUANT_MAX];
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
