// Logistic regression over the features of packages/core/src/detect/model/features.ts, fitted by
// AdaGrad in a fixed order (seeded shuffle), quantized, cross-validated for calibration and thresholds,
// and rendered as the generated weights module. Pure and deterministic: the same items give the same
// bytes, which is what the reproduction test relies on.

import {
  DENSE_FEATURES,
  denseFeatures,
  ngramWeight,
  visitNgrams,
} from '../../packages/core/src/detect/model/features.js';
import {
  calibrated,
  packLevels,
  QUANT_MAX,
  type Scorer,
  type StoredModel,
  unpack,
} from '../../packages/core/src/detect/model/scorer.js';
import { BucketWindow, type TurnTrace, traceTurn } from '../../packages/core/src/detect/model/window.js';
import { CONVERSATION_WINDOW } from '../../packages/core/src/detect/scan-conversation.js';
import {
  judge,
  judgeTogether,
  levelFor,
  readText,
  scoreSignals,
  togetherLogit,
} from '../../packages/core/src/detect/score.js';
import { HARMFUL_CATEGORIES, RISK_LEVELS, type RiskLevel } from '../../packages/core/src/detect/types.js';
import {
  appendSentence,
  FOLDS,
  foldOf,
  type Item,
  inOtherScript,
  joinTurns,
  type Seen,
  type SeenTurn,
  see,
} from './data.js';
import { TRAINING_SAFETY } from './safety.js';

/** Everything that shapes a model; the defaults are what `pnpm train` ships. */
export interface FitOptions {
  /** `2^bits` n-gram buckets. */
  bits: number;
  epochs: number;
  learningRate: number;
  /** Fits run in different shuffled orders (seeds `seed`, `seed + 1`…) and averaged. */
  seeds: number;
  /** L2 penalty per update. */
  l2: number;
  /** L1 penalty per update on the n-gram buckets (0: none): zero weights make the module smaller. */
  l1: number;
  /** Share of the n-gram buckets kept after fitting (1: all); the others are pruned to zero and the rest refitted. */
  keep: number;
  /** Epochs of the refit after pruning. */
  refit: number;
  /** Weight of a hand-written corpus message (and the repository's own) against a dialogue or an SMS. */
  messageWeight: number;
  /** Weight of an ordinary SMS (sms-ham): many, short and far from any script, they would otherwise pull
   * every common English n-gram towards benign. */
  smsWeight: number;
  seed: number;
  /** Quantization levels each side of zero (at most QUANT_MAX); fewer levels gzip smaller. */
  levels: number;
  /** Share of the n-gram weights (by magnitude) below the top level; the larger ones are clipped to it. */
  clip: number;
  /**
   * Chinese texts are also taught in the other script (`inOtherScript`): 0 never; n > 0 every message and
   * every n-th dialogue (the dialogues are many, machine-made and in Simplified only: all of them twice
   * would outweigh the hand-written messages).
   */
  otherScript: number;
  /** Target false-alarm rates on cross-validated scores, per language and per dialogue set. */
  mediumFpr: number;
  highFpr: number;
  /** The same at `medium` for the benign dialogues, whose target is stricter (1 %). */
  dialogueFpr: number;
}

export const DEFAULTS: FitOptions = {
  bits: 15,
  epochs: 20,
  learningRate: 0.5,
  l2: 1e-6,
  l1: 0,
  keep: 0.15,
  refit: 10,
  seeds: 5,
  messageWeight: 2,
  smsWeight: 0.25,
  seed: 20261129,
  levels: 6,
  clip: 0.999,
  otherScript: 2,
  mediumFpr: 0.025,
  highFpr: 0.008,
  dialogueFpr: 0.008,
};

/** A training example: seen text, label and weight. */
interface Example extends Seen {
  readonly label: 0 | 1;
  readonly weight: number;
}

/** What the scanner sees of texts made in training (augmentation): the same text is seen once per run. */
const seenCache = new Map<string, Seen>();
function seeOnce(text: string): Seen {
  let seen = seenCache.get(text);
  if (!seen) {
    seen = see(text);
    seenCache.set(text, seen);
  }
  return seen;
}

/** A Chinese text in the other script, seen; null when there is none (see `inOtherScript`). */
function seenInOtherScript(text: string, lang: string, variant: number): Seen | null {
  const converted = inOtherScript(text, lang, variant);
  return converted === null ? null : seeOnce(converted);
}

/**
 * Examples an item teaches: a message as is (a scam also with a safety sentence appended); a dialogue as
 * the caller's words read together (a benign one also the callee's). Chinese texts also in the other
 * script (`otherScript`).
 */
