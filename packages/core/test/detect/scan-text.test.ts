import { describe, expect, it } from 'vitest';
import { MAX_SCAN_CHARS, MAX_SIGNALS_PER_ID, SCORE_OVERLAP, SCORE_WINDOW, scanText } from '../../src/detect/index.js';

const ids = (text: string) => scanText(text).signals.map((s) => s.id);

describe('scanText', () => {
  it('calls a full script high: claimed identity, a pretext and a harmful step', () => {
    const result = scanText('您好，我是平台售后客服，您的订单可以退款，请把手机收到的验证码报给我');
    expect(result.level).toBe('high');
    expect(result.score).toBeGreaterThanOrEqual(0.6);
    expect(new Set(result.signals.map((s) => s.category))).toEqual(
      new Set(['impersonation', 'pretext', 'credentials']),
    );
  });

  it('needs a harmful step for high: a refund story alone is not enough', () => {
    expect(scanText('Hi, this is customer service. Your refund for the blue kettle has been approved.').level).not.toBe(
      'high',
    );
  });

  it('counts a harmful step in full only when it is asked of the reader', () => {
    // Staff asking about past transfers, or explaining what a housing fund pays for, ask for nothing.
    expect(['none', 'low']).toContain(scanText('您好，我是银行客服，请问您上个月有没有办理过转账？').level);
    expect(scanText('我是客服小周，公积金可以用来还房屋贷款，具体要看当地政策。').level).not.toBe('high');
    // The same steps asked for, before or after the words that name them: at least an inline caution (the
    // learned scorer keeps the dialog for what it is surest of).
    const cautioned = ['medium', 'high'];
    expect(cautioned).toContain(scanText('您好，我是银行客服，请您先把这笔钱转账到指定的账户。').level);
    expect(cautioned).toContain(scanText('我是平台客服，您手机收到的验证码是多少？').level);
    expect(cautioned).toContain(
      scanText('This is customer service. Reply with your card number to receive the refund.').level,
    );
    // Traditional and Cantonese requests ask too.
    expect(cautioned).toContain(scanText('我是平台客服，請您先把錢轉到指定帳戶').level);
    expect(cautioned).toContain(scanText('我係客服，唔該你俾我張卡嘅卡號').level);
  });

  it('raises staff who report a threat to the account to medium before anything is asked', () => {
    expect(scanText('您好，我是平台客服，系统检测到您的账户有异常交易。').level).toBe('medium');
    // A platform's own notice names the platform, not a member of staff on the line.
    expect(['none', 'low']).toContain(
      scanText('【淘宝】您的账号出现异常登录，如非本人操作，可在“我的”页面查看登录记录。').level,
    );
  });

  it('keeps a genuine refund notice calm', () => {
    expect(['none', 'low']).toContain(
      scanText('Your refund of $12.00 was issued to your original payment method.').level,
    );
    expect(['none', 'low']).toContain(scanText('【商城】您的退款已原路退回，请在订单详情中查看。').level);
  });

  it('keeps a genuine one-time-code message calm thanks to its safety wording', () => {
    const result = scanText(
      'Your verification code is 402311. Never share this code; our staff will never ask for it.',
    );
    expect(['none', 'low']).toContain(result.level);
    expect(result.signals.some((s) => s.category === 'safety')).toBe(true);
  });

  it('treats "we never ask you to transfer money" as reassurance, not a demand', () => {
    const warned = scanText('Refund help: we never ask you to transfer money or install screen sharing apps.');
    expect(['none', 'low']).toContain(warned.level);
    expect(ids('订单已签收，退款无需支付任何保证金。')).not.toContain('payment.fee');
  });

  it('lowers the score when genuine safety wording is present', () => {
    const script = '客服：您的会员扣费有误，需要退款，请下载会议软件共享屏幕';
    const warning = '提醒：凡是自称客服说要退款、让您共享屏幕的都是诈骗';
    expect(scanText(warning).score).toBeLessThan(scanText(script).score);
    expect(scanText(warning).level).not.toBe('high');
  });

  it('reads through separators, full-width letters and Traditional characters', () => {
    expect(ids('請加 ＶＸ 處理退 款')).toEqual(expect.arrayContaining(['off-platform.chat', 'pretext.refund']));
    expect(ids('驗-證-碼')).toContain('credentials.code');
  });

  it('recognizes regional vocabulary: screen sharing, instalment cancelling, FPS transfers', () => {
    expect(ids('請開啟螢幕分享')).toContain('remote-control');
    expect(ids('要幫您解除分期')).toContain('pretext.mistake');
    expect(ids('用轉數快過數')).toContain('payment.transfer');
  });

  it('names the harmful step however plainly it is asked for', () => {
    const asked = (text: string) =>
      scanText(text)
        .signals.filter((signal) => signal.category !== 'impersonation' && signal.category !== 'pretext')
        .map((signal) => signal.id);
    const plainRequests: ReadonlyArray<readonly [string, string]> = [
      // Codes asked for in plain words, in Cantonese too.
      ['唔該話我知個 6 位數字', 'credentials.code'],
      ['麻烦把手机收到的六位数字告诉我', 'credentials.code'],
      ['Please read me the code we just texted you.', 'credentials.code'],
      ['Tell me your PIN so I can stop the charge.', 'credentials.code'],
      ['I just need to verify your bank login.', 'credentials.password'],
      // Off the platform by other names, help that takes over the phone, money sent back.
      ['理賠請加賴 sf2024', 'off-platform.chat'],
      ['您加一下我的飛機號', 'off-platform.chat'],
      ['下载一个app，我帮你操作', 'remote-control'],
      ['请把多退的钱转回给我们', 'payment.transfer'],
      ['You received $500 by mistake, please send it back today.', 'payment.transfer'],
    ];
    for (const [text, id] of plainRequests) expect(asked(text), text).toContain(id);
    // Warnings that name the same things stay warnings.
    expect(scanText('Never share your PIN or the code we texted you with anyone.').level).not.toBe('high');
  });

  it('counts a phone number only after a call-to-action', () => {
    expect(ids('Please call 021 5550 1234 to cancel')).toContain('off-platform.call');
    expect(ids('Please call us in the app')).not.toContain('off-platform.call');
  });

  it('reports links, but not links to the official domains', () => {
    const text = 'Claim your refund at refund-center.example-shop.top/claim today';
    expect(ids(text)).toContain('off-platform.url');
    const official = scanText('Track it at https://m.shop.example/orders', { officialDomains: ['shop.example'] });
    expect(official.signals.map((s) => s.id)).not.toContain('off-platform.url');
  });

  it('gives offsets into the original text', () => {
    const text = '親，請把 驗 證 碼 發給我';
    const code = scanText(text).signals.find((s) => s.id === 'credentials.code');
    expect(code && text.slice(code.start, code.end)).toBe('驗 證 碼');
    const link = 'Go to https://pay-fee.example.top/x now';
    const url = scanText(link).signals.find((s) => s.id === 'off-platform.url');
    expect(url && link.slice(url.start, url.end)).toBe('https://pay-fee.example.top/x');
  });

  it('explains signals in the requested locale', () => {
    const text = '请提供验证码';
    const phrase = (locale?: string) =>
      scanText(text, locale === undefined ? {} : { locale }).signals.find((s) => s.id === 'credentials.code')
        ?.explanation;
    expect(phrase('zh-CN')).toBe('索要验证码');
    expect(phrase('zh')).toBe('索要验证码');
    expect(phrase('zh-TW')).toBe('索取驗證碼');
    expect(phrase('zh-HK')).toBe('索取驗證碼');
    expect(phrase('zh-Hant-MO')).toBe('索取驗證碼');
    expect(phrase('en-GB')).toBe('asks for a verification code');
    expect(phrase('fr')).toBe('asks for a verification code');
    expect(phrase()).toBe('asks for a verification code');
  });

  it('returns nothing for empty or non-string input instead of throwing', () => {
    expect(scanText('')).toEqual({ level: 'none', score: 0, signals: [] });
    expect(scanText(undefined as unknown as string)).toEqual({
      level: 'none',
      score: 0,
      signals: [],
      problems: ['text should be a string, got undefined; nothing scanned'],
    });
  });

  it('reads a script inside a long benign text, and says when a text is longer than it reads', () => {
    const script = '我是淘宝客服，您的订单可以退款，请把验证码报给我。';
    const padding = '今天天气很好，我们去公园散步。'.repeat(2000);
    const rank = (level: string) => ['none', 'low', 'medium', 'high'].indexOf(level);
    const alone = rank(scanText(script).level);
    expect(alone).toBeGreaterThanOrEqual(rank('medium'));
    expect(rank(scanText(padding + script + padding).level)).toBeGreaterThanOrEqual(alone);
    expect(scanText(padding).level).toBe('none');
    const long = scanText(script + 'a'.repeat(MAX_SCAN_CHARS));
    expect(long.truncated).toBe(true);
    expect(rank(long.level)).toBeGreaterThanOrEqual(alone);
  });

  it('does not add up words scattered across a long text into a script', () => {
    const scattered = ['我是客服', '可以退款', '请提供验证码'].join('。'.concat('今天天气很好。'.repeat(400)));
    expect(['none', 'low']).toContain(scanText(scattered).level);
  });

  it('reads a script wherever a long text puts it, across read windows, each signal once at its place', () => {
    const script = '我是淘宝客服，您的订单可以退款，请把验证码报给我。';
    const step = SCORE_WINDOW - SCORE_OVERLAP;
    const rank = (level: string) => ['none', 'low', 'medium', 'high'].indexOf(level);
    // What was found where, relative to the script (the general model signal spans the whole text).
    const spans = (result: ReturnType<typeof scanText>, shift: number) =>
      result.signals
        .filter((signal) => signal.id !== 'model.script')
        .map(({ id, start, end }) => [id, start - shift, end - shift]);
    const padding = '今天天气很好，我们去公园散步。'.repeat(3000);
    // Across a window edge, just before the next window's own part, at a window's end, and late in the text.
    for (const at of [step - 10, SCORE_WINDOW - SCORE_OVERLAP / 2 - 5, SCORE_WINDOW - 12, 5 * step + 3]) {
      const text = `${padding.slice(0, at)}${script}${padding.slice(0, 6 * step - at)}`;
      const result = scanText(text);
      expect(rank(result.level), `script at ${at}`).toBeGreaterThanOrEqual(rank(scanText(script).level));
      expect(spans(result, at), `script at ${at}`).toEqual(spans(scanText(script), 0));
    }
  });

  it("reports a signal that runs past a window's end whole, once: a spread-out word, a long link", () => {
    const padding = '今天天气很好，我们去公园散步。'.repeat(300);
    const spread = ['验', '证', '码'].join('\u200b'.repeat(200));
    const link = `http://refund-help.example.top/${'a'.repeat(270)}`;
    for (const at of [SCORE_WINDOW - SCORE_OVERLAP / 2 - 100, SCORE_WINDOW - SCORE_OVERLAP / 2 - 3]) {
      for (const [piece, id] of [
        [spread, 'credentials.code'],
        [link, 'off-platform.url'],
      ] as const) {
        const text = `${padding.slice(0, at)}${piece} ${padding}`;
        const found = scanText(text).signals.filter((signal) => signal.id === id);
        expect(
          found.map(({ start, end }) => [start, end]),
          `${id} at ${at}`,
        ).toEqual([[at, at + piece.length]]);
      }
    }
  });

  it(`lists at most ${MAX_SIGNALS_PER_ID} signals of one id and counts the rest, the level unchanged`, () => {
    const script = '我是淘宝客服，您的订单可以退款，请把验证码报给我。';
    const once = scanText(script);
    const many = scanText(script.repeat(100));
    expect(many.level).toBe(once.level);
    const starts = (result: typeof once) =>
      result.signals.filter((signal) => signal.id === 'credentials.code').map((signal) => signal.start);
    const inEachCopy = Array.from({ length: 100 }, (_, copy) => starts(once).map((at) => copy * script.length + at));
    expect(starts(many)).toEqual(inEachCopy.flat().slice(0, MAX_SIGNALS_PER_ID));
    const perCopy = new Map<string, number>();
    for (const { id } of once.signals.filter((signal) => signal.id !== 'model.script'))
      perCopy.set(id, (perCopy.get(id) ?? 0) + 1);
    const beyondCap = [...perCopy.values()].map((count) => Math.max(0, 100 * count - MAX_SIGNALS_PER_ID));
    expect(many.signalsOmitted).toBe(beyondCap.reduce((sum, count) => sum + count, 0));
    expect(once.signalsOmitted).toBeUndefined();
  });
});
