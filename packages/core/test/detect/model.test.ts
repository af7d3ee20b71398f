import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { appendSentence, findCorpus, loadItems, MODULE_PATH } from '../../../../scripts/train/data.js';
import { train } from '../../../../scripts/train/fit.js';
import { CHECK_SAFETY, CHECK_WARNINGS, TRAINING_SAFETY } from '../../../../scripts/train/safety.js';
import { findSignals } from '../../src/detect/find-signals.js';
import { scanConversation, scanText } from '../../src/detect/index.js';
import {
  DENSE_FEATURES,
  NGRAM_HITS_FLOOR,
  ngramScore,
  TRADITIONAL_MARKERS,
  visitNgrams,
  writingOfText,
} from '../../src/detect/model/features.js';
import { packLevels, unpack } from '../../src/detect/model/scorer.js';
import { MODEL } from '../../src/detect/model/weights.generated.js';
import { normalize } from '../../src/detect/normalize.js';
import { type ModelSignal, readingsOf, safetyCuts } from '../../src/detect/score.js';
import { RISK_LEVELS, type RiskLevel } from '../../src/detect/types.js';

const corpus = findCorpus();
const atLeastMedium = (level: RiskLevel): boolean => RISK_LEVELS.indexOf(level) >= 2;

describe('learned scorer', () => {
  it('stores one weight per bucket and per dense feature, and unpacks what it packs', () => {
    expect(MODEL.dense).toHaveLength(DENSE_FEATURES.length);
    const { levels } = unpack(MODEL);
    expect(levels).toHaveLength(1 << MODEL.bits);
    expect(packLevels(levels)).toBe(MODEL.ngrams);
    // Pruned: most buckets are exactly zero, stored as runs.
    expect(levels.filter((level) => level === 0).length).toBeGreaterThan(levels.length / 2);
    expect(MODEL.ngrams.length).toBeLessThan(levels.length);
    for (const [low, medium, high] of [MODEL.thresholds, MODEL.traditionalThresholds, MODEL.latinThresholds]) {
      expect(low).toBeLessThan(medium);
      expect(medium).toBeLessThan(high);
    }
  });

  it('tells Traditional Chinese from Simplified and from Latin letters, so each gets its own thresholds', () => {
    const writing = (text: string) => writingOfText(normalize(text).text);
    expect(writing('您好，您的訂單退款已經處理完畢，請問還有甚麼需要幫忙嗎？')).toBe('traditional');
    expect(writing('你好，我係順豐理賠部，唔該話我知個 6 位數字')).toBe('traditional');
    expect(writing('您好，您的订单退款已经处理完毕，请问还有什么需要帮忙吗？')).toBe('simplified');
    expect(writing('Your refund for order 12345 is ready, 退款 done')).toBe('latin');
    // The normalizer folds the characters the lexicon uses to Simplified: a marker folded away could never be seen.
    for (const marker of TRADITIONAL_MARKERS) expect(normalize(marker).text).toBe(marker);
    expect(new Set(TRADITIONAL_MARKERS).size).toBe(TRADITIONAL_MARKERS.length);
  });

  it('packs runs of zero buckets and any level in range, and unpacks them the same', () => {
    const levels = Int8Array.from({ length: 1 << 10 }, (_, i) =>
      i % 97 === 0 ? (i % 31) - 15 : i % 211 === 5 ? 1 : 0,
    );
    levels.fill(0, 300, 700);
    const packed = packLevels(levels);
    expect(Array.from(unpack({ ...MODEL, bits: 10, ngrams: packed }).levels)).toEqual(Array.from(levels));
    expect(packed.length).toBeLessThan(levels.length / 4);
  });

  it('hashes n-grams into the bucket range, the same way every time', () => {
    const seen: number[] = [];
    visitNgrams('退款 refund', 10, (bucket) => seen.push(bucket));
    expect(seen).toHaveLength(9 * 3 - 3);
    expect(seen.every((bucket) => bucket >= 0 && bucket < 1024)).toBe(true);
    const again: number[] = [];
    visitNgrams('退款 refund', 10, (bucket) => again.push(bucket));
    expect(again).toEqual(seen);
  });

  it('scores n-grams the way training counts them', () => {
    const levels = unpack(MODEL).levels;
    for (const text of ['退款 refund', '您好，我是平台客服，请把验证码报给我', 'aaaa aaaa', '']) {
      const buckets = new Set<number>();
      visitNgrams(text, MODEL.bits, (bucket) => buckets.add(bucket));
      let sum = 0;
      for (const bucket of buckets) sum += levels[bucket] as number;
      // Each bucket once, weighed as in a text of at least NGRAM_HITS_FLOOR buckets.
      const expected = sum / Math.sqrt(Math.max(buckets.size, NGRAM_HITS_FLOOR));
      expect(ngramScore(text, MODEL.bits, levels, new Uint32Array(levels.length), 1)).toBeCloseTo(expected, 12);
    }
  });

  it('keeps the two known weak spots right: a buyer quoting a scam to the agent, an agent asking for four digits', () => {
    const quoting = scanConversation([
      { speaker: 'buyer', text: '客服您好，刚有人发短信说我的退款卡住了，让我加他微信把验证码给他，是你们吗？' },
      { speaker: 'agent', text: '不是我们，平台不会让您加微信，也不会要验证码，请不要理会。' },
    ]);
    expect(atLeastMedium(quoting.level)).toBe(false);
    const lastFour = scanText(
      'Agent: I can see the order. Which card did you pay with? Just the last four digits is enough, never the full number.',
    );
    expect(atLeastMedium(lastFour.level)).toBe(false);
  });

  it('explains a verdict the model alone carries in the buyer’s language', () => {
    for (const locale of ['zh-Hans', 'zh-Hant', 'en']) {
      const result = scanText('亲，您的快递丢件了可以理赔，麻烦+v：lp2024kf，我们理赔专员一对一给您处理。', { locale });
      if (result.signals.some((signal) => signal.id === 'model.script')) {
        expect(result.signals.find((signal) => signal.id === 'model.script')?.explanation).toMatch(/话术|話術|script/);
      }
    }
  });

  it('reads a script written in Traditional characters as it reads the Simplified one', { timeout: 60_000 }, () => {
    // Written for this test, never trained on; Taiwan and Hong Kong renderings by OpenCC.
    const scripts = [
      '您好，我是快递理赔专员，您的包裹在转运中丢失了，我们按三倍赔偿，请您提供一下银行卡号和预留手机号，我马上给您打款。',
      '亲，您在我们店铺的订单被系统误设置成了分期付款，每月会自动扣费，需要您在支付宝里按我的指引操作取消，请先把收到的验证码告诉我。',
      '您好，这里是平台售后，您买的商品有质量问题，可以给您退款，请加一下我们退款专员的微信，他会一对一帮您办理。',
    ];
    const renderings = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
    for (const script of scripts) {
      expect(atLeastMedium(scanText(script).level), script).toBe(true);
      for (const render of renderings) {
        const traditional = render(script);
        expect(traditional).not.toBe(script);
        expect(atLeastMedium(scanText(traditional).level), traditional).toBe(true);
      }
    }
  });

  it('is not switched off by a safety sentence appended to a script', () => {
    const script = '您好，我是平台售后客服，您的订单可以退款，请把手机收到的验证码报给我。';
    expect(scanText(script).level).toBe('high');
    for (const sentence of CHECK_SAFETY)
      expect(atLeastMedium(scanText(appendSentence(script, sentence)).level)).toBe(true);
  });

  it('reads a script again without a warning pasted with no sentence end before it', () => {
    const cutsOf = (text: string): string[] => safetyCuts(text).map(([from, to]) => text.slice(from, to).trim());
    // Straight after Chinese, after a link, after a word, after an emoji: the script alone is one reading.
    expect(
      cutsOf('您的订单退款失败了,请加理赔专员微信kf2024领取双倍退款本平台不会向您索要验证码,谨防诈骗。'),
    ).toContain('您的订单退款失败了,请加理赔专员微信kf2024领取双倍退款');
    expect(cutsOf('verify at x-refund.top/claim we will never ask for your code.')).toContain(
      'verify at x-refund.top/claim',
    );
    expect(cutsOf('send the code to finish the refund never share your pin with anyone.')).toContain(
      'send the code to finish the refund',
    );
    expect(cutsOf('退款要人工处理,请把验证码发给我🙏 beware of scams.')).toContain('退款要人工处理,请把验证码发给我🙏');
    expect(cutsOf('退款要人工处理,请把验证码发给我never share your pin.')).toContain('退款要人工处理,请把验证码发给我');
    // The script's own closing line goes too when a warning is pasted after it.
    expect(cutsOf('请提供验证码。勿泄露给他人。(anti-scam line 96110)')).toContain('请提供验证码。');
    // A question at the end is the writer asking; a short text's own safety word is not a pasted line.
    expect(cutsOf('有人叫我把验证码发给他,这是诈骗吗?')).toEqual([]);
    expect(cutsOf('客服:为了核实是哪张卡付的款,请告诉我卡号后四位').every((part) => part.length > 8)).toBe(true);
    expect(cutsOf('your refund is on its way')).toEqual([]);
  });

  it('reads the script without a glued-on warning exactly as it reads the script alone', () => {
    // The warning's 请 would make the script's last step "asked" if the part kept the whole text's signals;
    // and "如遇可疑情况" goes with the warning, not with the script.
    const withoutWarning = (script: string, warning: string) => {
      const text = normalize(script + warning).text;
      const alone = normalize(script).text;
      const reading = readingsOf(text, findSignals(text)).find((part) => part.text === alone);
      expect(reading, `${script} | ${warning}`).toBeDefined();
      const described = (signals: readonly ModelSignal[]) => signals.map(({ id, asked }) => `${id}:${asked}`);
      expect(described(reading?.signals ?? [])).toEqual(described(findSignals(alone)));
    };
    withoutWarning('客服:店长在钉钉上,直接拉个群给您处理,我把群二维码发您', '请勿向任何人透露银行账户资料。');
    withoutWarning('客服:就说是买给小孩玩游戏的就好,先去买3000的游戏点数卡', '如遇可疑情况,请立即报警。');
  });

  it('keeps the check sentences below medium alone and inside warnings', () => {
    for (const sentence of [...CHECK_SAFETY, ...TRAINING_SAFETY]) {
      expect(atLeastMedium(scanText(sentence).level), sentence).toBe(false);
    }
    for (const warning of CHECK_WARNINGS) {
      for (const sentence of CHECK_SAFETY) {
        expect(atLeastMedium(scanText(appendSentence(warning, sentence)).level), warning).toBe(false);
      }
    }
  });

  describe.skipIf(!corpus)('on the shared corpus', () => {
    const items = corpus ? loadItems(corpus) : [];

    it('keeps training scams at medium or above with a check sentence appended (the target is every one)', {
      timeout: 120_000,
    }, () => {
      // The target is that no scam falls; cross-validated, none of 17,980 pairs does (docs/detection.md).
      let tried = 0;
      const dropped: string[] = [];
      for (const item of items) {
        if (item.label !== 1 || !item.original || !atLeastMedium(scanText(item.original).level)) continue;
        for (const sentence of CHECK_SAFETY) {
          tried++;
          if (!atLeastMedium(scanText(appendSentence(item.original, sentence)).level)) {
            dropped.push(`${sentence} ← ${item.key}`);
          }
        }
      }
      expect(dropped, `${dropped.length} of ${tried} pairs fell below medium`).toEqual([]);
    });

    it('is what `pnpm train` produces from the corpus and the code, byte for byte', { timeout: 600_000 }, () => {
      const { source } = train(items);
      expect(source === readFileSync(MODULE_PATH, 'utf8'), 'run `pnpm train` and commit the weights').toBe(true);
    });
  });
});