function examplesOf(item: Item, options: FitOptions, index: number): Example[] {
  if (item.message) {
    const weight = item.file.startsWith('sms') ? options.smsWeight : options.messageWeight;
    const out: Example[] = [{ ...item.message, label: item.label, weight }];
    if (item.label === 1 && item.original) {
      const sentence = TRAINING_SAFETY[index % TRAINING_SAFETY.length] as string;
      out.push({ ...seeOnce(appendSentence(item.original, sentence)), label: 1, weight });
    }
    const other = options.otherScript && item.original ? seenInOtherScript(item.original, item.lang, index) : null;
    if (other) out.push({ ...other, label: item.label, weight });
    return out;
  }
  const turns = item.turns ?? [];
  const bySpeaker = (speaker: string): SeenTurn[] => turns.filter((turn) => turn.speaker === speaker);
  const speakers = item.label === 0 ? ['A', 'B'] : ['A'];
  const other =
    options.otherScript && index % options.otherScript === 0
      ? (turn: SeenTurn): Seen => seenInOtherScript(turn.original, item.lang, index) ?? turn
      : null;
  const out: Example[] = [];
  for (const speaker of speakers) {
    const mine = bySpeaker(speaker);
    if (!mine.length) continue;
    out.push({ ...joinTurns(mine), label: item.label, weight: 1 });
    if (other) out.push({ ...joinTurns(mine.map(other)), label: item.label, weight: 1 });
  }
  return out;
}

/** The safety sentences alone are benign. */
const safetyExamples = (options: FitOptions): Example[] =>
  TRAINING_SAFETY.map((sentence) => ({ ...see(sentence), label: 0, weight: options.messageWeight }));

/** Sparse feature vector: 1 / sqrt(buckets hit) per bucket hit, then the dense features after the buckets. */
interface Sparse {
  readonly index: Int32Array;
  readonly value: Float64Array;
  readonly label: 0 | 1;
  readonly weight: number;
}

function featurize(example: Example, bits: number): Sparse {
  // Each bucket once, as the scorer counts it (see `logit`).
  const hit = new Set<number>();
  const visit = (bucket: number): void => {
    hit.add(bucket);
  };
  visitNgrams(example.text, bits, visit);
  const norm = ngramWeight(hit.size);
  const dense = denseFeatures(example.text, example.signals, scoreSignals(example.signals));
  const buckets = [...hit].sort((a, b) => a - b);
  const size = buckets.length + dense.filter((x) => x !== 0).length;
  const index = new Int32Array(size);
  const value = new Float64Array(size);
  let k = 0;
  for (const bucket of buckets) {
    index[k] = bucket;
    value[k++] = norm;
  }
  dense.forEach((x, i) => {
    if (x !== 0) {
      index[k] = (1 << bits) + i;
      value[k++] = x;
    }
  });
  return { index, value, label: example.label, weight: example.weight };
}

/** xorshift32 (Marsaglia): a tiny seeded generator, so the shuffle is the same on every run. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const round = (x: number, digits: number): number => {
  const r = Math.round(x * 10 ** digits) / 10 ** digits;
  return Object.is(r, -0) ? 0 : r;
};

/** Weights and AdaGrad's running squared gradients of one fit. */
interface Learner {
  readonly w: Float64Array;
  readonly g2: Float64Array;
  bias: number;
  biasG2: number;
  /** The seeded shuffle this fit draws its order from. */
  readonly next: () => number;
}

/** Runs `count` epochs of AdaGrad on the logistic loss over `data` in shuffled order; `pruned` weights stay zero. */
function runEpochs(
  learner: Learner,
  data: readonly Sparse[],
  options: FitOptions,
  count: number,
  pruned: Uint8Array | null,
): void {
  const { w, g2, next } = learner;
  const buckets = 1 << options.bits;
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < count; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const at of order) {
      const { index, value, label, weight } = data[at] as Sparse;
      let z = learner.bias;
      for (let k = 0; k < index.length; k++) z += (w[index[k] as number] as number) * (value[k] as number);
      const gradient = (1 / (1 + Math.exp(-z)) - label) * weight;
      for (let k = 0; k < index.length; k++) {
        const f = index[k] as number;
        if (pruned?.[f]) continue;
        const g = gradient * (value[k] as number) + options.l2 * (w[f] as number);
        g2[f] = (g2[f] as number) + g * g;
        const rate = options.learningRate / (Math.sqrt(g2[f] as number) + 1e-8);
        const moved = (w[f] as number) - rate * g;
        // L1 on the n-gram buckets as a proximal step: a weight that would cross zero stops at zero.
        w[f] =
          options.l1 && !pruned && f < buckets
            ? Math.sign(moved) * Math.max(0, Math.abs(moved) - rate * options.l1)
            : moved;
      }
      learner.biasG2 += gradient * gradient;
      learner.bias -= (options.learningRate * gradient) / (Math.sqrt(learner.biasG2) + 1e-8);
    }
  }
}

