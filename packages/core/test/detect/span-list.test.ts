import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ascending, SpanList } from '../../src/detect/span-list.js';

describe('ascending', () => {
  it('sorts any list of numbers, nearly sorted or not, losing and doubling none', () => {
    const reversed = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(ascending([...reversed])).toEqual([...reversed].sort((a, b) => a - b));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 400 }), (numbers) => {
        expect(ascending([...numbers])).toEqual([...numbers].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });
});

describe('SpanList', () => {
  it('gives spans back by start, the longest first, with their flags', () => {
    const spans = new SpanList();
    spans.add(9, 12, true);
    spans.add(2, 4);
    spans.add(2, 7);
    spans.sort();
    const read = Array.from({ length: spans.length }, (_, index) => [
      spans.start(index),
      spans.end(index),
      spans.flag(index),
    ]);
    expect(read).toEqual([
      [2, 7, false],
      [2, 4, false],
      [9, 12, true],
    ]);
  });
});
