import {
  type DenseFeature,
  framesOf,
  type LetterCounts,
  letterCounts,
  ngramWeight,
  visitNgrams,
  type Writing,
  writingOf,
} from './features.js';
import { nextStamp, type Scorer } from './scorer.js';

/**
 * What a conversation window keeps of a turn to read it again with later turns: its distinct n-gram buckets,
 * its framing and its letter counts. Never its text: the text is read once, when the turn arrives.
 */
export interface TurnTrace extends LetterCounts {
  readonly buckets: readonly number[];
  /** The weights (quantization levels) of those buckets, summed: the turn's own n-gram part, read alone. */
  readonly levelSum: number;
  readonly frames: ReadonlySet<DenseFeature>;
}

/** What a verdict on several n-gram buckets needs: one turn's trace read alone, or a speaker's window. */
export interface BucketReading {
  /** As `ngramScore` reads a text: weight sum over the square root of the number of buckets. */
  ngramScore(): number;
  /** Frames any of the turns has. */
  frames(): ReadonlySet<DenseFeature>;
  /** How the turns are written, as `writingOfText` decides for one text. */
  writing(): Writing;
}

/** Reads a normalized turn once into its {@link TurnTrace}. */
export function traceTurn(scorer: Scorer, text: string): TurnTrace {
  const { model, seen, levels } = scorer;
  const stamp = nextStamp(scorer);
  // A plain array: a turn's few hundred buckets are cheaper to keep that way than in a typed array.
  const buckets: number[] = [];
  let levelSum = 0;
  visitNgrams(text, model.bits, (bucket) => {
    if (seen[bucket] === stamp) return;
    seen[bucket] = stamp;
    buckets.push(bucket);
    levelSum += levels[bucket] as number;
  });
  return { buckets, levelSum, frames: framesOf(text), ...letterCounts(text) };
}

/** One turn's trace as a {@link BucketReading}: the turn read alone, without hashing its text again. */
export function readTrace(trace: TurnTrace): BucketReading {
  const count = trace.buckets.length;
  return {
    ngramScore: () => trace.levelSum * ngramWeight(count),
    frames: () => trace.frames,
    writing: () => writingOf(trace),
  };
}

/**
 * The n-gram part of one speaker's window, kept up to date as turns come and go: a count per bucket, and the
 * sum of the weights of the buckets present. Adding or removing a turn costs its own buckets, never a reread
 * of the others, so a conversation of any length is read in time linear in its length.
 */
export class BucketWindow implements BucketReading {
  /** Turns in the window that hit each bucket (at most six, so one byte each). */
  private readonly counts: Uint8Array;
  private sum = 0;
  private hit = 0;
  private readonly frameCounts = new Map<DenseFeature, number>();
  han = 0;
  traditional = 0;
  latin = 0;

  constructor(private readonly levels: Int8Array) {
    this.counts = new Uint8Array(levels.length);
  }

  add(trace: TurnTrace): void {
    const { counts, levels } = this;
    for (const bucket of trace.buckets) {
      if ((counts[bucket] as number) === 0) {
        this.sum += levels[bucket] as number;
        this.hit++;
      }
      counts[bucket] = (counts[bucket] as number) + 1;
    }
    for (const frame of trace.frames) this.frameCounts.set(frame, (this.frameCounts.get(frame) ?? 0) + 1);
    this.han += trace.han;
    this.traditional += trace.traditional;
    this.latin += trace.latin;
  }

  remove(trace: TurnTrace): void {
    const { counts, levels } = this;
    for (const bucket of trace.buckets) {
      const count = counts[bucket] as number;
      if (count === 0) continue;
      counts[bucket] = count - 1;
      if (count === 1) {
        this.sum -= levels[bucket] as number;
        this.hit--;
      }
    }
    for (const frame of trace.frames) {
      const count = this.frameCounts.get(frame) ?? 0;
      if (count > 1) this.frameCounts.set(frame, count - 1);
      else this.frameCounts.delete(frame);
    }
    this.han -= trace.han;
    this.traditional -= trace.traditional;
    this.latin -= trace.latin;
  }

  ngramScore(): number {
    return this.sum * ngramWeight(this.hit);
  }

  frames(): Set<DenseFeature> {
    return new Set(this.frameCounts.keys());
  }

  writing(): Writing {
    return writingOf(this);
  }
}