/** The mean of the learners' weights and biases. */
function average(learners: readonly Learner[]): { w: Float64Array; bias: number } {
  const w = new Float64Array((learners[0] as Learner).w.length);
  let bias = 0;
  for (const learner of learners) {
    for (let f = 0; f < w.length; f++) w[f] = (w[f] as number) + (learner.w[f] as number) / learners.length;
    bias += learner.bias / learners.length;
  }
  return { w, bias };
}

/**
 * Fits the weights by AdaGrad on the logistic loss and quantizes them into a stored model. `seeds` fits run
 * side by side, each in its own shuffled order, and their weights are averaged: the mean of several orders
 * is a linear model too, no larger, and depends far less on the order any one of them happened to draw.
 * Pruning works on the mean, and each fit refits the kept weights from it before they are averaged again.
 */
function fitWeights(data: readonly Sparse[], options: FitOptions): StoredModel {
  const buckets = 1 << options.bits;
  const size = buckets + DENSE_FEATURES.length;
  const learners: Learner[] = Array.from({ length: options.seeds }, (_, k) => ({
    w: new Float64Array(size),
    g2: new Float64Array(size),
    bias: 0,
    biasG2: 0,
    next: random(options.seed + k),
  }));
  for (const learner of learners) runEpochs(learner, data, options, options.epochs, null);
  let { w, bias } = average(learners);
  if (options.keep < 1) {
    // Prune, then refit: keep the `keep` share of the buckets with the largest weights, hold the others at
    // exactly zero (they gzip to almost nothing), and fit the kept ones again (without any L1 penalty, whose
    // pull towards zero would otherwise stay on the weights that matter). AdaGrad goes on with the rates it
    // had: restarting them measured a point or two better under cross-validation but let the dense weights
    // swing (a bare "我是平台客服，您手机收到的验证码是多少？" fell to low).
    const magnitudes = Array.from(w.subarray(0, buckets), Math.abs).sort((a, b) => b - a);
    const floor = magnitudes[Math.floor(options.keep * buckets)] ?? 0;
    const pruned = new Uint8Array(size);
    for (let f = 0; f < buckets; f++) if (Math.abs(w[f] as number) <= floor) pruned[f] = 1;
    for (const learner of learners) {
      learner.w.set(w);
      for (let f = 0; f < buckets; f++) if (pruned[f]) learner.w[f] = 0;
      learner.bias = bias;
      runEpochs(learner, data, options, options.refit, pruned);
    }
    ({ w, bias } = average(learners));
  }
  // Quantize the buckets: the `clip` quantile of |w| maps to the top level, larger weights are clipped.
  const magnitudes = Array.from(w.subarray(0, buckets), Math.abs).sort((a, b) => a - b);
  const top = magnitudes[Math.floor(options.clip * (buckets - 1))] || 1;
  const steps = Math.min(QUANT_MAX, options.levels);
  const ngramScale = Number((top / steps).toPrecision(6));
  const levels = new Int8Array(buckets);
  for (let i = 0; i < buckets; i++) {
    levels[i] = Math.max(-steps, Math.min(steps, Math.round((w[i] as number) / ngramScale)));
  }
  return {
    bits: options.bits,
    ngramScale,
    bias: round(bias, 4),
    dense: Array.from(w.subarray(buckets), (x) => round(x, 4)),
    calibration: [1, 0],
    thresholds: [0.2, 0.5, 0.8],
    traditionalThresholds: [0.2, 0.5, 0.8],
    latinThresholds: [0.2, 0.5, 0.8],
    ngrams: packLevels(levels),
  };
}

/** Fits one model on items (with augmentation). */
export function fitModel(items: readonly Item[], options: FitOptions): StoredModel {
  const examples = items.flatMap((item, i) => examplesOf(item, options, i)).concat(safetyExamples(options));
  return fitWeights(
    examples.map((example) => featurize(example, options.bits)),
    options,
  );
}

/** Raw log-odds of a seen text, as `judge` computes it before calibration. */
export const textLogit = (scorer: Scorer, seen: Seen): number => readText(scorer, seen.text, seen.signals).logit;

