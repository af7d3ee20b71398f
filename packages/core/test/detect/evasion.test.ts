import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusDir, readJsonl } from '../../../../scripts/eval/corpus.mjs';
import { EVASION_TARGET, runEvasion } from '../../../../scripts/eval/evasion.mjs';
import { HOMOGLYPHS, INVISIBLES, MUTATIONS, seededRandom } from '../../../../scripts/eval/mutations.mjs';
import { findSensitiveData, scanText } from '../../src/detect/index.js';

/** Fake customer-service scripts, written for these tests, that read high or medium as they are. */
const SCAMS = [
  '您好，我是淘宝售后客服，您的订单可以退款，请把手机收到的验证码报给我。',
  '我是京东客服，您误开通了会员，每月会扣费，请下载腾讯会议共享屏幕帮您取消。',
  '您好，我是快递理赔专员，包裹丢失可三倍赔偿，请先转账保证金到指定账户。',
  '我係平台客服，你嘅訂單可以退款，唔該你俾我張卡嘅卡號同驗證碼。',
  '您好，我是蝦皮客服，系統顯示您的帳戶異常，請提供驗證碼以免帳戶被凍結。',
  'Hi, this is Amazon customer service. Your refund is ready; please tell me the verification code we just sent.',
  'This is the courier support team: your parcel was lost and you get triple compensation. Send the deposit now.',
  'Hi, this is Amazon customer service. The membership you opened by mistake will be charged; please install AnyDesk and share your screen so I can cancel it.',
];
const RANK = { none: 0, low: 1, medium: 2, high: 3 } as const;
const atLeastMedium = (text: string) => RANK[scanText(text).level] >= RANK.medium;

/** A list of insertions: each puts `chars` before the character at `at` (a fraction of the length). */
const insertions = (chars: fc.Arbitrary<string>) =>
  fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), chars }), { minLength: 1, maxLength: 40 });

function insertAll(text: string, edits: ReadonlyArray<{ at: number; chars: string }>): string {
  const characters = [...text];
  const sorted = [...edits].sort((a, b) => b.at - a.at);
  for (const { at, chars } of sorted) characters.splice(Math.floor(at * characters.length), 0, chars);
  return characters.join('');
}

describe('scams stay medium or above however they are disguised', () => {
  it.each(SCAMS)('reads as it is: %s', (scam) => {
    expect(atLeastMedium(scam)).toBe(true);
  });

  it('through invisible and format characters inserted anywhere', () => {
    const invisible = fc.array(fc.constantFrom(...INVISIBLES), { minLength: 1, maxLength: 3 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...SCAMS), insertions(invisible), (scam, edits) => {
        expect(atLeastMedium(insertAll(scam, edits))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('through one separator between every two letters or Chinese characters', () => {
    const separator = fc.constantFrom(' ', '.', '-', '*', '丶', '😊', '・', '_');
    fc.assert(
      fc.property(fc.constantFrom(...SCAMS), separator, (scam, mark) => {
        const spread = [...scam].reduce(
          (out, ch, i, all) =>
            out + ch + (/[\p{L}\p{N}]/u.test(ch) && /[\p{L}\p{N}]/u.test(all[i + 1] ?? '') ? mark : ''),
          '',
        );
        expect(atLeastMedium(spread)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('through look-alike letters and full-width forms swapped in at random', () => {
    const swaps = fc.array(fc.boolean(), { minLength: 200, maxLength: 200 });
    fc.assert(
      fc.property(fc.constantFrom(...SCAMS), swaps, swaps, (scam, homoglyph, wide) => {
        const disguised = [...scam]
          .map((ch, i) => {
            const lookAlikes = (HOMOGLYPHS as Record<string, string>)[ch];
            if (lookAlikes && homoglyph[i % 200]) return [...lookAlikes][0];
            if (ch > ' ' && ch <= '~' && wide[i % 200]) return String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
            return ch;
          })
          .join('');
        expect(atLeastMedium(disguised)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('through every mutation kind of the evasion suite', () => {
    for (const [kind, mutate] of Object.entries(MUTATIONS)) {
      const random = seededRandom(11);
      for (const scam of SCAMS) expect([kind, atLeastMedium(mutate(scam, random))]).toEqual([kind, true]);
    }
  });
});

describe('secrets are found however they are disguised', () => {
  it('a code with invisible characters, spaces or dashes between any digits', () => {
    // A lone dot is left out: 4829.13 is an amount, and amounts are not codes.
    const gap = fc.constantFrom('', ' ', '-', '\u200b', '\u2066', '\u3164', '\ufeff');
    fc.assert(
      fc.property(fc.array(gap, { minLength: 6, maxLength: 6 }), (gaps) => {
        const code = [...'482913'].map((digit, i) => digit + (i < 5 ? gaps[i] : '')).join('');
        const text = `验证码是 ${code}，请报给我`;
        const found = findSensitiveData(text);
        expect(found.map((match) => match.kind)).toEqual(['sms-code']);
        expect(text.slice(found[0]?.start, found[0]?.end).replace(/[^0-9]/g, '')).toBe('482913');
      }),
      { numRuns: 200 },
    );
  });
});

describe('the evasion suite on challenge-dev', () => {
  it(`keeps at least ${EVASION_TARGET * 100} % of the scams rated medium or above, per mutation kind`, () => {
    const results = runEvasion({ scanText }, readJsonl(corpusDir(), 'challenge-dev.jsonl'));
    for (const [kind, result] of Object.entries(results)) {
      expect({ kind, kept: result.kept / result.tried >= EVASION_TARGET }).toEqual({ kind, kept: true });
    }
  });
});
