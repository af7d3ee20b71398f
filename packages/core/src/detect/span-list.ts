/** Longest span a {@link SpanList} holds exactly; request words and negators are a few characters long. */
const MAX_LENGTH = 1023;

/**
 * Sorts numbers in place into rising order and returns them. Lists found in a text arrive almost in order (a
 * matcher reports terms by their end, and terms are short), so an insertion sort moves each number a few places:
 * linear time. Should the list be far from sorted, the insertion stops once it has moved several times as many
 * numbers as there are, and a full sort finishes the job in n log n.
 */
export function ascending(numbers: number[]): number[] {
  let budget = 8 * numbers.length + 64;
  for (let i = 1; i < numbers.length; i++) {
    const value = numbers[i] as number;
    let at = i;
    while (at > 0 && (numbers[at - 1] as number) > value) {
      if (--budget < 0) {
        // Put the number being inserted back first: the shifts so far left it out of the list.
        numbers[at] = value;
        return numbers.sort((x, y) => x - y);
      }
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

  /** Number of spans. */
  get length(): number {
    return this.added.length;
  }

  /** Adds `[start, end)`, carrying one bit (`flag`) along. Spans are added before {@link sort}. */
  add(start: number, end: number, flag = false): void {
    const length = Math.min(MAX_LENGTH, end - start);
    this.added.push((start * (MAX_LENGTH + 1) + (MAX_LENGTH - length)) * 2 + (flag ? 1 : 0));
  }

  /** Orders the spans by start, the longest first among those starting at the same place. */
  sort(): this {
    ascending(this.added);
    return this;
  }

  start(index: number): number {
    return Math.floor((this.added[index] as number) / 2 / (MAX_LENGTH + 1));
  }

  end(index: number): number {
    const slot = Math.floor((this.added[index] as number) / 2);
    return Math.floor(slot / (MAX_LENGTH + 1)) + MAX_LENGTH - (slot % (MAX_LENGTH + 1));
  }

  flag(index: number): boolean {
    return (this.added[index] as number) % 2 === 1;
  }
}