/**
 * A dialogue as scanConversation reads it: at every turn, for each speaker in the last CONVERSATION_WINDOW
 * turns, the newest turn alone (as scanText reads it) and the speaker's turns together (from their n-gram
 * buckets, framing and signals, `model/window.ts`). `visit` sees every reading: a logit and a verdict.
 */
function readDialogue(
  scorer: Scorer,
  turns: readonly SeenTurn[],
  visit: (logit: number, verdict: () => RiskLevel) => void,
): void {
  const traces = turns.map((turn) => traceTurn(scorer, turn.text));
  for (let index = 0; index < turns.length; index++) {
    const from = Math.max(0, index - CONVERSATION_WINDOW + 1);
    for (const who of new Set(turns.slice(from, index + 1).map((turn) => turn.speaker))) {
      const mine: number[] = [];
      for (let j = from; j <= index; j++) if (turns[j]?.speaker === who) mine.push(j);
      const newest = turns[mine[mine.length - 1] as number] as SeenTurn;
      visit(textLogit(scorer, newest), () => judge(scorer, newest.text, newest.signals).level);
      if (mine.length > 1) {
        const window = new BucketWindow(scorer.levels);
        for (const j of mine) window.add(traces[j] as TurnTrace);
        const signals = mine.flatMap((j) => turns[j]?.signals ?? []);
        visit(togetherLogit(scorer, window, signals), () => judgeTogether(scorer, window, signals).level);
      }
    }
  }
}

/** Raw log-odds of a dialogue: the highest of its readings. */
export function dialogueLogit(scorer: Scorer, turns: readonly SeenTurn[]): number {
  let best = Number.NEGATIVE_INFINITY;
  readDialogue(scorer, turns, (z) => {
    best = Math.max(best, z);
  });
  return Number.isFinite(best) ? best : -10;
}

/** The level scanText (a message) or scanConversation (a dialogue, per speaker and window) gives an item. */
export function itemLevel(scorer: Scorer, item: Item): RiskLevel {
  if (item.message) return judge(scorer, item.message.text, item.message.signals).level;
  let worst = 0;
  readDialogue(scorer, item.turns ?? [], (_, verdict) => {
    worst = Math.max(worst, RISK_LEVELS.indexOf(verdict()));
  });
  return RISK_LEVELS[worst] as RiskLevel;
}

export const itemLogit = (scorer: Scorer, item: Item): number =>
  item.message ? textLogit(scorer, item.message) : dialogueLogit(scorer, item.turns ?? []);

/** Out-of-fold logits of every item, the rules' reading of each message (dialogues: none), and the fold models. */
export function crossValidate(
  items: readonly Item[],
  options: FitOptions,
): { logits: Float64Array; rules: RiskLevel[]; models: StoredModel[] } {
  const logits = new Float64Array(items.length);
  const rules: RiskLevel[] = items.map(() => 'none');
  const models: StoredModel[] = [];
  const folds = items.map(foldOf);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fitModel(
      items.filter((_, i) => folds[i] !== fold),
      options,
    );
    models.push(model);
    const scorer = unpack(model);
    items.forEach((item, i) => {
      if (folds[i] !== fold) return;
      logits[i] = itemLogit(scorer, item);
      if (item.message) rules[i] = readText(scorer, item.message.text, item.message.signals).rule.level;
    });
  }
  return { logits, rules, models };
}

/** Platt scaling: a and b of sigmoid(a·z + b) fitted to the labels by Newton's method. */
export function platt(logits: ArrayLike<number>, labels: ArrayLike<number>): [number, number] {
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < logits.length; i++) {
      const z = logits[i] as number;
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const d = p - (labels[i] as number);
      const h = p * (1 - p);
      ga += d * z;
      gb += d;
      haa += h * z * z;
      hab += h * z;
      hbb += h;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return [round(a, 4), round(b, 4)];
}

/** Calibrated score as `judge` rounds it. */
export const scoreOf = (calibration: readonly [number, number], z: number): number =>
  Math.round(calibrated({ calibration } as StoredModel, z) * 1000) / 1000;

/**
 * Smallest threshold (on 3-decimal scores) that lets at most `rate` of `count` benign texts reach it, when
 * only those with these scores can (the others can never reach the level).
 */
function thresholdFor(candidates: readonly number[], count: number, rate: number): number {
  if (!candidates.length) return 0;
  const sorted = [...candidates].sort((a, b) => b - a);
  const allowed = Math.floor(rate * count);
  return round((sorted[allowed] ?? 0) + 0.001, 3);
}

