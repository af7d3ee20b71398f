import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/detect/index.js';

/** Fragments of scam scripts and of ordinary shop messages, in Simplified Chinese, to combine at random. */
const FRAGMENTS = [
  '您好，我是平台客服',
  '您的订单出现异常',
  '需要给您办理退款',
  '您的会员会每月自动扣费',
  '包裹在运输中丢失了',
  '我们按三倍赔偿',
  '请提供银行卡号和验证码',
  '请下载会议软件并共享屏幕',
  '请先转账到安全账户',
  '请加我微信处理',
  '否则会影响您的征信',
  '账户将被冻结',
  '请在订单详情中查看',
  '商品已发货，预计明天送达',
  '工作人员不会向您索要验证码',
  '请勿泄露给任何人',
  '谢谢您的支持',
];

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const message = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join('，'));

describe('scanText properties', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(() => scanText(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every signal inside the original text, with start before end', () => {
    const mixed = fc
      .array(fc.oneof(message, fc.string({ unit: 'binary' }), fc.constantFrom(' ', '-', '\u200b', 'Ｖ', '😀', '驗')))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(mixed, (text) => {
        for (const signal of scanText(text).signals) {
          expect(signal.start).toBeGreaterThanOrEqual(0);
          expect(signal.end).toBeLessThanOrEqual(text.length);
          expect(signal.start).toBeLessThan(signal.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives Traditional and Simplified renderings of the same message the same signals, in the same places', () => {
    // The rules read both alike: the fold table covers every character of the lexicon, one for one. (The learned
    // scorer also reads characters outside it, which stay Traditional, so its level may differ; see
    // docs/detection.md.)
    const signals = (text: string) =>
      scanText(text)
        .signals.filter((signal) => signal.id !== 'model.script')
        .map(({ id, start, end }) => [id, start, end]);
    fc.assert(
      fc.property(message, (simplified) => {
        expect(signals(toTraditional(simplified))).toEqual(signals(simplified));
      }),
      { numRuns: 300 },
    );
  });
});
