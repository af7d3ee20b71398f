import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/detect/aho-corasick.js';

const find = (patterns: string[], text: string) => {
  const found: Array<[string, number, number]> = [];
  compileMatcher(patterns).scan(text, (pattern, start, end) => found.push([patterns[pattern] as string, start, end]));
  return found.sort((a, b) => a[1] - b[1] || a[2] - b[2]);
};

describe('compileMatcher', () => {
  it('reports overlapping patterns and patterns that are suffixes of others', () => {
    expect(find(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      ['she', 1, 4],
      ['he', 2, 4],
      ['hers', 2, 6],
    ]);
  });

  it('finds every nested Chinese pattern once, through output links', () => {
    expect(find(['验证码', '证码', '码', '验证'], '把验证码给我')).toEqual([
      ['验证', 1, 3],
      ['验证码', 1, 4],
      ['证码', 2, 4],
      ['码', 3, 4],
    ]);
  });

  it('finds repeated and adjacent occurrences', () => {
    expect(find(['aa'], 'aaaa').map(([, start]) => start)).toEqual([0, 1, 2]);
  });

  it('recovers after a partial match through failure links', () => {
    expect(find(['abcd', 'bce'], 'abce')).toEqual([['bce', 1, 4]]);
  });

  it('ignores empty patterns and keeps the first of duplicates', () => {
    const hits: number[] = [];
    compileMatcher(['', 'ab', 'ab']).scan('ab', (pattern) => hits.push(pattern));
    expect(hits).toEqual([1]);
  });
});
