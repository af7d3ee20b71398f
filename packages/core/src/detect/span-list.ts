/** Longest span a {@link SpanList} holds exactly; request words and negators are a few characters long. */
const MAX_LENGTH = 1023;

/**
 * Sorts `items` in place, in the order `before` gives, and returns them. Lists found in a text arrive almost
 * in order (a matcher reports terms by their end, and terms are short), so an insertion sort moves each item
 * a few places: linear time. Should the input be far from sorted, the sort stops inserting once it has moved
 * several times as many items as there are, and `sortAll` finishes the job in n log n.
 */
export function sortNearlySorted<T>(items: T[], before: (a: T, b: T) => boolean, sortAll: (items: T[]) => T[]): T[] {
  let budget = 8 * items.length + 64;
  for (let i = 1; i < items.length; i++) {
    const value = items[i] as T;
    let at = i;
    while (at > 0 && before(value, items[at - 1] as T)) {
      if (--budget < 0) {
        // Put the item being inserted back first: the shifts so far left it out of the list.
        items[at] = value;
        return sortAll(items);
      }
      items[at] = items[at - 1] as T;
      at--;
    }
    items[at] = value;
  }
  return items;
}

const lower = (a: number, b: number): boolean => a < b;
const numeric = (numbers: number[]): number[] => numbers.sort((a, b) => a - b);

/** Numbers in rising order (sorted in place). */
export const ascending = (numbers: number[]): number[] => sortNearlySorted(numbers, lower, numeric);

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
