/** Longest span a {@link SpanList} holds exactly; request words and negators are a few characters long. */
const MAX_LENGTH = 1023;

/**
 * Short spans of a text (request words, negators) in one typed array rather than as objects: a text made of
 * request words ("请请请…") holds hundreds of thousands of them, and as objects they would cost more in
 * garbage collection than finding them did. Each span is one number, `start`, then longest first, then a
 * flag bit, so sorting is a plain numeric sort.
 */
export class SpanList {
  private keys = new Float64Array(64);
  /** Number of spans. */
  length = 0;

  /** Adds `[start, end)`, carrying one bit (`flag`) along. */
  add(start: number, end: number, flag = false): void {
    if (this.length === this.keys.length) {
      const grown = new Float64Array(this.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    const length = Math.min(MAX_LENGTH, end - start);
    this.keys[this.length++] = (start * (MAX_LENGTH + 1) + (MAX_LENGTH - length)) * 2 + (flag ? 1 : 0);
  }

  /** Orders the spans by start, the longest first among those starting at the same place. */
  sort(): this {
    this.keys.subarray(0, this.length).sort();
    return this;
  }

  start(index: number): number {
    return Math.floor((this.keys[index] as number) / 2 / (MAX_LENGTH + 1));
  }

  end(index: number): number {
    const slot = Math.floor((this.keys[index] as number) / 2);
    return Math.floor(slot / (MAX_LENGTH + 1)) + MAX_LENGTH - (slot % (MAX_LENGTH + 1));
  }

  flag(index: number): boolean {
    return (this.keys[index] as number) % 2 === 1;
  }
}
