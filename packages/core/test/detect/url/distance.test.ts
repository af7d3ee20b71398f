import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/detect/url/distance.js';
import { skeleton } from '../../../src/detect/url/skeleton.js';

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('taobao', 'atobao', 3)).toBe(1);
    expect(editDistance('alipay', 'alipya', 3)).toBe(1);
  });
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('tmall', 'tmal', 3)).toBe(1);
    expect(editDistance('tmall', 'ttmall', 3)).toBe(1);
    expect(editDistance('tmall', 'tmell', 3)).toBe(1);
    expect(editDistance('amazon', 'amaze', 3)).toBe(2);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });
  it('stops early above the limit', () => {
    expect(editDistance('pinduoduo', 'z', 2)).toBe(3);
    expect(editDistance('abcdef', 'ghijkl', 1)).toBe(2);
  });
});

describe('skeleton', () => {
  it('folds Cyrillic, Greek, digits and letter pairs onto Latin', () => {
    expect(skeleton('tаоbао')).toBe(skeleton('taobao'));
    expect(skeleton('αlipαy')).toBe(skeleton('alipay'));
    expect(skeleton('tma1l')).toBe(skeleton('tmall'));
    expect(skeleton('arnazon')).toBe(skeleton('amazon'));
    expect(skeleton('vvalmart')).toBe(skeleton('walmart'));
    expect(skeleton('shօpee')).toBe(skeleton('shopee')); // Armenian o
  });
  it('keeps different names apart', () => {
    expect(skeleton('alibaba')).not.toBe(skeleton('alipay'));
  });
});
