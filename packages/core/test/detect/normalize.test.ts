import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/detect/normalize.js';

/** The original characters each normalized character came from. */
const sources = (original: string) => {
  const n = normalize(original);
  return [...n.text].map((_, i) => original.slice(n.toOriginal(i), n.toOriginalEnd(i + 1)));
};

describe('normalize', () => {
  it('drops separators and zero-width characters between Chinese characters', () => {
    expect(normalize('退 款').text).toBe('退款');
    expect(normalize('驗-證-碼').text).toBe('验证码');
    expect(normalize('验*证\u200b码').text).toBe('验证码');
  });

  it('keeps separators elsewhere, collapsing whitespace runs', () => {
    expect(normalize('Call  021-0000-1234 now').text).toBe('call 021-0000-1234 now');
    expect(normalize('taobao.com/refund').text).toBe('taobao.com/refund');
  });

  it('folds Traditional and regional variants to Simplified, one character for one', () => {
    const original = '請提供帳戶和驗證碼';
    const { text } = normalize(original);
    expect(text).toBe('请提供账户和验证码');
    expect(text.length).toBe(original.length);
  });

  it('ships only the characters the lexicon needs: others pass through unchanged', () => {
    expect(normalize('與').text).toBe('與');
  });

  it('applies NFKC and lower case: full-width letters and digits become ASCII', () => {
    expect(normalize('ＱＱ號１２３').text).toBe('qq号123');
  });

  it('maps Chinese numerals to digits for the digit detectors', () => {
    expect(normalize('一三八零零').text).toBe('13800');
  });

  it('maps every normalized character back to where it came from', () => {
    expect(sources('驗 證碼 ＯＴＰ')).toEqual(['驗', '證', '碼', ' ', 'Ｏ', 'Ｔ', 'Ｐ']);
    const n = normalize('x');
    expect(n.toOriginal(1)).toBe(1);
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const original = 'a😀b';
    const n = normalize(original);
    expect(original.slice(n.toOriginal(1), n.toOriginalEnd(3))).toBe('😀');
  });
});
