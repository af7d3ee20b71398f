/** Longest span a {@link SpanList} holds exactly; request words and negators are a few characters long. */
const MAX_LENGTH = 1023;

/**
 * Numbers in rising order. A typed array's numeric sort beats a comparator on long lists; a short list (the
 * usual message) is not worth allocating one for.
 */
export function ascending(numbers: number[]): ArrayLike<number> {
  if (numbers.length > 64) return Float64Array.from(numbers).sort();
  // Insertion sort: a handful of numbers, mostly in order already.
  for (let i = 1; i < numbers.length; i++) {
    const value = numbers[i] as number;
    let at = i;
    while (at > 0 && (numbers[at - 1] as number) > value) {
      numbers[at] = numbers[at - 1] as number;
      at--;
    }
    numbers[at] = value;
  }
  return numbers;
}

/**
 * Short spans of a text (request words, negators) as numbers rather than objects: a text made of request
 * words ("请请请…") holds hundreds of thousands of them, and as objects they would cost more in garbage
 * collection than finding them did. Each span is one number, `start`, then longest first, then a flag bit,
 * so sorting is a plain numeric sort.
 */
export class SpanList {
  private added: number[] = [];
  private keys: ArrayLike<number> = this.added;

  /** Number of spans. */
  get length(): number {
    return this.keys.length;
  }

  /** Adds `[start, end)`, carrying one bit (`flag`) along. Spans are added before {@link sort}. */
  add(start: number, end: number, flag = false): void {
    const length = Math.min(MAX_LENGTH, end - start);
    this.added.push((start * (MAX_LENGTH + 1) + (MAX_LENGTH - length)) * 2 + (flag ? 1 : 0));
  }

  /** Orders the spans by start, the longest first among those starting at the same place. */
  sort(): this {
    this.keys = ascending(this.added);
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
