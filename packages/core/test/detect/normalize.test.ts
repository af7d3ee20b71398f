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
    const original = 'ab𠮷cd';
    const n = normalize(original);
    expect(original.slice(n.toOriginal(2), n.toOriginalEnd(4))).toBe('𠮷');
  });

  it('removes default-ignorable and format characters: bidi isolates, tag characters, Hangul fillers', () => {
    expect(normalize('退\u2066款\u2069').text).toBe('退款');
    expect(normalize('验\u{E0041}证\u{E0020}码').text).toBe('验证码');
    expect(normalize('re\u3164fund').text).toBe('refund');
    expect(normalize('ve\u00adri\ufe0ffy').text).toBe('verify');
  });

  it('drops accents, so r\u00e9fund and r\u0065\u0301fund read as refund', () => {
    expect(normalize('R\u00e9fund').text).toBe('refund');
    expect(normalize('re\u0301fund').text).toBe('refund');
  });

  it('reads look-alike letters of other scripts as Latin in a Latin or Chinese text', () => {
    expect(normalize('\u0440\u0430\u0443\u0440\u0430l refund').text).toBe('paypal refund');
    expect(normalize('\u0441\u043ede \u8bf7\u544a\u8bc9\u6211').text).toBe('code 请告诉我');
  });

  it('leaves a text really written in another script alone', () => {
    const russian =
      '\u0412\u0430\u0448 \u0437\u0430\u043a\u0430\u0437 \u0434\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d';
    expect(normalize(russian).text).toBe(russian.toLowerCase());
  });

  it('collapses letters and digits spelled apart, and separators, strokes and emoji between Chinese characters', () => {
    expect(normalize('r e f u n d now').text).toBe('refund now');
    expect(normalize('c.o.d.e').text).toBe('code');
    expect(normalize('加我 v x: abc').text).toBe('加我 vx: abc');
    expect(normalize('验丶证丶码').text).toBe('验证码');
    expect(normalize('退😀款').text).toBe('退款');
    expect(normalize('4 8 2 9 1 3').text).toBe('482913');
  });

  it('keeps the words and the link marks of a text spelled apart, and says which characters were joined', () => {
    expect(normalize('r.e.f.u.n.d n.o.w').text).toBe('refund now');
    expect(normalize('v i s i t s h o p-h e l p.t o p').text).toBe('visitshop-help.top');
    const spaced = normalize('p a y n o w');
    expect(spaced.text).toBe('paynow');
    expect([...spaced.text].map((_, i) => spaced.joined(i))).toEqual(Array(6).fill(true));
    expect(normalize('pay now').joined(0)).toBe(false);
    expect(normalize('扣费.4.9.9.元').text).toBe('扣费499元');
  });

  it('leaves a range of two digits and ordinary punctuation alone', () => {
    expect(normalize('1-2 days').text).toBe('1-2 days');
    expect(normalize('a. b').text).toBe('a. b');
  });

  it('reads upper-case look-alikes too: Cyrillic Н looks like H', () => {
    expect(normalize('\u041d\u0415LP').text).toBe('help');
  });

  it('reads digits inside words as letters, and leaves numbers and handles alone', () => {
    expect(normalize('chat on wh4754pp, und311vered').text).toBe('chat on whatsapp, undelivered');
    expect(normalize('v3rify your c0de on Te1egram').text).toBe('verify your code on telegram');
    expect(normalize('abc12345 3x 24h mp3').text).toBe('abc12345 3x 24h mp3');
  });

  it('reads financial numerals as digits, and 陆 only inside a run of numerals', () => {
    expect(normalize('肆捌贰玖壹叁').text).toBe('482913');
    expect(normalize('壹陆叁').text).toBe('163');
    expect(normalize('大陆').text).toBe('大陆');
  });
});