/**
 * Levels from cross-validated scores, for each writing apart (Simplified Chinese with the dialogues, Traditional
 * Chinese, Latin letters; see `writingOf`): `medium` lets at most `mediumFpr` of each language's benign messages
 * and `dialogueFpr` of the benign dialogues through, and no ordinary SMS,
 * counting the rules' floor (see `levelFor`); `high` the same at `highFpr` on the score, counting only texts
 * in which the rules name a harmful step (`named`), since `levelFor` gives no other text `high`; `low` at
 * half of `medium`.
 */
export function chooseThresholds(
  items: readonly Item[],
  scores: ArrayLike<number>,
  rules: readonly RiskLevel[],
  options: FitOptions,
): Pick<StoredModel, 'thresholds' | 'traditionalThresholds' | 'latinThresholds'> {
  const groups = new Map<string, Array<{ score: number; rule: RiskLevel; named: boolean }>>();
  items.forEach((item, i) => {
    if (item.label !== 0) return;
    const group = item.turns ? 'dialogue' : item.file.startsWith('sms') ? 'sms' : item.lang;
    // A dialogue is read many ways (per turn, per window): counted as able to reach `high` whatever it says.
    const named = !item.message || item.message.signals.some((signal) => HARMFUL_CATEGORIES.includes(signal.category));
    groups.set(group, [...(groups.get(group) ?? []), { score: scores[i] as number, rule: rules[i] ?? 'none', named }]);
  });
  /** Thresholds that hold each group's benign texts to its own rates: `[group, medium rate, high rate]`. */
  const pick = (targets: ReadonlyArray<readonly [string, number, number]>): [number, number, number] => {
    let medium = 0.3;
    let high = 0;
    for (const [name, mediumRate, highRate] of targets) {
      const benign = groups.get(name) ?? [];
      const allowed = Math.floor(mediumRate * benign.length);
      // False alarms only fall as the threshold rises: the first that meets the rate is the lowest.
      for (let m = medium; m < 1; m = round(m + 0.001, 3)) {
        const thresholds: [number, number, number] = [round(m / 2, 3), m, 2];
        const alarms = benign.filter(({ score, rule }) => levelFor(score, thresholds, rule, false) === 'medium').length;
        medium = m;
        if (alarms <= allowed) break;
      }
      high = Math.max(
        high,
        thresholdFor(
          benign.filter(({ named }) => named).map(({ score }) => score),
          benign.length,
          highRate,
        ),
      );
    }
    high = Math.min(0.999, Math.max(high, medium + 0.05));
    return [round(medium / 2, 3), medium, round(high, 3)];
  };
  const { mediumFpr, highFpr, dialogueFpr } = options;
  return {
    thresholds: pick([
      ['zh-Hans', mediumFpr, highFpr],
      ['dialogue', dialogueFpr, highFpr],
    ]),
    traditionalThresholds: pick([['zh-Hant', mediumFpr, highFpr]]),
    // Ordinary SMS: no false alarm at all.
    latinThresholds: pick([
      ['en', mediumFpr, highFpr],
      ['sms', 0, 0],
    ]),
  };
}

/** The generated module's source. */
export function renderModule(model: StoredModel): string {
  return `// Generated by \`pnpm train\` (scripts/train) from ../shared/corpus and the repository's own training
// messages. Do not edit: \`pnpm test\` retrains and compares this file byte for byte.
import type { StoredModel } from './scorer.js';

export const MODEL: StoredModel = {
  bits: ${model.bits},
  ngramScale: ${model.ngramScale},
  bias: ${model.bias},
  dense: ${JSON.stringify(model.dense)},
  calibration: ${JSON.stringify(model.calibration)},
  thresholds: ${JSON.stringify(model.thresholds)},
  traditionalThresholds: ${JSON.stringify(model.traditionalThresholds)},
  latinThresholds: ${JSON.stringify(model.latinThresholds)},
  ngrams: '${model.ngrams}',
};
`;
}

/** The whole of `pnpm train`: cross-validate for calibration and thresholds, fit on everything, render. */
export function train(
  items: readonly Item[],
  options: FitOptions = DEFAULTS,
): { source: string; model: StoredModel; logits: Float64Array; folds: StoredModel[] } {
  const { logits, rules, models } = crossValidate(items, options);
  const calibration = platt(
    logits,
    items.map((item) => item.label),
  );
  const scores = Array.from(logits, (z) => scoreOf(calibration, z));
  const thresholds = chooseThresholds(items, scores, rules, options);
  const model = { ...fitModel(items, options), calibration, ...thresholds };
  // The fold models get the same calibration and thresholds, so their verdicts are the shipped model's.
  const folds = models.map((fold) => ({ ...fold, calibration, ...thresholds }));
  return { source: renderModule(model), model, logits, folds };
}
