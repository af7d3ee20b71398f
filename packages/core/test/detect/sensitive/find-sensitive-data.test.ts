import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/detect/normalize.js';
import { findSensitiveData } from '../../../src/detect/sensitive/index.js';
import { SCORE_OVERLAP, SCORE_WINDOW } from '../../../src/detect/types.js';

/** Appends the Luhn check digit to a partial card number. */
function withLuhn(partial: string): string {
  for (let d = 0; d < 10; d++) {
    const n = partial + d;
    let sum = 0;
    for (let i = 0; i < n.length; i++) {
      let x = Number(n[n.length - 1 - i]);
      if (i % 2) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return n;
  }
  throw new Error('unreachable');
}

const found = (text: string, locale?: string) =>
  findSensitiveData(text, { locale }).map((m) => ({ kind: m.kind, level: m.level, value: text.slice(m.start, m.end) }));

const card = withLuhn('622202123456789'); // 16 digits, UnionPay prefix
const badUnionPay = `${card.slice(0, -1)}${(Number(card.slice(-1)) + 1) % 10}`;
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

describe('bank cards', () => {
  it('finds a Luhn-valid number, plain, grouped or in full-width digits', () => {
    expect(found(`卡号${card}`)).toEqual([{ kind: 'bank-card', level: 'high', value: card }]);
    const grouped = card.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(found(`card: ${grouped} thanks`)).toEqual([{ kind: 'bank-card', level: 'high', value: grouped }]);
    const dashed = card.replace(/(\d{4})(?=\d)/g, '$1-');
    expect(found(dashed)[0]?.value).toBe(dashed);
    expect(found(`卡號：${fullWidth(card)}`)).toEqual([{ kind: 'bank-card', level: 'high', value: fullWidth(card) }]);
  });

  it('finds cards of 13 to 19 digits and nothing shorter or longer', () => {
    expect(found(withLuhn('411111111111'))).toHaveLength(1); // 13
    expect(found(withLuhn('622202123456789012'))).toHaveLength(1); // 19
    expect(found(withLuhn('41111111111'))).toHaveLength(0); // 12
    expect(found(withLuhn('4111111111111111111'))).toHaveLength(0); // 20
  });

  it('rates a UnionPay-looking number that fails Luhn as medium, other failures not at all', () => {
    expect(found(`卡号 ${badUnionPay}`)).toEqual([{ kind: 'bank-card', level: 'medium', value: badUnionPay }]);
    expect(found('4111111111111112')).toEqual([]);
  });

  it('rates any 13–19 digit number right after a card word as at least medium', () => {
    const fails = `${withLuhn('456789012345678').slice(0, -1)}${(Number(withLuhn('456789012345678').slice(-1)) + 5) % 10}`;
    expect(found(`信用卡号是${fails}`)).toEqual([{ kind: 'bank-card', level: 'medium', value: fails }]);
    expect(found(fails)).toEqual([]);
    const nine = withLuhn('987654321098765');
    expect(found(`银行卡号 ${nine}`)).toEqual([{ kind: 'bank-card', level: 'high', value: nine }]);
    expect(found(nine)).toEqual([]);
  });

  it('leaves phone numbers and order numbers alone', () => {
    expect(found('电话 13800138000，+86 138 0013 8000')).toEqual([]);
    expect(found(`订单号 ${withLuhn('411111111111111')} 已发货`)).toEqual([]);
    expect(found(`Order #${withLuhn('411111111111111')} shipped`)).toEqual([]);
    expect(found(`订单退款到卡 ${card}`)).toHaveLength(1);
  });
});

describe('resident ID numbers', () => {
  it('finds a valid number and rejects a wrong check character or date', () => {
    expect(found('身份证号 11010519491231002X 给你')).toEqual([
      { kind: 'id-number', level: 'high', value: '11010519491231002X' },
    ]);
    expect(found('身份证号１１０１０５１９４９１２３１００２Ｘ')).toHaveLength(1);
    expect(found('110105194912310021')).toEqual([]);
    expect(found('身份证号码 110105194912310021')).toEqual([
      { kind: 'id-number', level: 'medium', value: '110105194912310021' },
    ]);
    expect(found('110105199013310028')).toEqual([]);
  });
});

describe('one-time codes', () => {
  it.each([
    ['验证码是 482913', '482913'],
    ['驗證碼：6180', '6180'],
    ['校验码 90817263', '90817263'],
    ['Your OTP is 551903', '551903'],
    ['381920 is your verification code', '381920'],
    ['【某店】您的验证码为 772104，请勿告诉任何人', '772104'],
    ['验证码：８８２０１７', '８８２０１７'],
    ['刚收到的码是四七二九一八，验证码给你', '四七二九一八'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([{ kind: 'sms-code', level: 'high', value }]);
  });

  it('ignores numbers that only sit near the word "code" by accident', () => {
    expect(found('zip code 100101')).toEqual([]);
    expect(found('验证码 10分钟 内有效')).toEqual([]);
    expect(found('尾号1234的卡收到验证码了')).toEqual([]);
    expect(found('2024年的订单')).toEqual([]);
    expect(found('my number is 5512')).toEqual([]);
  });
});

describe('secrets written to dodge a filter', () => {
  const dotted = card.replace(/(\d{4})(?=\d)/g, '$1.');
  it.each([
    ['验证码是 4 8 2 9 1 3', '4 8 2 9 1 3', 'sms-code'],
    ['验证码 48-29-13', '48-29-13', 'sms-code'],
    ['验证码：肆捌贰玖壹叁', '肆捌贰玖壹叁', 'sms-code'],
    ['驗證碼 肆捌貳玖壹參', '肆捌貳玖壹參', 'sms-code'],
    ['code 482\u200b913', '482\u200b913', 'sms-code'],
    ['read me the six digits: 4\u20668\u20692913', '4\u20668\u20692913', 'sms-code'],
    [`卡号 ${dotted}`, dotted, 'bank-card'],
    [`card ${card.replace(/(\d{4})(?=\d)/g, '$1  ')}`, card.replace(/(\d{4})(?=\d)/g, '$1  '), 'bank-card'],
    [`卡号 ${card.replace(/(\d{4})(?=\d)/g, '$1\u200b')}`, card.replace(/(\d{4})(?=\d)/g, '$1\u200b'), 'bank-card'],
    [`卡号${fullWidth(card)}`, fullWidth(card), 'bank-card'],
    ['加我 v x: abc12345', 'abc12345', 'contact'],
    ['加薇：refund_88', 'refund_88', 'contact'],
    ['扣扣 29384712', '29384712', 'contact'],
    ['our specialist on W/A: +65 9123 4567', '+65 9123 4567', 'contact'],
    ['T G: @shop_refund', '@shop_refund', 'contact'],
    ['加賴 line id: tw.refund', 'tw.refund', 'contact'],
  ])('%s', (text, value, kind) => {
    expect(found(text)).toEqual([{ kind, level: kind === 'contact' ? 'medium' : 'high', value }]);
  });

  it('still leaves order numbers, prices, dates and the hotline alone', () => {
    expect(found('验证码已发送，订单号 2024 0512 8891 3344 5566')).toEqual([]);
    expect(found('退款 12.50 元，验证码请勿告诉他人')).toEqual([]);
    expect(found('verification code sent on 2024-05-06')).toEqual([]);
    expect(found('验证码问题请致电客服热线 95188')).toEqual([]);
    expect(found('code questions? call 400-800-1234')).toEqual([]);
  });

  it('finds every one of twenty thousand handles in one long text', () => {
    const many = 'qq 12345 '.repeat(20_000);
    expect(findSensitiveData(many)).toHaveLength(20_000);
  });

  it("finds a card number spread out with invisible characters even where it runs past a window's end", () => {
    const spread = [...card].join('\u200b'.repeat(20));
    const filler = '今天天气很好，我们去公园散步。'.repeat(1000);
    for (const at of [SCORE_WINDOW - SCORE_OVERLAP / 2 - 60, SCORE_WINDOW - SCORE_OVERLAP / 2 - 10]) {
      const text = `${filler.slice(0, at)}卡号${spread}${filler.slice(0, SCORE_WINDOW)}`;
      const matches = findSensitiveData(text);
      expect(
        matches.map((m) => [m.kind, m.start, m.end]),
        `card at ${at}`,
      ).toEqual([['bank-card', at + 2, at + 2 + spread.length]]);
    }
  });

  it('finds a card number once and in its place wherever a long text puts it, across read windows', () => {
    const step = SCORE_WINDOW - SCORE_OVERLAP;
    const filler = '今天天气很好，我们去公园散步。'.repeat(1000);
    for (const at of [step - 8, SCORE_WINDOW - SCORE_OVERLAP / 2 - 3, SCORE_WINDOW - 10, 7 * step + 1]) {
      const text = `${filler.slice(0, at)}卡号${card}${filler.slice(0, 4 * step)}`;
      const matches = findSensitiveData(text);
      expect(
        matches.map((m) => [m.kind, m.start]),
        `card at ${at}`,
      ).toEqual([['bank-card', at + 2]]);
      expect(text.slice(matches[0]?.start, matches[0]?.end)).toBe(card);
    }
  });
});

describe('passwords', () => {
  it('finds a stated password', () => {
    expect(found('我的密码是 abc12345')).toEqual([{ kind: 'password', level: 'high', value: 'abc12345' }]);
    expect(found('支付密碼123456')).toEqual([{ kind: 'password', level: 'high', value: '123456' }]);
    expect(found('password: Sunflower')).toEqual([{ kind: 'password', level: 'high', value: 'Sunflower' }]);
    expect(found('my password is hunter22.')).toEqual([{ kind: 'password', level: 'high', value: 'hunter22' }]);
  });
  it('ignores talk about passwords', () => {
    expect(found('password is required')).toEqual([]);
    expect(found('请勿告诉别人密码')).toEqual([]);
    expect(found('密码是我生日')).toEqual([]);
    expect(found('password: ********')).toEqual([]);
  });
});

describe('contacts on other apps', () => {
  it.each([
    ['加我微信 kefu_8899 办理', 'kefu_8899'],
    ['V信：refund2024', 'refund2024'],
    ['QQ 2938471', '2938471'],
    ['WhatsApp +65 9123 4567', '+65 9123 4567'],
    ['add my Telegram @shop_helpdesk', 'shop_helpdesk'],
    ['LINE ID: refund.tw', 'refund.tw'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([{ kind: 'contact', level: 'medium', value }]);
  });
  it('ignores ordinary mentions', () => {
    expect(found('微信支付成功')).toEqual([]);
    expect(found('wechat payment works')).toEqual([]);
    expect(found('the line is busy')).toEqual([]);
    expect(found('坐飞机去上海')).toEqual([]);
  });
});

describe('Traditional spellings', () => {
  it('fold to the Simplified characters the patterns alone spell', () => {
    expect(normalize('驗證訂單號遞賬帳戶動認確碼郵請個時後電：報機').text).toBe(
      '验证订单号递账账户动认确码邮请个时后电:报机',
    );
  });

  it('are found as the Simplified ones are', () => {
    expect(found(`帳戶 ${card}`)).toEqual([{ kind: 'bank-card', level: 'high', value: card }]);
    expect(found('動態密碼 551903')).toEqual([{ kind: 'sms-code', level: 'high', value: '551903' }]);
    expect(found('訂單號 29384710293847')).toEqual([]);
    expect(found('電報號：shop_help')).toEqual([{ kind: 'contact', level: 'medium', value: 'shop_help' }]);
  });
});

describe('explanations', () => {
  it('are localized and name only the kind', () => {
    const text = `卡号 ${card}`;
    expect(findSensitiveData(text, { locale: 'en' })[0]?.explanation).toBe('contains a bank card number');
    expect(findSensitiveData(text, { locale: 'zh-CN' })[0]?.explanation).toBe('含有银行卡号');
    expect(findSensitiveData(text, { locale: 'zh-HK' })[0]?.explanation).toBe('含有銀行卡號');
  });
});

describe('properties', () => {
  const secret = fc.oneof(
    fc.stringMatching(/^[2-6]\d{11,17}$/).map(withLuhn),
    fc.stringMatching(/^\d{4,8}$/).map((d) => `验证码${d}`),
    fc.stringMatching(/^[a-z0-9]{6,12}$/).map((p) => `password: ${p}`),
  );
  const noise = fc.string({
    unit: fc.constantFrom(...'退款客服 abc，。0１２３验证码卡号\u200b😀xX-'.split('')),
    maxLength: 40,
  });

  it('never throws, keeps offsets inside the text and never returns a value', () => {
    fc.assert(
      fc.property(noise, secret, noise, fc.constantFrom('en', 'zh-CN', 'zh-TW', undefined), (a, s, b, locale) => {
        const text = a + s + b;
        const matches = findSensitiveData(text, { locale });
        const digits = s.replace(/\D/g, '');
        for (const m of matches) {
          expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
          expect(Object.keys(m).sort()).toEqual(['end', 'explanation', 'kind', 'level', 'start']);
          expect(m.explanation).not.toMatch(/\d/);
        }
        if (digits.length >= 4) expect(JSON.stringify(matches)).not.toContain(digits);
      }),
      { numRuns: 400 },
    );
  });

  it('survives any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        for (const m of findSensitiveData(text)) expect(m.end).toBeLessThanOrEqual(text.length);
      }),
    );
    expect(findSensitiveData(null as unknown as string)).toEqual([]);
  });
});
